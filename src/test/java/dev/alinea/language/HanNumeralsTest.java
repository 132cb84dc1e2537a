package dev.alinea.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HanNumeralsTest {

    @Test
    void readsNumeralsWithUnits() {
        assertThat(HanNumerals.parse("四十")).hasValue(40);
        assertThat(HanNumerals.parse("十一")).hasValue(11);
        assertThat(HanNumerals.parse("两千零五")).hasValue(2005);
        assertThat(HanNumerals.parse("三万五千")).hasValue(35000);
        assertThat(HanNumerals.parse("一百二十三")).hasValue(123);
    }

    @Test
    void readsDigitStringsDigitByDigit() {
        assertThat(HanNumerals.parse("二〇二一")).hasValue(2021);
    }

    @Test
    void refusesAnythingThatIsNotOnlyNumerals() {
        assertThat(HanNumerals.parse("四十多")).isEmpty();
        assertThat(HanNumerals.parse("")).isEmpty();
        assertThat(HanNumerals.parse("科学")).isEmpty();
    }
}
