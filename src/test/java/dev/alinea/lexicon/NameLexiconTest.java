package dev.alinea.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NameLexiconTest {

    private static final NameLexicon NAMES = NameLexicon.of(List.of(
            Map.of("en", List.of("Andrew Ng"), "zh-CN", List.of("吴恩达")),
            Map.of("en", List.of("Li"), "id", List.of("Li")),
            Map.of("en", List.of("ByteDance"))));

    @Test
    void anEntityWithOneLanguageMatchesNothingAcross() {
        assertThat(NAMES.size()).isEqualTo(2);
    }

    @Test
    void aRenderingKeysEveryTokenItCoversWhateverItsCaseAndHyphens() {
        List<Token> tokens = new SentenceTokenizer("en").tokenize("Dr. ANDREW-NG left Baidu.");

        List<Set<String>> keys = NAMES.keys("en", tokens);

        assertThat(tokens).extracting(Token::text).containsExactly("Dr", "ANDREW", "NG", "left", "Baidu");
        assertThat(keys).containsExactly(Set.of(), Set.of("known:0"), Set.of("known:0"), Set.of(), Set.of());
    }

    @Test
    void aRenderingInASpacedScriptMustCoverWholeWords() {
        List<Token> tokens = new SentenceTokenizer("en").tokenize("Lidia left Li at the lab.");

        List<Set<String>> keys = NAMES.keys("en", tokens);

        assertThat(keys.get(0)).isEmpty();
        assertThat(keys.get(2)).containsExactly("known:1");
    }

    @Test
    void aHanRenderingIsFoundInsideATokenTheSegmenterJoinedToItsNeighbour() {
        List<Token> tokens = new SentenceTokenizer("zh").tokenize("这一趋势最早从吴恩达开始。");

        List<Set<String>> keys = NAMES.keys("zh", tokens);

        String covered = String.join("", java.util.stream.IntStream.range(0, tokens.size()).filter(t -> !keys.get(t).isEmpty())
                .mapToObj(t -> tokens.get(t).text()).toList());
        assertThat(covered).contains("吴恩达");
        assertThat(keys.stream().filter(k -> !k.isEmpty())).allSatisfy(k -> assertThat(k).containsExactly("known:0"));
    }

    @Test
    void theEmptyLexiconKeysNoToken() {
        List<Token> tokens = new SentenceTokenizer("en").tokenize("Andrew Ng left Baidu.");

        assertThat(NameLexicon.EMPTY.keys("en", tokens)).allSatisfy(k -> assertThat(k).isEmpty());
    }
}
