package dev.alinea.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSkeletonTest {

    private static final Language ENGLISH = Languages.of("en");
    private static final Language INDONESIAN = Languages.of("id");

    @Test
    void standardIndonesianSpellingsOfForeignNamesAreTheSameName() {
        assertThat(NameSkeleton.of(ENGLISH, "Jacob")).isEqualTo(NameSkeleton.of(INDONESIAN, "Yakub")).isEqualTo("kb");
        assertThat(NameSkeleton.of(ENGLISH, "Isaac")).isEqualTo(NameSkeleton.of(INDONESIAN, "Ishak")).isEqualTo("isk");
        assertThat(NameSkeleton.sameName(ENGLISH, "Manasseh", INDONESIAN, "Manasye")).isTrue();
        assertThat(NameSkeleton.sameName(ENGLISH, "Pharaoh", INDONESIAN, "Firaun")).isTrue();
        assertThat(NameSkeleton.sameName(ENGLISH, "Reuben", INDONESIAN, "Ruben")).isTrue();
        // Where the languages regularly part: an opening vowel, p for ph, a part of a hyphenated name, a people's ending.
        assertThat(NameSkeleton.sameName(ENGLISH, "Aholibamah", INDONESIAN, "Oholibama")).isTrue();
        assertThat(NameSkeleton.sameName(ENGLISH, "Hanoch", INDONESIAN, "Henokh")).isTrue();
        assertThat(NameSkeleton.sameName(ENGLISH, "Pharez", INDONESIAN, "Peres")).isTrue();
        assertThat(NameSkeleton.sameName(ENGLISH, "Phallu", INDONESIAN, "Palu")).isTrue();
        assertThat(NameSkeleton.sameName(ENGLISH, "Arbah", INDONESIAN, "Kiryat-Arba")).isTrue();
        assertThat(NameSkeleton.sameName(ENGLISH, "Canaanitish", INDONESIAN, "Kanaan")).isTrue();
        assertThat(NameSkeleton.sameName(ENGLISH, "Hittite", INDONESIAN, "Het")).isTrue();
        assertThat(NameSkeleton.sameName(ENGLISH, "Israelites", INDONESIAN, "Israel")).isTrue();
        assertThat(NameSkeleton.sameName(ENGLISH, "Michael", INDONESIAN, "Mikhael")).isTrue();
    }

    @Test
    void aNameOfSeveralWordsTranslatedWordByWordIntoCognatesIsTheSameName() {
        Language french = Languages.of("fr");
        assertThat(NameSkeleton.sameName(ENGLISH, "University of Quebec", french, "Université du Québec")).isTrue();
        assertThat(NameSkeleton.sameName(ENGLISH, "Bank of France", french, "Banque de France")).isTrue();
        // one word that is no cognate, or another count of words, is another name
        assertThat(NameSkeleton.sameName(ENGLISH, "University of Toronto", french, "Université du Québec")).isFalse();
        assertThat(NameSkeleton.sameName(ENGLISH, "United Nations", french, "Organisation des Nations Unies")).isFalse();
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(NameSkeleton.sameName(ENGLISH, "Benjamin", INDONESIAN, "Ben-Oni")).isFalse();
        assertThat(NameSkeleton.sameName(ENGLISH, "Hittite", INDONESIAN, "Hiwi")).isFalse();
        assertThat(NameSkeleton.sameName(ENGLISH, "Andrew", INDONESIAN, "Enda")).as("another opening vowel and a letter more").isFalse();
        assertThat(NameSkeleton.sameName(ENGLISH, "Reuben", INDONESIAN, "Yordan")).isFalse();
        assertThat(NameSkeleton.sameName(ENGLISH, "Andrew Ng", INDONESIAN, "Wu Enda")).isFalse();
        assertThat(NameSkeleton.sameName(ENGLISH, "Saul", INDONESIAN, "Paulus")).isFalse();
        assertThat(NameSkeleton.sameName(ENGLISH, "Egypt", INDONESIAN, "Mesir")).isFalse();
    }

    @Test
    void aForeignNameSoundsLikeItsTransliterationRomanised() {
        assertThat(NameSkeleton.soundsLike("Stanford", "sitanfu")).isTrue(); // 斯坦福
        assertThat(NameSkeleton.soundsLike("Boston", "boshidun")).isTrue(); // 波士顿
        assertThat(NameSkeleton.soundsLike("Peterson", "bidesen")).isTrue(); // 彼得森
        assertThat(NameSkeleton.soundsLike("Morse", "moersi")).isTrue(); // 莫尔斯
        assertThat(NameSkeleton.soundsLike("Chicago", "zhijiage")).isTrue(); // 芝加哥
        assertThat(NameSkeleton.soundsLike("Penzias", "pengqiasi")).isTrue(); // 彭齐阿斯
        assertThat(NameSkeleton.soundsLike("Ürümqi", "wulumuqi")).isTrue(); // 乌鲁木齐
        assertThat(NameSkeleton.soundsLike("Maria", "maliya")).isTrue(); // 玛丽亚
    }

    @Test
    void anotherNameOrAPartOfOneDoesNotSoundLikeIt() {
        assertThat(NameSkeleton.soundsLike("Oxford", "sitanfu")).isFalse();
        assertThat(NameSkeleton.soundsLike("Oxford", "sitan")).isFalse(); // 斯坦, two consonants of four
        assertThat(NameSkeleton.soundsLike("Helen", "maliya")).isFalse();
        assertThat(NameSkeleton.soundsLike("Johnson", "bidesen")).isFalse();
        assertThat(NameSkeleton.soundsLike("Hangzhou", "wangqiyao")).isFalse(); // an initial h is kept
        assertThat(NameSkeleton.soundsLike("Doppler", "yangdong")).isFalse();
        assertThat(NameSkeleton.soundsLike("Chicago", "sijiao")).as("two consonants, one of them swapped").isFalse();
    }
}
