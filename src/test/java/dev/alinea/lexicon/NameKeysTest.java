package dev.alinea.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void chineseNamesReadAsPinyinInBothOrders() {
        assertThat(NameKeys.ofChinese("李飞飞")).containsExactlyInAnyOrder("name:lifeifei", "name:feifeili");
        assertThat(NameKeys.ofChinese("吴恩达")).contains("name:wuenda");
        assertThat(NameKeys.ofChinese("李磊")).contains("name:lilei");
    }

    @Test
    void latinNamesMatchWhateverTheOrderHyphensAndSpacing() {
        assertThat(NameKeys.ofLatin("Li", "Feifei")).contains("name:lifeifei");
        assertThat(NameKeys.ofLatin("Fei-Fei", "Li")).contains("name:lifeifei", "name:feifeili");
        assertThat(NameKeys.ofLatin("Wu", "Enda")).contains("name:wuenda");
    }

    @Test
    void knowsCommonSurnames() {
        assertThat(NameKeys.isSurname("李".codePointAt(0))).isTrue();
        assertThat(NameKeys.isSurname("的".codePointAt(0))).isFalse();
    }
}
