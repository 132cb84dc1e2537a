package dev.alinea.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConfidenceCalibrationTest {

    @Test
    void countsCorrectBeadsPerConfidenceBin() {
        var calibration = new ConfidenceCalibration();
        List<BeadIds> gold = List.of(BeadIds.parse("[0]:[0]"), BeadIds.parse("[1]:[1]"), BeadIds.parse("[2,3]:[2]"));

        calibration.add(List.of(new Bead(0, 1, 0, 1, 0.97), new Bead(1, 1, 1, 1, 0.92), new Bead(2, 1, 2, 1, 0.93),
                new Bead(3, 1, 3, 0, 0.3)), gold);

        assertThat(calibration.atLeast(0.9).beads()).isEqualTo(3);
        assertThat(calibration.atLeast(0.9).correct()).isEqualTo(2);
        assertThat(calibration.bins().getFirst().beads()).isEqualTo(1);
        assertThat(calibration.bins().getFirst().correct()).isZero();
        assertThat(calibration.bins().getLast()).isEqualTo(new ConfidenceCalibration.Bin(0.95, 1, 1, 1));
    }
}
