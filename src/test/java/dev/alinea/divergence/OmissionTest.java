package dev.alinea.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Omissions and partial translations are reported only where no neighbouring row holds the content. */
class OmissionTest {

    private static final List<String> EN_ID = List.of("en", "id");
    private static final List<Boolean> BOTH = List.of(true, true);
    private static final String JOINED = "He joined ByteDance in 2016 and led the lab for four years.";
    private static final String TECHNICAL = "He was responsible for the technical direction and the long-term goals of the lab.";

    private final DivergenceDetector detector = new DivergenceDetector();

    @Test
    void aSentenceWhoseContentSitsInTheNeighbouringRowIsNoOmission() {
        DivergenceReport report = detector.detect(EN_ID, BOTH, List.of(
                List.of("Li Lei left the company in May.", "Li Lei meninggalkan perusahaan itu pada bulan Mei."),
                List.of(JOINED, "Ia bergabung dengan ByteDance pada 2016 dan memimpin lab selama empat tahun. Ia bertanggung jawab atas "
                        + "arahan teknis dan tujuan jangka panjang lab."),
                List.of(TECHNICAL, ""),
                List.of("Then he moved to California.", "Kemudian ia pindah ke California."),
                List.of("He taught at the university there.", "Ia mengajar di universitas di sana."),
                List.of("His students liked him.", "Mahasiswanya menyukainya.")));

        assertThat(report.divergences()).extracting(Divergence::type).doesNotContain(DivergenceType.OMISSION, DivergenceType.LENGTH_OUTLIER);
    }

    @Test
    void aSentenceNoNeighbourHoldsIsAnOmission() {
        DivergenceReport report = detector.detect(EN_ID, BOTH, List.of(
                List.of("Li Lei left the company in May.", "Li Lei meninggalkan perusahaan itu pada bulan Mei."),
                List.of(JOINED, "Ia bergabung dengan ByteDance pada 2016 dan memimpin lab selama empat tahun."),
                List.of(TECHNICAL, ""),
                List.of("Then he moved to California.", "Kemudian ia pindah ke California.")));

        assertThat(report.divergences()).extracting(Divergence::type).containsExactly(DivergenceType.OMISSION);
    }

    @Test
    void aMuchLongerLaterVersionMayAddAGloss() {
        String english = "He joined ByteDance in 2016.";
        DivergenceReport report = detector.detect(EN_ID, BOTH, List.of(
                List.of(english, "Ia bergabung dengan ByteDance pada 2016."),
                List.of(english, "Ia bergabung dengan ByteDance, sebuah perusahaan teknologi besar dari Beijing yang membuat TikTok, pada 2016."),
                List.of(english, "Ia bergabung dengan ByteDance pada 2016.")));

        assertThat(report.divergences()).filteredOn(d -> d.type() == DivergenceType.LENGTH_OUTLIER).singleElement().satisfies(d -> {
            assertThat(d.explanation()).startsWith("The Indonesian is much longer than the English leads one to expect").endsWith("an added gloss?");
        });
    }
}
