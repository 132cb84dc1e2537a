package dev.alinea.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NameSuggestionsTest {

    private static final List<String> LANGUAGES = List.of("en", "id", "zh");

    private static List<Entity> kept(List<List<String>> rows, Entity... entities) {
        return new NameSuggestions(LANGUAGES, rows).keep(List.of(entities));
    }

    private static Entity entity(String en, String id, String zh) {
        Map<Integer, List<String>> renderings = new java.util.LinkedHashMap<>();
        if (en != null) {
            renderings.put(0, List.of(en));
        }
        if (id != null) {
            renderings.put(1, List.of(id));
        }
        if (zh != null) {
            renderings.put(2, List.of(zh));
        }
        return new Entity(renderings, 2);
    }

    private static final List<List<String>> STORY = List.of(
            List.of("Google Hires Li Lei As Lab Director", "Google Mempekerjakan Li Lei", "谷歌聘请李磊"),
            List.of("Li Lei joined Google from the Internet giant.", "Li Lei bergabung dengan Google dari raksasa internet.", "李磊加入谷歌。"),
            List.of("He led the AI Lab at Tsinghua University of Technology.", "Dia memimpin AI Lab di Universitas Teknologi Tsinghua, sebuah universitas teknologi.",
                    "他领导了清华的AI Lab。"),
            List.of("Fei-Fei Li and Li met at Baidu Research, said the CEO.", "Li Feifei dan Li bertemu di Baidu Research.", "李飞飞和李在百度研究院见面。"),
            List.of("Li said Baidu is a dragon.", "Li berkata Baidu adalah naga.", "李说百度是龙。"));

    @Test
    void namesWithRenderingsInOtherVersionsStay() {
        Entity liLei = entity("Li Lei", "Li Lei", "李磊");
        Entity google = entity("Google", "Google", null);
        Entity baidu = entity("Baidu", "Baidu", null);

        assertThat(kept(STORY, liLei, google, entity("Baidu Research", "Baidu Research", null), baidu))
                .containsExactly(liLei, google, entity("Baidu Research", "Baidu Research", null), baidu);
    }

    @Test
    void acronymsAreNoSuggestionsEvenWithALowerCaseVariant() {
        Entity ucsb = new Entity(Map.of(0, List.of("UCSB"), 2, List.of("UCSB", "ucsb")), 3);

        assertThat(kept(STORY, entity("CEO", "CEO", null), ucsb, entity("AI Lab", "AI Lab", "AI Lab")))
                .containsExactly(entity("AI Lab", "AI Lab", "AI Lab"));
    }

    @Test
    void wordsWrittenOnlyInAHeadlineAreNoName() {
        Entity liLei = entity("Li Lei", "Li Lei", "李磊");

        assertThat(kept(STORY, entity("Google Hires Li Lei As Lab Director", null, null), entity("Lab Director", "Lab Director", null), liLei))
                .containsExactly(liLei);
    }

    @Test
    void anOrdinaryWordOrOneWrittenInLowerCaseElsewhereIsNoName() {
        assertThat(kept(STORY, entity("Technology", "Teknologi", null), entity("Dragon", "Naga", null), entity("Internet", "Internet", null)))
                .isEmpty();
    }

    @Test
    void anOrdinaryWordThatAnotherVersionWritesInItsOwnScriptStays() {
        Entity dragon = entity("Dragon", null, "龙");

        assertThat(kept(STORY, dragon)).containsExactly(dragon);
    }

    @Test
    void aLoneSurnameSyllableOfALongerNameIsAShortFormButAnotherWordOfOneIsAName() {
        Entity li = entity("Li", "Li", null);
        Entity baidu = entity("Baidu", "Baidu", null);

        assertThat(kept(STORY, entity("Li Lei", "Li Lei", "李磊"), entity("Fei-Fei Li", "Li Feifei", "李飞飞"), li)).doesNotContain(li).hasSize(2);
        assertThat(kept(STORY, entity("Baidu Research", "Baidu Research", null), baidu)).contains(baidu);
        assertThat(kept(STORY, li)).containsExactly(li);
    }

    @Test
    void oneWordInOneVersionOnlyHasNoEvidenceButALongerNameHas() {
        Entity facebook = entity(null, null, "Facebook");
        Entity tsinghua = entity("Tsinghua University", null, null);

        assertThat(kept(STORY, facebook, tsinghua)).containsExactly(tsinghua);
    }
}
