package dev.alinea.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.alinea.SharedLocalContext;
import dev.alinea.divergence.DivergenceType;
import dev.alinea.divergence.NameEntry;
import dev.alinea.divergence.NameStatus;
import dev.alinea.problem.UserErrorException;
import dev.alinea.project.ProjectService;
import dev.alinea.project.SourceFile;

class NameListServiceIT extends SharedLocalContext {

    @Autowired
    ProjectService projects;

    @Autowired
    NameListService names;

    @Autowired
    DivergenceService divergences;

    @Test
    void suggestsEntitiesAndKeepsTheReviewersDecisions() {
        long id = projects.createProject("Names", demoFiles(), 0);

        NameEntry ng = names.entries(id).stream().filter(e -> e.renderings().getOrDefault("en", List.of()).contains("Andrew Ng")).findFirst().orElseThrow();
        assertThat(ng.status()).isEqualTo(NameStatus.SUGGESTED);
        assertThat(ng.renderings()).containsEntry("id", List.of("Wu Enda")).containsEntry("zh", List.of("吴恩达"));

        names.confirm(id, ng);
        NameEntry states = names.entries(id).stream().filter(e -> e.renderings().getOrDefault("en", List.of()).contains("United States")).findFirst().orElseThrow();
        names.reject(id, states);

        List<NameEntry> after = names.entries(id);
        assertThat(after.getFirst().renderings()).containsEntry("en", List.of("Andrew Ng"));
        assertThat(after.getFirst().status()).isEqualTo(NameStatus.CONFIRMED);
        assertThat(after).anySatisfy(e -> {
            assertThat(e.status()).isEqualTo(NameStatus.REJECTED);
            assertThat(e.renderings()).containsEntry("en", List.of("United States"));
        });
        assertThat(divergences.report(id).divergences()).noneSatisfy(d -> assertThat(d.explanation()).contains("United States"));
        assertThat(divergences.report(id).divergences()).anySatisfy(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.NAME_RENDERING);
            assertThat(d.explanation()).contains("one entity in the name list");
        });
    }

    @Test
    void mergesEntriesIntoOneConfirmedEntity() {
        long id = projects.createProject("Merge", demoFiles(), 0);
        List<NameEntry> two = names.entries(id).stream()
                .filter(e -> e.renderings().containsKey("en") && (e.renderings().get("en").contains("Baidu") || e.renderings().get("en").contains("Baidu Research")))
                .toList();

        names.merge(id, two);

        assertThat(names.entries(id).getFirst().renderings().get("en")).containsExactlyInAnyOrder("Baidu", "Baidu Research");
        assertThatThrownBy(() -> names.merge(id, two.subList(0, 1))).hasMessage("Choose at least two entries to merge");
    }

    @Test
    void mergingLiWithLiLeiOnTheSeedsLowersNoFlagIntoMore() {
        long id = projects.createProject("Li and Li Lei", demoFiles(), 0);
        int before = divergences.report(id).divergences().size();
        // Li is not suggested (a word of two names), but a reviewer may add it to Li Lei.
        List<NameEntry> li = List.of(names.entries(id).stream().filter(e -> e.renderings().getOrDefault("en", List.of()).contains("Li Lei"))
                .findFirst().orElseThrow(), new NameEntry(Map.of("en", List.of("Li"), "id", List.of("Li")), NameStatus.SUGGESTED, 4));

        names.merge(id, li);

        assertThat(divergences.report(id).divergences()).hasSizeLessThanOrEqualTo(before);
        NameEntry merged = names.entries(id).stream().filter(e -> e.renderings().getOrDefault("en", List.of()).contains("Li Lei")).findFirst().orElseThrow();
        assertThat(merged.status()).isEqualTo(NameStatus.CONFIRMED);
        assertThat(merged.mentions()).isGreaterThanOrEqualTo(li.stream().mapToInt(NameEntry::mentions).max().orElseThrow());
    }

    @Test
    void confirmingAnEntryKeepsItsMentionCount() {
        long id = projects.createProject("Mentions", demoFiles(), 0);
        NameEntry ng = names.entries(id).stream().filter(e -> e.renderings().getOrDefault("en", List.of()).contains("Andrew Ng")).findFirst().orElseThrow();
        assertThat(ng.mentions()).isPositive();

        names.confirm(id, ng);

        NameEntry confirmed = names.entries(id).stream().filter(e -> e.renderings().getOrDefault("en", List.of()).contains("Andrew Ng")).findFirst().orElseThrow();
        assertThat(confirmed.status()).isEqualTo(NameStatus.CONFIRMED);
        assertThat(confirmed.mentions()).isEqualTo(ng.mentions());
    }

    @Test
    void csvAndTbxExportAndImport() {
        long id = projects.createProject("Files", demoFiles(), 0);
        names.importFile(id, "known.csv", "en,zh\nDisney,迪士尼\n".getBytes(StandardCharsets.UTF_8));
        var csv = new ByteArrayOutputStream();
        var tbx = new ByteArrayOutputStream();

        names.exportCsv(id, csv);
        names.exportTbx(id, tbx);

        assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("status,en,id,zh\r\nconfirmed,Disney,,迪士尼\r\n");
        long other = projects.createProject("Other", demoFiles(), 0);
        assertThat(names.importFile(other, "names.tbx", tbx.toByteArray())).isPositive();
        assertThat(names.entries(other).getFirst().renderings()).isEqualTo(Map.of("en", List.of("Disney"), "zh", List.of("迪士尼")));
        assertThatThrownBy(() -> names.importFile(other, "broken.tbx", "<tbx><text>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UserErrorException.class).hasMessageStartingWith("broken.tbx");
    }

    private static List<SourceFile> demoFiles() {
        return List.of(new SourceFile(dev.alinea.Seeds.ENGLISH, "en", dev.alinea.Seeds.bytes(dev.alinea.Seeds.ENGLISH)),
                new SourceFile(dev.alinea.Seeds.INDONESIAN, "id", dev.alinea.Seeds.bytes(dev.alinea.Seeds.INDONESIAN)),
                new SourceFile(dev.alinea.Seeds.CHINESE, "zh", dev.alinea.Seeds.bytes(dev.alinea.Seeds.CHINESE)));
    }
}
