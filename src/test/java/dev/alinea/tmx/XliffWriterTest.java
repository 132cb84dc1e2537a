package dev.alinea.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Unit;

class XliffWriterTest {

    private static TmxUnit unit(String id, String source, String target, String status, String... notes) {
        return new TmxUnit(id, Arrays.asList(source, target), Map.of(TmxProperties.STATUS, status), List.of(notes));
    }

    @Test
    void writesValidXliffWithStatesFromTheStatusesAndDivergencesAsNotes() {
        var out = new ByteArrayOutputStream();
        int written = new XliffWriter().write("en", "id", "story.en.original.txt", List.of(
                unit("row-1", "Andrew Ng left Baidu.", "Wu Enda meninggalkan Baidu.", "confirmed",
                        "The English writes \"Andrew Ng\" where the Indonesian writes \"Wu Enda\"."),
                unit("row-2", "He joined in 2016 & left <soon>.", "Ia bergabung pada 2016.", "aligned"),
                unit("row-3", "A sentence left untranslated.", null, "aligned"),
                unit("row-4", "", "Tambahan saja.", "aligned")), out);

        List<Unit> units = XliffValidation.readValid(out.toByteArray());
        assertThat(written).isEqualTo(3);
        assertThat(units).extracting(Unit::getId).containsExactly("row-1", "row-2", "row-3");
        List<Segment> segments = units.stream().map(u -> u.getSegments().iterator().next()).toList();
        assertThat(segments).extracting(s -> s.getState().toString()).containsExactly("final", "translated", "initial");
        assertThat(segments.get(1).getSource().getPlainText()).isEqualTo("He joined in 2016 & left <soon>.");
        assertThat(segments.get(0).getTarget().getPlainText()).isEqualTo("Wu Enda meninggalkan Baidu.");
        assertThat(segments.get(2).getTarget()).isNull();
        List<String> notes = new ArrayList<>();
        for (Note note : units.getFirst().getNotes()) {
            notes.add(note.getText());
        }
        assertThat(notes).containsExactly("The English writes \"Andrew Ng\" where the Indonesian writes \"Wu Enda\".");
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("srcLang=\"en\" trgLang=\"id\"");
    }
}
