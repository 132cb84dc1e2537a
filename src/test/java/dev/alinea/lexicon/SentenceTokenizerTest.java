package dev.alinea.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceTokenizerTest {

    @Test
    void stemsEnglishWordsAndMarksStopWords() {
        List<Token> tokens = new SentenceTokenizer("en").tokenize("The scientists left the universities.");

        assertThat(tokens).extracting(Token::key).containsExactly("the", "scientist", "left", "the", "univers");
        assertThat(tokens).extracting(Token::content).containsExactly(false, true, true, false, true);
    }

    @Test
    void readsIrregularEnglishPastFormsAsTheirVerb() {
        SentenceTokenizer english = new SentenceTokenizer("en");

        assertThat(english.key("said")).isEqualTo(english.key("say"));
        assertThat(english.key("thought")).isEqualTo(english.key("think"));
        assertThat(english.key("written")).isEqualTo(english.key("writes"));
        // as often the direction as the verb: left alone
        assertThat(english.key("left")).isNotEqualTo(english.key("leave"));
    }

    @Test
    void readsNumbersByValueInEveryLanguage() {
        assertThat(keys("en", "more than 40 papers, 2,000 readers and forty guests")).contains("#40", "#2000");
        assertThat(keys("zh", "发表了四十篇论文，共有 2016 年")).contains("#40", "#2016");
        assertThat(keys("zh", "第十一条")).contains("#11");
        assertThat(keys("id", "lebih dari 40 makalah dan tiga buku")).contains("#40", "#3");
    }

    @Test
    void readsAChineseNumeralThatIcuCutsIntoPiecesAsOneNumber() {
        assertThat(keys("zh", "第二十八条")).containsExactly("#28");
        assertThat(keys("zh", "他三十五岁，一百二十三人，二〇二一年")).contains("#35", "#123", "#2021").doesNotContain("#3", "#15", "#100", "#20");
    }

    @Test
    void keepsAChineseRangeAndATaelAsTheyWere() {
        assertThat(keys("zh", "三四个人")).contains("#3", "#4");
        assertThat(keys("zh", "五十两银子")).contains("#50").doesNotContain("#52");
    }

    @Test
    void segmentsChineseIntoWordsAndKeepsLatinTokens() {
        List<Token> tokens = new SentenceTokenizer("zh").tokenize("李磊是 ACL 2021 最佳论文的科学家。", word -> word.equals("科学家"));

        assertThat(tokens).extracting(Token::text).contains("论文", "科学家", "ACL");
        assertThat(tokens).filteredOn(t -> t.text().equals("ACL")).singleElement()
                .satisfies(t -> assertThat(t.kind()).isEqualTo(TokenKind.LATIN));
    }

    @Test
    void stemsIndonesianWords() {
        SentenceTokenizer indonesian = new SentenceTokenizer("id");

        assertThat(indonesian.key("bergabung")).isEqualTo(indonesian.key("gabung"));
        assertThat(indonesian.key("perusahaan")).isEqualTo("usaha");
        assertThat(indonesian.key("kepergiannya")).isEqualTo(indonesian.key("pergi"));
    }

    @Test
    void joinsOnlyHanWordsThatTouch() {
        TranslationLexicon lexicon = TranslationLexicon.between("en", "zh");
        SentenceTokenizer chinese = new SentenceTokenizer("zh");

        // 人事 "personnel" is a word, but 人、事 lists "people" and "things"
        assertThat(chinese.tokenize("看重人、事、前景。", lexicon::knows)).extracting(Token::text).containsExactly("看重", "人", "事", "前景");
        assertThat(chinese.tokenize("人事变动。", lexicon::knows)).extracting(Token::text).startsWith("人事");
    }

    @Test
    void anEnglishPossessiveIsOneWordWhateverItsApostrophe() {
        assertThat(keys("en", "UCSB’s website")).containsExactly("ucsb", "websit");
        assertThat(keys("en", "UCSB's website")).containsExactly("ucsb", "websit");
    }

    @Test
    void withoutADictionaryChineseKeepsIcuWords() {
        assertThat(keys("zh", "科学家")).containsExactly("科学", "家");
    }

    private static List<String> keys(String language, String sentence) {
        return new SentenceTokenizer(language).tokenize(sentence).stream().map(Token::key).toList();
    }
}
