package dev.alinea.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.ibm.icu.lang.UScript;

class LanguagesTest {

    @Test
    void findsTheProfileOfAnyFormOfATag() {
        assertThat(Languages.of("zh-CN")).isSameAs(Languages.of("zh")).isInstanceOf(Chinese.class);
        assertThat(Languages.of("ZH_tw").code()).isEqualTo("zh");
        assertThat(Languages.of("in")).isSameAs(Languages.of("id")).isInstanceOf(Indonesian.class);
        assertThat(Languages.of("en-GB")).isInstanceOf(English.class);
    }

    @Test
    void aLanguageWithoutAProfileIsDescribedFromIcuData() {
        Language french = Languages.of("fr");
        Language thai = Languages.of("th");
        Language korean = Languages.of("ko");

        assertThat(french.displayName()).isEqualTo("French");
        assertThat(french.isLatinScript()).isTrue();
        assertThat(french.nameStyle()).isEqualTo(NameStyle.CAPITALISED);
        assertThat(thai.isSpaceDelimited()).isFalse();
        assertThat(thai.script()).isEqualTo(UScript.THAI);
        assertThat(korean.isSpaceDelimited()).isTrue();
        assertThat(korean.isLatinScript()).isFalse();
        assertThat(korean.nameStyle()).isEqualTo(NameStyle.LATIN_RUNS_ONLY);
        assertThat(french.number("12")).hasValue(12);
        assertThat(french.number("douze")).isEmpty();
    }

    @Test
    void aTextEndsASentenceOnATerminalInAnyScriptPastClosingQuotes() {
        assertThat(List.of("He left.", "他走了。", "Is it?”", "'But I—'", "不过……”", "वह गया।", "(Fin !)"))
                .allMatch(Languages::endsSentence);
        assertThat(List.of("After I got to the desolate", "我听了这", "人人生而自由，", "Pasal 12", "He said:", "", "  "))
                .noneMatch(Languages::endsSentence);
    }

    @Test
    void sentenceEndsCountTerminalsThatCloseASentence() {
        assertThat(Languages.sentenceEnds("Everyone has the right to education. Education shall be free.")).isEqualTo(2);
        assertThat(Languages.sentenceEnds("人人有权受教育。教育应当免费！")).isEqualTo(2);
        assertThat(Languages.sentenceEnds("It cost 3.5 dollars?! \"Yes.\" No")).isEqualTo(2);
        assertThat(Languages.sentenceEnds("Pasal 12")).isZero();
    }

    @Test
    void labelsNameTheLanguageAndTheTagAsGiven() {
        assertThat(Languages.label("en")).isEqualTo("English (en)");
        assertThat(Languages.label("zh-Hant")).isEqualTo("Chinese (zh-Hant)");
        assertThat(Languages.label("xx")).isEqualTo("xx (xx)");
    }

    @Test
    void chineseReadsNumeralsWithOrdinalsAndCountersButNotTheArticle() {
        Language chinese = Languages.of("zh");

        assertThat(chinese.number("第十一条")).hasValue(11);
        assertThat(chinese.number("四十")).hasValue(40);
        assertThat(chinese.number("一")).isEmpty();
        assertThat(chinese.isSurname("李".codePointAt(0))).isTrue();
        assertThat(chinese.isSurname("的".codePointAt(0))).isFalse();
    }

    @Test
    void numberWordsArePerLanguage() {
        assertThat(Languages.of("en").number("forty")).hasValue(40);
        assertThat(Languages.of("id").number("empat")).hasValue(4);
        assertThat(Languages.of("id").number("forty")).isEmpty();
    }

    @Test
    void joinsSentencesAsTheLanguageWrites() {
        assertThat(Languages.of("en").join(List.of("One.", "Two."))).isEqualTo("One. Two.");
        assertThat(Languages.of("zh").join(List.of("一。", "二。"))).isEqualTo("一。二。");
        assertThat(Languages.of("th").join(List.of("a", "b"))).isEqualTo("ab");
    }
}
