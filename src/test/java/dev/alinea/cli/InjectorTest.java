package dev.alinea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.alinea.language.Languages;

class InjectorTest {

    private static final Injector ENGLISH = new Injector(Languages.of("en"),
            List.of("Siti wrote to Maria.", "They met in Bogor.", "She said, Never! Then she never came back."));

    @Test
    void changesTheFirstDigitNumberToTheNextValue() {
        assertThat(ENGLISH.changeNumber("Andi moved to Jakarta in 2015 with 2 friends.")).hasValue("Andi moved to Jakarta in 2016 with 2 friends.");
    }

    @Test
    void changesANumberWordTwoPlacesOnKeepingItsCase() {
        assertThat(ENGLISH.changeNumber("She has three cats.")).hasValue("She has five cats.");
        assertThat(ENGLISH.changeNumber("Three cats sleep.")).hasValue("Five cats sleep.");
        assertThat(new Injector(Languages.of("id"), List.of()).changeNumber("Dia punya tiga kucing.")).hasValue("Dia punya lima kucing.");
    }

    @Test
    void leavesOneAloneAsAPronounAndFindsNoNumberInASentenceWithout() {
        assertThat(ENGLISH.changeNumber("No one shall be held in slavery.")).isEmpty();
        assertThat(ENGLISH.changeNumber("Siti wrote to Maria.")).isEmpty();
    }

    @Test
    void changesAChineseNumeralByADigitTheTextWrites() {
        Injector chinese = new Injector(Languages.of("zh"), List.of("他有三个孩子。", "五个人来了。"));

        assertThat(chinese.changeNumber("他有三个孩子。")).hasValue("他有五个孩子。");
        assertThat(chinese.changeNumber("他有一个孩子。")).as("一个 is an article as often as a number").isEmpty();
    }

    @Test
    void replacesAMidSentenceNameByAnotherNameOfTheTextThatNeitherSideMentions() {
        // Maria is in both cells; Siti opens the sentence; Never is written in lower case elsewhere: only Bogor is left.
        assertThat(ENGLISH.replaceName("Siti wrote to Maria.", "Siti menulis kepada Maria.", new Random(1))).hasValue("Siti wrote to Bogor.");
        assertThat(ENGLISH.replaceName("They met in Bogor.", "Mereka bertemu di Bogor.", new Random(1))).hasValue("They met in Maria.");
    }

    @Test
    void findsNamesThatDoNotOpenASentenceOrAQuotation() {
        assertThat(ENGLISH.names("She said, Never! Then she met Chen Qingyang's brother and His Majesty.")).containsExactly("Chen Qingyang", "Majesty");
        assertThat(ENGLISH.names("'Clever Old Turtle-head!' thought Trinket.")).containsExactly("Trinket");
    }

    @Test
    void injectsNoNameIntoChinese() {
        Injector chinese = new Injector(Languages.of("zh"), List.of("李飞飞在斯坦福。", "吴恩达在谷歌。"));

        assertThat(chinese.replaceName("李飞飞在斯坦福。", "Li Feifei is at Stanford.", new Random(1))).isEmpty();
    }

    @Test
    void deletesTheWholeSentence() {
        assertThat(Injector.delete("Siti wrote to Maria.")).isEmpty();
    }

    @Test
    void cutsToTheFirstFortyPercentAtAWordBoundaryOrACharacterInChinese() {
        // 44 characters: 40 % is 17, "The quick brown f"; the last space before it ends the cut.
        assertThat(ENGLISH.cut("The quick brown fox jumps over the lazy dog.")).hasValue("The quick brown");
        assertThat(new Injector(Languages.of("zh"), List.of()).cut("我们明天早上去北京。")).hasValue("我们明天");
        assertThat(ENGLISH.cut("Hello.")).isEmpty();
    }
}
