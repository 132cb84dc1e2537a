package dev.alinea.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.alinea.language.Language;
import dev.alinea.language.Languages;

class NameKeysTest {

    private static final Language CHINESE = Languages.of("zh");

    @Test
    void chineseNamesReadAsPinyinInBothOrders() {
        assertThat(NameKeys.ofNative(CHINESE, "李飞飞")).containsExactlyInAnyOrder("name:lifeifei", "name:feifeili");
        assertThat(NameKeys.ofNative(CHINESE, "吴恩达")).contains("name:wuenda");
        assertThat(NameKeys.ofNative(CHINESE, "李磊")).contains("name:lilei");
    }

    @Test
    void latinNamesMatchWhateverTheOrderHyphensAndSpacing() {
        assertThat(NameKeys.ofLatin("Li", "Feifei")).contains("name:lifeifei");
        assertThat(NameKeys.ofLatin("Fei-Fei", "Li")).contains("name:lifeifei", "name:feifeili");
        assertThat(NameKeys.ofLatin("Wu", "Enda")).contains("name:wuenda");
    }

    @Test
    void aLanguageWithoutRomanisationGivesNoNativeKeys() {
        assertThat(NameKeys.ofNative(Languages.of("ja"), "山田太郎")).isEmpty();
    }
}
