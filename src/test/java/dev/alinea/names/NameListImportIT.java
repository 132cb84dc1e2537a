package dev.alinea.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.alinea.Seeds;
import dev.alinea.SharedLocalContext;
import dev.alinea.divergence.NameEntry;
import dev.alinea.divergence.NameStatus;
import dev.alinea.project.ProjectService;
import dev.alinea.project.SourceFile;

/**
 * Issue 16, finding 5: a name list import takes time in proportion to its entries (it took 11 to
 * 24 minutes for 20,000, each entry re-reading the whole list), and keeps its meaning: each entry
 * replaces the stored and earlier entries it shares a rendering with.
 */
class NameListImportIT extends SharedLocalContext {

    @Autowired
    ProjectService projects;

    @Autowired
    NameListService names;

    private long project() {
        return projects.createProject("Names", List.of(new SourceFile(Seeds.ENGLISH, "en", Seeds.bytes(Seeds.ENGLISH)),
                new SourceFile(Seeds.CHINESE, "zh", Seeds.bytes(Seeds.CHINESE))), 0);
    }

    @Test
    void twentyThousandEntriesImportInLinearTime() {
        long id = project();
        var csv = new StringBuilder("en,zh\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("Person ").append(i).append(",人物").append(i).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        int imported = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> names.importFile(id, "many.csv", file));

        assertThat(imported).isEqualTo(20_000);
        assertThat(names.entries(id).stream().filter(e -> e.status() == NameStatus.CONFIRMED)).hasSize(20_000);
    }

    @Test
    void anEntryReplacesTheStoredAndEarlierEntriesItSharesARenderingWith() {
        long id = project();
        names.importFile(id, "first.csv", "en,zh\nDisney,迪士尼\nPixar,皮克斯\n".getBytes(StandardCharsets.UTF_8));

        names.importFile(id, "second.csv", "status,en,zh\nconfirmed,Walt Disney | Disney,华特迪士尼\nrejected,Lucas,卢卡斯\nconfirmed,George Lucas | Lucas,乔治卢卡斯\n"
                .getBytes(StandardCharsets.UTF_8));

        List<Map<String, List<String>>> decided = names.entries(id).stream().filter(e -> e.status() != NameStatus.SUGGESTED)
                .map(NameEntry::renderings).toList();
        assertThat(decided).containsExactlyInAnyOrder(Map.of("en", List.of("Pixar"), "zh", List.of("皮克斯")),
                Map.of("en", List.of("Walt Disney", "Disney"), "zh", List.of("华特迪士尼")),
                Map.of("en", List.of("George Lucas", "Lucas"), "zh", List.of("乔治卢卡斯")));
    }
}
