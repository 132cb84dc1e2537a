package dev.alinea.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Numbers in words and Han numerals, with the offsets a highlight needs. */
class SpelledNumbersTest {

    private static List<NumberSpan> numbers(String language, String text) {
        return Languages.of(language).spelledNumbers(text);
    }

    @Test
    void readsEnglishCardinalsOrdinalsAndCompounds() {
        String text = "Six days later, forty-two of the two hundred and fifty men came for the fifteenth time.";

        assertThat(numbers("en", text)).containsExactly(
                new NumberSpan(0, 3, 6, 6, false),
                new NumberSpan(16, 25, 42, 42, false),
                new NumberSpan(33, 54, 250, 250, false),
                new NumberSpan(72, 81, 15, 15, false));
    }

    @Test
    void englishOneAndFirstAreIncidentalButOneHundredIsNot() {
        assertThat(numbers("en", "one of the first")).extracting(NumberSpan::incidental).containsExactly(true, true);
        assertThat(numbers("en", "one hundred and five")).containsExactly(new NumberSpan(0, 20, 105, 105, false));
        assertThat(numbers("en", "one and two")).extracting(NumberSpan::low).containsExactly(1L, 2L);
        assertThat(numbers("en", "two three inches")).extracting(NumberSpan::low).containsExactly(2L, 3L);
        assertThat(numbers("en", "twenty one")).extracting(NumberSpan::low).containsExactly(21L);
    }

    @Test
    void readsOlderEnglishScoresAndTensJoinedToUnits() {
        assertThat(numbers("en", "thirty and three")).containsExactly(new NumberSpan(0, 16, 33, 33, false));
        assertThat(numbers("en", "threescore and six")).extracting(NumberSpan::low).containsExactly(66L);
        assertThat(numbers("en", "an hundred and fourscore years")).extracting(NumberSpan::low).containsExactly(180L);
        assertThat(numbers("en", "three score and ten")).extracting(NumberSpan::low).containsExactly(70L);
        assertThat(numbers("en", "the final score")).extracting(NumberSpan::incidental).containsExactly(true);
        assertThat(numbers("en", "three and thirty")).as("units before tens stay two numbers: between three and thirty")
                .extracting(NumberSpan::low).containsExactly(3L, 30L);
    }

    @Test
    void englishVagueQuantitiesAreRanges() {
        assertThat(numbers("en", "dozens of people")).containsExactly(new NumberSpan(0, 6, 24, 99, false));
        assertThat(numbers("en", "a dozen eggs")).containsExactly(new NumberSpan(2, 7, 12, 12, false));
    }

    @Test
    void readsIndonesianTeensTensHundredsAndOrdinals() {
        assertThat(numbers("id", "tiga belas orang")).containsExactly(new NumberSpan(0, 10, 13, 13, false));
        assertThat(numbers("id", "empat puluh dua")).containsExactly(new NumberSpan(0, 15, 42, 42, false));
        assertThat(numbers("id", "dua ratus lima puluh")).containsExactly(new NumberSpan(0, 20, 250, 250, false));
        assertThat(numbers("id", "seribu dua ratus")).containsExactly(new NumberSpan(0, 16, 1200, 1200, false));
        assertThat(numbers("id", "hari kesebelas")).containsExactly(new NumberSpan(5, 14, 11, 11, false));
        assertThat(numbers("id", "salah satu")).containsExactly(new NumberSpan(6, 10, 1, 1, true));
        assertThat(numbers("id", "puluhan orang")).containsExactly(new NumberSpan(0, 7, 20, 99, false));
    }

    @Test
    void readsChineseNumeralsWithCountersRangesAndApproximations() {
        assertThat(numbers("zh", "两名士兵")).containsExactly(new NumberSpan(0, 1, 2, 2, false));
        assertThat(numbers("zh", "两人上车")).containsExactly(new NumberSpan(0, 1, 2, 2, true));
        assertThat(numbers("zh", "十三人")).containsExactly(new NumberSpan(0, 2, 13, 13, false));
        assertThat(numbers("zh", "七天之后")).containsExactly(new NumberSpan(0, 1, 7, 7, false));
        assertThat(numbers("zh", "第十一条")).containsExactly(new NumberSpan(1, 3, 11, 11, false));
        assertThat(numbers("zh", "十一二岁")).containsExactly(new NumberSpan(0, 3, 11, 12, false));
        assertThat(numbers("zh", "二三十个")).containsExactly(new NumberSpan(0, 3, 20, 30, false));
        assertThat(numbers("zh", "几十个人")).containsExactly(new NumberSpan(0, 2, 10, 99, false));
        assertThat(numbers("zh", "数百人")).containsExactly(new NumberSpan(0, 2, 100, 999, false));
        assertThat(numbers("zh", "二〇二一年")).containsExactly(new NumberSpan(0, 4, 2021, 2021, false));
        assertThat(numbers("zh", "两千零五年")).containsExactly(new NumberSpan(0, 4, 2005, 2005, false));
        assertThat(numbers("zh", "百分之四十")).containsExactly(new NumberSpan(0, 5, 40, 40, false));
    }

