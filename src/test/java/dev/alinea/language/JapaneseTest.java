package dev.alinea.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.alinea.align.Bead;
import dev.alinea.align.LexicalAligner;
import dev.alinea.align.PairAlignment;
import dev.alinea.divergence.Mention;
import dev.alinea.divergence.MentionFinder;
import dev.alinea.lexicon.SentenceTokenizer;
import dev.alinea.lexicon.Token;
import dev.alinea.lexicon.TokenKind;
import dev.alinea.text.LanguageGuesser;
import dev.alinea.text.Segment;
import dev.alinea.text.SentenceSegmenter;
import dev.alinea.tmx.TmxLanguages;

/** Japanese works end to end through its profile alone, without a Japanese dictionary. */
class JapaneseTest {

    private static final String STORY = "李磊は2021年にACLの最優秀論文賞を受賞した。彼は三十人のチームを率いている。"
            + "「研究は楽しい」と彼は言った！本当ですか？";

    private final Language japanese = Languages.of("ja");

    @Test
    void isItsOwnProfileWrittenWithoutSpaces() {
        assertThat(japanese).isInstanceOf(Japanese.class);
        assertThat(japanese.displayName()).isEqualTo("Japanese");
        assertThat(japanese.isSpaceDelimited()).isFalse();
        assertThat(japanese.isLatinScript()).isFalse();
        assertThat(japanese.join(List.of("今日は晴れです。", "明日は雨です。"))).isEqualTo("今日は晴れです。明日は雨です。");
    }

    @Test
    void segmentsSentencesWithIcuWithoutSpacesBetweenThem() {
        List<String> sentences = new SentenceSegmenter("ja").segment(STORY).stream().map(Segment::text).toList();

        assertThat(sentences).containsExactly("李磊は2021年にACLの最優秀論文賞を受賞した。", "彼は三十人のチームを率いている。",
                "「研究は楽しい」と彼は言った！", "本当ですか？");
    }

    @Test
    void readsDigitsAndKanjiNumeralsByValueAndKeepsLatinWordsAsWritten() {
        List<Token> tokens = new SentenceTokenizer("ja").tokenize("李磊は2021年にACLの論文を三十人で書いた。");

        assertThat(tokens).extracting(Token::key).contains("#2021", "#30", "acl");
        assertThat(tokens).filteredOn(t -> t.text().equals("ACL")).singleElement().extracting(Token::kind).isEqualTo(TokenKind.LATIN);
        assertThat(tokens).filteredOn(t -> t.text().equals("は")).singleElement().extracting(Token::content).isEqualTo(false);
    }

    @Test
    void findsNumbersAndLatinNamesButDoesNotReadKanjiAsChineseSurnames() {
        List<Mention> mentions = new MentionFinder("ja").find("李磊は2021年に三十人のチームとAI Labを作った。");

        assertThat(mentions).extracting(Mention::text).containsExactly("2021", "三十", "AI Lab");
    }

    @Test
    void isToldFromChineseByItsKana() {
        assertThat(LanguageGuesser.guess(STORY)).hasValue("ja");
        assertThat(LanguageGuesser.guess("李磊于2021年获得ACL最佳论文奖。他领导着一个三十人的团队。")).hasValue("zh");
    }

    @Test
    void alignsWithEnglishOnNumbersLatinWordsAndLength() {
        List<String> english = List.of("Li Lei won the ACL best paper award in 2021.", "He leads a team of thirty people.",
                "The lab moved to Tokyo in 2019.", "\"Research is fun,\" he said!", "Is that true?");
        List<String> japaneseSentences = List.of("李磊は2021年にACLの最優秀論文賞を受賞した。", "彼は三十人のチームを率いている。",
                "研究室は2019年に東京へ移った。", "「研究は楽しい」と彼は言った！", "本当ですか？");

        PairAlignment alignment = new LexicalAligner("en", "ja").alignPair(english, japaneseSentences);

        assertThat(alignment.beads()).extracting(Bead::format).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]");
    }

    @Test
    void keepsItsTagInTmx() {
        assertThat(TmxLanguages.tmxCode("ja")).isEqualTo("ja");
        assertThat(TmxLanguages.languageTag("ja-JP")).isEqualTo("ja");
    }
}
