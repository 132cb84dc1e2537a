package dev.alinea.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers in digits read with each language's separators ({@link Language#readDigits}). */
class DigitNumbersTest {

    private static final Language ENGLISH = Languages.of("en");
    private static final Language INDONESIAN = Languages.of("id");

    private static String read(Language language, String text) {
        Language.DigitNumber number = language.readDigits(text, 0).orElseThrow();
        return number.value() + "/" + number.length();
    }

    @Test
    void aSeparatorBeforeThreeDigitsGroupsOrMarksDecimalsAsTheLanguageWritesIt() {
        assertThat(read(ENGLISH, "1,200 schools")).isEqualTo("1200/5");
        assertThat(read(INDONESIAN, "1.200 sekolah")).isEqualTo("1200/5");
        assertThat(read(ENGLISH, "1.200 km")).isEqualTo("1.200/5");
        assertThat(read(INDONESIAN, "1,200 km")).isEqualTo("1.200/5");
    }

    @Test
    void twoSeparatorsOrTwoKindsTellThemselvesApart() {
        assertThat(read(ENGLISH, "1,200,000")).isEqualTo("1200000/9");
        assertThat(read(INDONESIAN, "1.200.000")).isEqualTo("1200000/9");
        assertThat(read(ENGLISH, "1,200.5")).isEqualTo("1200.5/7");
        assertThat(read(INDONESIAN, "1.200,5")).isEqualTo("1200.5/7");
        // a no-break space groups thousands (French)
        assertThat(read(Languages.of("fr"), "1\u202F200,5 euros")).isEqualTo("1200.5/7");
    }

    @Test
    void decimalsAreReadWhereNoGroupingFitsAndASeparatorThatFitsNeitherEndsTheNumber() {
        assertThat(read(INDONESIAN, "2,5 persen")).isEqualTo("2.5/3");
        assertThat(read(INDONESIAN, "2.5 persen")).isEqualTo("2.5/3");
        assertThat(read(ENGLISH, "2.5 percent")).isEqualTo("2.5/3");
        assertThat(read(ENGLISH, "2,5")).isEqualTo("2/1");
        assertThat(read(ENGLISH, "12345,678")).isEqualTo("12345/5");
        assertThat(ENGLISH.readDigits("no digit", 0)).isEmpty();
    }

    @Test
    void aWordOfDigitsHasTheValueTheLanguageReads() {
        assertThat(INDONESIAN.number("1.200")).hasValue(1200);
        assertThat(ENGLISH.number("1,200")).hasValue(1200);
        assertThat(ENGLISH.number("1.5")).isEmpty();
        assertThat(Languages.of("zh").number("2016")).hasValue(2016);
    }
}
