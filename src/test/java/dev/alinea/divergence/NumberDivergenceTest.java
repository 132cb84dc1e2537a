package dev.alinea.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Numbers compared by value across English, Indonesian and Chinese, in digits and in words. */
class NumberDivergenceTest {

    private final DivergenceDetector detector = new DivergenceDetector();

    private List<Divergence> compare(String firstLanguage, String first, String secondLanguage, String second) {
        return detector.detect(List.of(firstLanguage, secondLanguage), List.of(true, true), List.of(List.of(first, second))).divergences();
    }

    @Test
    void numberWordsMatchDigitsAndNumeralsInEveryPair() {
        assertThat(compare("en", "Thirteen men and two women came.", "zh", "十三人和两名妇女来了。")).isEmpty();
        assertThat(compare("en", "He wrote forty papers.", "id", "Ia menulis empat puluh makalah.")).isEmpty();
        assertThat(compare("id", "Tiga belas orang datang.", "zh", "十三人来了。")).isEmpty();
        assertThat(compare("en", "Article 11 says so.", "zh", "第十一条如是说。")).isEmpty();
        assertThat(compare("en", "He was eleven or twelve.", "zh", "他十一二岁。")).isEmpty();
        assertThat(compare("en", "Dozens of people came.", "zh", "几十个人来了。")).isEmpty();
        assertThat(compare("en", "30,000 people came.", "zh", "3万人来了。")).isEmpty();
        assertThat(compare("en", "He lost fifty taels.", "zh", "他输了五十两银子。")).isEmpty();
        assertThat(compare("en", "He won twenty and kept three.", "zh", "他赢了二十几两，还有三两剩下。")).isEmpty();
        assertThat(compare("en", "They both laughed.", "zh", "两人哈哈大笑。")).isEmpty();
        assertThat(compare("en", "He has published 40 papers since 2016.", "zh", "2016年以来发表论文 40 余篇。")).isEmpty();
        assertThat(compare("en", "Forty-three years ago.", "zh", "四十多年前。")).isEmpty();
        assertThat(compare("en", "Sometime in 1964.", "zh", "好像是在一九六几年吧。")).isEmpty();
    }