    @Test
    void chineseOneInWordsAndIdiomsIsIncidental() {
        assertThat(numbers("zh", "每一个人都有一样的权利，万一他一直不来")).allMatch(NumberSpan::incidental).isNotEmpty();
        assertThat(numbers("zh", "十分重要")).allMatch(NumberSpan::incidental);
        assertThat(numbers("zh", "一五一十地说")).allMatch(NumberSpan::incidental);
        assertThat(numbers("zh", "一一说明")).allMatch(NumberSpan::incidental);
    }

    @Test
    void alternativesMakeRangesAndAnOrTwoAfterNoNumberIsVague() {
        assertThat(numbers("en", "two or three women")).containsExactly(new NumberSpan(0, 12, 2, 3, false));
        assertThat(numbers("id", "dua atau tiga orang")).containsExactly(new NumberSpan(0, 13, 2, 3, false));
        assertThat(numbers("en", "for a day or two")).containsExactly(new NumberSpan(13, 16, 1, 2, true));
        assertThat(numbers("en", "a day or four")).containsExactly(new NumberSpan(9, 13, 4, 4, false));
    }

    @Test
    void aNumberWordCapitalisedMidSentenceNamesSomething() {
        assertThat(numbers("en", "She went to Two Dukes Street.")).containsExactly(new NumberSpan(12, 15, 2, 2, true));
        assertThat(numbers("en", "Two men came.")).containsExactly(new NumberSpan(0, 3, 2, 2, false));
    }

    @Test
    void aCardinalBeforeAnOrdinalIsTwoNumbersAndTwentyFirstIsOne() {
        assertThat(numbers("en", "one second")).hasSize(2);
        assertThat(numbers("en", "the twenty-first")).containsExactly(new NumberSpan(4, 16, 21, 21, false));
    }

    @Test
    void decadesAndMonthsHaveValues() {
        assertThat(numbers("en", "four decades")).containsExactly(new NumberSpan(0, 12, 40, 40, false));
        assertThat(numbers("en", "in the eighties")).containsExactly(new NumberSpan(7, 15, 80, 89, false));
        assertThat(numbers("en", "in November of 1989")).containsExactly(new NumberSpan(3, 11, 11, 11, true));
        assertThat(numbers("id", "pada bulan Agustus")).containsExactly(new NumberSpan(11, 18, 8, 8, true));
        assertThat(numbers("en", "they march on")).isEmpty();
    }

    @Test
    void hanRangesWithLiangAndTheTael() {
        assertThat(numbers("zh", "一两个月")).containsExactly(new NumberSpan(0, 2, 1, 2, false));
        assertThat(numbers("zh", "三两个妇人")).containsExactly(new NumberSpan(0, 2, 2, 3, false));
        assertThat(numbers("zh", "五十两银子")).containsExactly(new NumberSpan(0, 2, 50, 50, false));
        assertThat(numbers("zh", "二十几两")).containsExactly(new NumberSpan(0, 3, 20, 29, false));
    }

    @Test
    void hanApproximationsBeforeAMyriadAndFractions() {
        assertThat(numbers("zh", "一百多亿年")).containsExactly(new NumberSpan(0, 4, 10_000_000_000L, 19_900_000_000L, false));
        assertThat(numbers("zh", "万种")).containsExactly(new NumberSpan(0, 1, 10_000, 10_000, true));
        assertThat(numbers("zh", "百万分之五")).containsExactly(new NumberSpan(0, 2, 1_000_000, 1_000_000, true), new NumberSpan(4, 5, 5, 5, true));
    }

    @Test
    void hanIdiomsBuiltOnTwoNumeralsAreIncidentalAndALoneYiCountsNothing() {
        // Incidental: they count nothing, but answer a translation that says the same number.
        assertThat(numbers("zh", "他三心二意，七上八下。")).extracting(NumberSpan::incidental).containsExactly(true, true, true, true);
        assertThat(numbers("zh", "五月三日")).hasSize(2);
        assertThat(numbers("zh", "一模一样")).isEmpty();
        assertThat(numbers("zh", "七零八落")).extracting(NumberSpan::incidental).containsExactly(true);
    }
}
