package dev.alinea.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumbersTest {

    @Test
    void readsNumeralsWithUnits() {
        assertThat(ChineseNumbers.parse("四十")).hasValue(40);
        assertThat(ChineseNumbers.parse("十一")).hasValue(11);
        assertThat(ChineseNumbers.parse("两千零五")).hasValue(2005);
        assertThat(ChineseNumbers.parse("三万五千")).hasValue(35000);
        assertThat(ChineseNumbers.parse("一百二十三")).hasValue(123);
    }

    @Test
    void readsDigitStringsDigitByDigit() {
        assertThat(ChineseNumbers.parse("二〇二一")).hasValue(2021);
    }

    @Test
    void refusesAnythingThatIsNotOnlyNumerals() {
        assertThat(ChineseNumbers.parse("四十多")).isEmpty();
        assertThat(ChineseNumbers.parse("")).isEmpty();
        assertThat(ChineseNumbers.parse("科学")).isEmpty();
    }
}