    @Test
    void aDifferentNumberInWordsIsReportedWithBothSides() {
        List<Divergence> found = compare("en", "Six days later he left.", "zh", "七天之后他走了。");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.NUMBER_MISMATCH);
            assertThat(d.spans()).extracting(Span::text).containsExactly("Six", "七");
            assertThat(d.spans()).extracting(Span::start).containsExactly(0, 0);
            assertThat(d.explanation()).isEqualTo("The English says Six where the Chinese says 七.");
        });
    }

    @Test
    void theChineseArticleOneIsNoNumberUnlessTheOtherSideSaysAnother() {
        assertThat(compare("en", "Everyone has the right to life.", "zh", "人人有权享有生命。每一个人都一样。")).isEmpty();
        assertThat(compare("en", "A man came.", "zh", "一个人来了。")).isEmpty();
        assertThat(compare("en", "Two men came.", "zh", "一个人来了。")).singleElement()
                .extracting(Divergence::explanation).isEqualTo("The English says Two where the Chinese says 一.");
    }

    @Test
    void oneOfAndAnApproximationAreNotReportedMissing() {
        assertThat(compare("en", "He is one of the best.", "id", "Dia termasuk yang terbaik.")).isEmpty();
        assertThat(compare("en", "Hundreds of people came.", "id", "Banyak orang datang.")).isEmpty();
    }

    @Test
    void aNumberTwoVersionsLackIsOneFlag() {
        List<Divergence> found = detector.detect(List.of("en", "id", "zh"), List.of(true, true, true),
                List.of(List.of("He wrote forty papers.", "Ia menulis makalah.", "他写了论文。"))).divergences();

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.spans()).extracting(Span::document).containsExactly(0);
            assertThat(d.explanation()).isEqualTo("The English has the number forty; the Indonesian and the Chinese have no such number.");
        });
    }

    @Test
    void aThreeWayFlagSaysWhichVersionsAgree() {
        List<Divergence> found = detector.detect(List.of("en", "id", "zh"), List.of(true, true, true),
                List.of(List.of("He wrote 40 papers.", "Ia menulis 40 makalah.", "他写了四十一篇论文。"))).divergences();

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.spans()).extracting(Span::document).containsExactly(0, 1, 2);
            assertThat(d.explanation()).isEqualTo("The versions give different numbers: 40 in the English and the Indonesian, 四十一 in the Chinese.");
        });
    }

    @Test
    void aMissingExactNumberIsStillReported() {
        assertThat(compare("en", "He wrote forty papers.", "id", "Ia menulis makalah.")).singleElement()
                .extracting(Divergence::explanation).isEqualTo("The English has the number forty; the Indonesian has no such number.");
    }

    @Test
    void aQuantityConvertedToOtherUnitsIsNoWrongNumber() {
        assertThat(compare("en", "She weighed about 130 pounds.", "zh", "体重六十公斤。")).isEmpty();
        assertThat(compare("en", "the six-meter horn antenna", "zh", "二十英尺的喇叭形天线")).isEmpty();
        assertThat(compare("en", "She weighed about 130 kilos.", "zh", "体重六十公斤。")).singleElement()
                .extracting(Divergence::explanation).isEqualTo("The English says 130 where the Chinese says 六十.");
    }

    @Test
    void decimalsMatchWhenOneIsTheOtherRounded() {
        assertThat(compare("en", "at 2.7255 K", "zh", "温度为2.726K")).isEmpty();
        assertThat(compare("en", "at 2.725 K", "zh", "温度为2.726K")).singleElement()
                .extracting(Divergence::explanation).isEqualTo("The English says 2.725 where the Chinese says 2.726.");
    }

    @Test
    void aRepeatedNumberHeadingsAndVagueSmallNumbersAreNotReported() {
        assertThat(compare("en", "dishes nine meters wide; at the end of the dishes", "zh", "直径为九米的天线，在这排九米天线的尽头")).isEmpty();
        assertThat(compare("en", "The Film Studio", "zh", "6.片厂")).isEmpty();
        assertThat(compare("en", "After a moment or two, they asked.", "zh", "打量了一会，便问。")).isEmpty();
        assertThat(compare("en", "Two or three women came.", "zh", "三两个妇人来了。")).isEmpty();
        assertThat(compare("en", "Four or five women came.", "zh", "三两个妇人来了。")).singleElement()
                .extracting(Divergence::explanation).isEqualTo("The English says Four or five where the Chinese says 三两.");
    }

    @Test
    void termsInDigitsAreComparedWithTermsOnly() {
        assertThat(compare("en", "the cosmic microwave background", "zh", "宇宙3K背景辐射")).isEmpty();
        assertThat(compare("en", "the 4K glasses", "zh", "3K眼镜")).singleElement()
                .extracting(Divergence::explanation).isEqualTo("The English says 4 where the Chinese says 3.");
    }

    @Test
    void aNumeralADocumentUsesInANameIsNoNumber() {
        List<List<String>> rows = List.of(
                List.of("Whiskers fought seven men.", "茅十八与七名大汉相斗。"),
                List.of("He remembered Whiskers.", "他想起茅十八的教训。"),
                List.of("Whiskers had pledged his word.", "茅十八与人订约比武。"));
        assertThat(detector.detect(List.of("en", "zh"), List.of(true, true), rows).divergences()).isEmpty();
        assertThat(compare("en", "Eighteen men came.", "zh", "十八人来了。")).isEmpty();
    }

    @Test
    void aLoneDigitADocumentUsesInANameIsNoNumberEither() {
        // 王二 ("Wang Two", the narrator of Wang Xiaobo's Golden Age): its 二 counts nothing and is no number, even beside a number in the English.
        List<List<String>> rows = List.of(
                List.of("Captain Luo came back to the fourteenth team and asked about Wang Er.", "罗队长回到队里，问起王二。"),
                List.of("Wang Er was not in the mountains.", "王二不在山里。"),
                List.of("Maybe Wang Er did not exist.", "很可能王二根本就不存在。"));

        assertThat(detector.detect(List.of("en", "zh"), List.of(true, true), rows).divergences()).extracting(Divergence::explanation)
                .containsExactly("The English has the number fourteenth; the Chinese has no such number.");
    }

    @Test
    void aYearOfAnEraIsAlsoTheYearOfTheCommonEra() {
        assertThat(compare("en", "During 1912, the first year of the Republic, mourners came.", "zh", "民国元年，哭丧户专程前来。")).isEmpty();
        assertThat(compare("en", "In 1937 the war began.", "zh", "民国二十六年，战争爆发。")).isEmpty();
        assertThat(compare("en", "In the twenty-sixth year of the Republic the war began.", "zh", "民国二十六年，战争爆发。")).isEmpty();
        assertThat(compare("en", "In 1938 the war began.", "zh", "民国二十六年，战争爆发。")).singleElement()
                .extracting(Divergence::explanation).isEqualTo("The English says 1938 where the Chinese says 民国二十六年.");
        assertThat(compare("en", "The company was founded in 2019.", "ja", "会社は令和元年に設立された。")).isEmpty();
    }

    @Test
    void aNumberWordSetInCapitalsIsANumberNotAName() {
        assertThat(compare("en", "ON HER SIXTEENTH birthday, my grandma was betrothed.", "zh", "我奶奶刚满十六岁时，就由她的父亲做主。")).isEmpty();
    }

    @Test
    void numbersInChineseIdiomsCountNothing() {
        assertThat(compare("en", "It felt like an eternity.", "zh", "感觉倒有十万八千里。")).isEmpty();
        assertThat(compare("en", "She heard the okays all around her.", "zh", "她听见四周围一连串的“OK”声。")).isEmpty();
    }

    @Test
    void anIdiomsNumeralAnswersATranslationThatSaysTheSameAndCountsAgainstAnother() {
        assertThat(compare("en", "Four dishes and a soup, all untouched.", "zh", "四菜一汤，没人动过。")).isEmpty();
        assertThat(compare("en", "The four of them lived on the farm.", "zh", "一家四口，以务农为业。")).isEmpty();
        assertThat(compare("en", "Six dishes and a soup, all untouched.", "zh", "四菜一汤，没人动过。")).singleElement()
                .extracting(Divergence::explanation).isEqualTo("The English says Six where the Chinese says 四.");
    }

    @Test
    void measuresAndCountersInRunningTextMakeACount() {
        assertThat(compare("en", "Two three-inch golden lotuses.", "zh", "一双三寸金莲。")).isEmpty();
        assertThat(compare("en", "He threw the dice.", "zh", "他拿着六颗骰子。")).singleElement()
                .extracting(Divergence::explanation).isEqualTo("The Chinese has the number 六; the English has no such number.");
    }

    @Test
    void anApproximationIsNotWeighedAgainstAnIncidentalNumeral() {
        assertThat(compare("en", "Their faces twisted into hundreds of masks, they would shout.", "zh", "他们丑态百出，怪叫一声。")).isEmpty();
    }

    @Test
    void aNumeralInANameTheOtherVersionWritesIsPartOfTheName() {
        // The translation's "fourteenth" has no counterpart; the 四 of the name is none.
        assertThat(compare("en", "Luo Xiaosi came back to the fourteenth team.", "zh", "罗小四回到队里。")).singleElement()
                .extracting(Divergence::explanation).isEqualTo("The English has the number fourteenth; the Chinese has no such number.");
        assertThat(compare("en", "Luo came back to the fourteenth team.", "zh", "罗小四回到第四队。")).singleElement()
                .extracting(Divergence::explanation).isEqualTo("The English says fourteenth where the Chinese says 四.");
    }

    @Test
    void aNumberSaidAgainMayStandForTheTitleThatHoldsIt() {
        assertThat(compare("en", "The book was the Sutra in Forty-Two Sections: numbers he could read.", "zh",
                "书名叫做《四十二章经》，“四十二”三字却是识得的。")).noneMatch(d -> d.explanation().contains("四十二"));
    }

    @Test
    void aBoundMatchesTheCountsItAllowsInEveryLanguage() {
        assertThat(compare("en", "They rolled over more than a dozen times.", "zh", "翻了十七八个滚。")).isEmpty();
        assertThat(compare("en", "Almost forty people came.", "id", "Tiga puluh delapan orang datang.")).isEmpty();
        assertThat(compare("id", "Hampir empat puluh orang datang.", "en", "Thirty-eight people came.")).isEmpty();
        assertThat(compare("zh", "不到三十人来了。", "en", "Twenty-eight people came.")).isEmpty();
        assertThat(compare("en", "He waited more than 20 days.", "zh", "他等了二十五天。")).isEmpty();

        assertThat(compare("en", "They rolled over more than a dozen times.", "zh", "翻了五个滚。")).singleElement()
                .extracting(Divergence::type).isEqualTo(DivergenceType.NUMBER_MISMATCH);
        assertThat(compare("en", "Almost forty people came.", "id", "Empat puluh lima orang datang.")).singleElement()
                .extracting(Divergence::type).isEqualTo(DivergenceType.NUMBER_MISMATCH);
        // Without a bound word a dozen is twelve.
        assertThat(compare("en", "They rolled over a dozen times.", "zh", "翻了十七八个滚。")).singleElement()
                .extracting(Divergence::type).isEqualTo(DivergenceType.NUMBER_MISMATCH);
    }

    @Test
    void aDecadeWithoutItsCenturyIsThatOfTheYears() {
        assertThat(compare("en", "It was back in the sixties.", "zh", "好像是在一九六几年吧。")).isEmpty();
        assertThat(compare("en", "It was back in the seventies.", "zh", "好像是在一九六几年吧。")).singleElement()
                .extracting(Divergence::type).isEqualTo(DivergenceType.NUMBER_MISMATCH);
    }

    @Test
    void numbersAreComparedByValueWhateverSeparatorsEachLanguageWrites() {
        List<List<String>> rows = List.of(
                List.of("The government will spend Rp 5 trillion on 1,200 schools.", "Pemerintah akan menghabiskan Rp5 triliun untuk 1.200 sekolah."),
                List.of("Inflation rose to 2.5 percent.", "Inflasi naik menjadi 2,5 persen."),
                List.of("The company sold 12,500 cars.", "Perusahaan itu menjual 12.800 mobil."));

        DivergenceReport report = detector.detect(List.of("en", "id"), List.of(true, true), rows);

        assertThat(report.divergences()).singleElement().satisfies(d -> {
            assertThat(d.row()).isEqualTo(2);
            assertThat(d.explanation()).isEqualTo("The English says 12,500 where the Indonesian says 12.800.");
        });
    }

    @Test
    void anAmountInScaleWordsMatchesTheSameAmountInMyriads() {
        List<List<String>> rows = List.of(
                List.of("Alibaba reported revenue of 234.2 billion yuan.", "Alibaba melaporkan pendapatan 234,2 miliar yuan.", "阿里巴巴公布营收2342亿元。"),
                List.of("It will invest 1.5 billion dollars.", "Ia akan berinvestasi 1,5 miliar dolar.", "公司将投资25亿美元。"));

        DivergenceReport report = detector.detect(List.of("en", "id", "zh"), List.of(true, true, true), rows);

        assertThat(report.divergences()).singleElement().satisfies(d -> {
            assertThat(d.row()).isEqualTo(1);
            assertThat(d.explanation()).contains("1.5 billion", "25亿");
        });
    }

    @Test
    void timesDecadesAndDozensWrittenEachLanguagesWayAreNoDivergence() {
        List<List<String>> rows = List.of(
                List.of("On 3 March 2024 the engineer left Jakarta at 7:30 a.m.", "Pada 3 Maret 2024 insinyur itu meninggalkan Jakarta pukul 07.30.",
                        "2024年3月3日早上7点半，工程师离开了雅加达。"),
                List.of("He had lived there since the 1990s.", "Ia tinggal di sana sejak tahun 1990-an.", "他从上世纪90年代起就住在那里。"),
                List.of("About a dozen people were waiting.", "Sekitar selusin orang menunggu.", "大约十几个人在等。"),
                List.of("He came back at 9:15.", "Ia kembali pukul 10.15.", "他9点15分回来。"));

        DivergenceReport report = detector.detect(List.of("en", "id", "zh"), List.of(true, true, true), rows);

        assertThat(report.divergences()).singleElement().satisfies(d -> {
            assertThat(d.row()).isEqualTo(3);
            assertThat(d.explanation()).contains("10.15");
        });
    }
}
