package dev.alinea.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.alinea.Seeds;
import dev.alinea.text.Segment;

/** Decisions in the name list only ever lower the flags about the names they concern (issue 12, point 5), on the demo story. */
class NameListDecisionsTest {

    private static final List<String> LANGUAGES = List.of("en", "id", "zh");
    private static List<List<String>> rows;
    private static List<Boolean> translations;

    @BeforeAll
    static void alignTheSeeds() {
        AlignedSeeds seeds = AlignedSeeds.align();
        rows = seeds.rows();
        translations = seeds.translations();
    }

    private static DivergenceReport detect(List<NameEntry> decisions) {
        return new DivergenceDetector().detect(LANGUAGES, translations, rows, decisions);
    }

    private static List<NameEntry> suggestions(DivergenceReport report) {
        List<NameEntry> entries = new ArrayList<>();
        for (Entity entity : report.nameList()) {
            Map<String, List<String>> renderings = new LinkedHashMap<>();
            entity.renderings().forEach((document, texts) -> renderings.merge(LANGUAGES.get(document), texts, (x, y) -> {
                List<String> all = new ArrayList<>(x);
                all.addAll(y);
                return all;
            }));
            entries.add(new NameEntry(renderings, NameStatus.SUGGESTED, entity.mentions()));
        }
        return entries;
    }

    private static NameEntry suggested(DivergenceReport report, String english) {
        return suggestions(report).stream().filter(e -> e.renderings().getOrDefault("en", List.of()).contains(english)).findFirst().orElseThrow();
    }

    @Test
    void mergingLiWithLiLeiRaisesNoFlag() {
        DivergenceReport before = detect(List.of());
        // Li is not suggested (a word of two names), but a reviewer may add it to Li Lei.
        NameEntry li = new NameEntry(Map.of("en", List.of("Li"), "id", List.of("Li")), NameStatus.SUGGESTED, 4);
        NameEntry merged = NameEntry.merge(List.of(suggested(before, "Li Lei"), li));

        DivergenceReport after = detect(List.of(merged));

        assertThat(after.divergences()).hasSizeLessThanOrEqualTo(before.divergences().size());
        assertThat(after.divergences()).noneSatisfy(d -> assertThat(d.spans()).extracting(Span::text).contains("li", "Li"));
    }

    @Test
    void confirmingOrRejectingAnySuggestionRaisesNoFlag() {
        DivergenceReport before = detect(List.of());
        for (NameEntry suggestion : suggestions(before)) {
            for (NameStatus status : List.of(NameStatus.CONFIRMED, NameStatus.REJECTED)) {
                assertThat(detect(List.of(suggestion.withStatus(status))).divergences())
                        .as("flags after %s %s", status, suggestion.renderings())
                        .hasSizeLessThanOrEqualTo(before.divergences().size());
            }
        }
    }

    @Test
    void aConfirmedRenderingIsFoundAsAWholeWordOnlyAndNeverInsideAnotherName() {
        NameEntry li = new NameEntry(Map.of("en", List.of("Li"), "id", List.of("Li")), NameStatus.CONFIRMED, 0);

        DivergenceReport report = new DivergenceDetector().detect(List.of("en", "id"), List.of(true, true),
                List.of(List.of("Li Lei likes public policy.", "Li Lei suka kebijakan publik.")), List.of(li));

        assertThat(report.divergences()).isEmpty();
    }
}
