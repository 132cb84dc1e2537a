package dev.alinea.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DivergenceDetectorTest {

    private static final List<String> EN_ID = List.of("en", "id");
    private static final List<Boolean> BOTH = List.of(true, true);

    private final DivergenceDetector detector = new DivergenceDetector();

    @Test
    void aLanguageWithoutProfileStillComparesDigitsAndNamesButNotNumberWordsItCannotReadNorItsCapitalisedNouns() {
        List<List<String>> rows = List.of(
                List.of("Marie Curie received two Nobel prizes in Stockholm.", "Marie Curie erhielt zwei Nobelpreise in Stockholm."),
                List.of("She had three children and lived in Paris.", "Sie hatte drei Kinder und lebte in Paris."),
                List.of("Her husband Pierre died in 1906.", "Ihr Mann Pierre starb 1906."),
                List.of("She died in 1934.", "Sie starb 1935."),
                List.of("In the morning the town was quiet.", "Am Morgen war die Stadt ruhig."));

        DivergenceReport report = detector.detect(List.of("en", "de"), BOTH, rows);

        assertThat(report.divergences()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.NUMBER_MISMATCH);
            assertThat(d.row()).isEqualTo(3);
            assertThat(d.explanation()).isEqualTo("The English says 1934 where the German says 1935.");
        });
    }

    @Test
    void theChecksSayWhatALanguageWithoutProfileLacks() {
        List<String> checks = DivergenceChecks.describe(List.of("fr", "de"), BOTH);

        assertThat(checks).contains("Numbers, in digits only: no number words for French and German.",
                "The German capitalises every noun: a name there is found only as several capitalised words in a row, "
                        + "and a name the German seems to lack is not reported.");
        assertThat(DivergenceChecks.describe(List.of("en", "de"), BOTH)).contains("Numbers, in digits, and in words except in German.");
        assertThat(DivergenceChecks.describe(EN_ID, BOTH)).contains("Numbers, in digits and in words.")
                .noneMatch(line -> line.contains("capitalises every noun"));
    }

    @Test
    void aDifferentRenderingOfOneEntityIsReportedWithBothSides() {
        DivergenceReport report = detector.detect(EN_ID, BOTH, List.of(List.of(
                "Zhang Tong, Andrew Ng and Baidu left.", "Zhang Tong, Wu Enda dan Baidu pergi.")));

        assertThat(report.divergences()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.NAME_RENDERING);
            assertThat(d.explanation()).isEqualTo("The English writes \"Andrew Ng\" where the Indonesian writes \"Wu Enda\": the same entity rendered differently.");
            assertThat(d.spans()).extracting(Span::text).containsExactly("Andrew Ng", "Wu Enda");
        });
    }

    @Test
    void anotherOrderOfTheSameNameIsAVariantNotARendering() {
        DivergenceReport report = detector.detect(EN_ID, BOTH, List.of(List.of("Dr. Fei-Fei Li joined Google.", "Dr. Li Feifei bergabung dengan Google.")));

        assertThat(report.divergences()).extracting(Divergence::type).containsExactly(DivergenceType.NAME_ORDER);
    }

    @Test
    void numbersAreComparedByValue() {
        DivergenceReport same = detector.detect(EN_ID, BOTH, List.of(List.of("He wrote 40 papers in 2016.", "Ia menulis 40 makalah pada 2016.")));
        DivergenceReport different = detector.detect(EN_ID, BOTH, List.of(List.of("He wrote 40 papers.", "Ia menulis 14 makalah.")));

        assertThat(same.divergences()).isEmpty();
        assertThat(different.divergences()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.NUMBER_MISMATCH);
            assertThat(d.explanation()).isEqualTo("The English says 40 where the Indonesian says 14.");
        });
    }

    @Test
    void aChineseNumberMatchesItsValue() {
        DivergenceReport report = detector.detect(List.of("en", "zh"), BOTH, List.of(List.of("He wrote 40 papers.", "他写了四十篇论文。")));

        assertThat(report.divergences()).isEmpty();
    }

    @Test
    void aNameOneSideLacksIsMissing() {
        DivergenceReport report = detector.detect(EN_ID, BOTH, List.of(List.of("The CSRC presses AI companies.", "Komisi menekan perusahaan AI.")));

        assertThat(report.divergences()).extracting(Divergence::explanation).containsExactly("The English names \"CSRC\"; the Indonesian does not.");
    }

    @Test
    void anOmittedSentenceBetweenAlignedRowsIsReported() {
        DivergenceReport report = detector.detect(EN_ID, BOTH, List.of(
                List.of("Li Lei left.", "Li Lei pergi."),
                List.of("Li Lei, former director (Source: Sina)", ""),
                List.of("He joined in 2016.", "Ia bergabung pada 2016.")));

        assertThat(report.divergences()).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.OMISSION);
            assertThat(d.row()).isEqualTo(1);
            assertThat(d.explanation()).isEqualTo("The English sentence \"Li Lei, former director (Source: Sina)\" has no Indonesian counterpart.");
        });
    }

    @Test
    void aMuchShorterCounterpartIsAPartialTranslation() {
        String english = "He joined ByteDance in 2016 and was responsible for the technical direction and the long-term development goals of the lab.";
        DivergenceReport report = detector.detect(EN_ID, BOTH, List.of(
                List.of(english, "Ia bergabung dengan ByteDance pada 2016 dan bertanggung jawab atas arahan teknis dan tujuan jangka panjang lab."),
                List.of(english, "Ia bergabung dengan ByteDance pada 2016.")));

        assertThat(report.divergences()).extracting(Divergence::type).containsExactly(DivergenceType.LENGTH_OUTLIER);
        assertThat(report.divergences().getFirst().row()).isEqualTo(1);
    }

    @Test
    void aCounterpartCutOffMidSentenceIsPartialAtASmallerShortfall() {
        String english = "He joined ByteDance in 2016 and led its research lab in Beijing for four years.";
        String whole = "Ia bergabung dengan ByteDance pada 2016 dan memimpin lab risetnya di Beijing selama empat tahun.";
        // About 60 % of the expected length: stopping mid-sentence, it was cut off; ending a sentence, it is a free rendering.
        List<List<String>> cut = List.of(List.of(english, whole), List.of(english, "Ia bergabung dengan ByteDance pada 2016 dan memimpin"),
                List.of(english, whole));
        List<List<String>> ended = List.of(List.of(english, whole), List.of(english, "Ia bergabung dengan ByteDance pada 2016 dan memimpin."),
                List.of(english, whole));

        assertThat(detector.detect(EN_ID, BOTH, cut).divergences()).filteredOn(d -> d.type() == DivergenceType.LENGTH_OUTLIER).singleElement()
                .satisfies(d -> {
                    assertThat(d.row()).isEqualTo(1);
                    assertThat(d.explanation()).isEqualTo("The Indonesian is 54% of the length the English leads one to expect: only part translated?");
                });
        assertThat(detector.detect(EN_ID, BOTH, ended).divergences()).extracting(Divergence::type).doesNotContain(DivergenceType.LENGTH_OUTLIER);
    }

    @Test
    void oneEntityWrittenTwoWaysInADocumentIsInconsistent() {
        DivergenceReport report = detector.detect(EN_ID, BOTH, List.of(
                List.of("In 2019, ByteDance grew.", "Pada 2019, ByteDance tumbuh."),
                List.of("In 2020, ByteDance hired.", "Pada 2020, ByteDance merekrut."),
                List.of("Later, Bytedance left.", "Kemudian, ByteDance pergi.")));

        assertThat(report.divergences()).extracting(Divergence::type).containsExactly(DivergenceType.INCONSISTENT_RENDERING);
        assertThat(report.divergences().getFirst().explanation()).isEqualTo("The English writes \"Bytedance\" here but \"ByteDance\" elsewhere (2 times).");
    }

    @Test
    void aTextThatIsNotATranslationIsNotComparedSentenceBySentence() {
        DivergenceReport report = detector.detect(EN_ID, List.of(true, false), List.of(List.of("He wrote 40 papers.", "Ia menulis 14 makalah.")));

        assertThat(report.divergences()).isEmpty();
    }

    @Test
    void theNameListJoinsRenderingsAcrossScriptsByPinyin() {
        DivergenceReport report = detector.detect(List.of("en", "id", "zh"), List.of(true, true, true), List.of(
                List.of("Andrew Ng left Baidu.", "Wu Enda meninggalkan Baidu.", "吴恩达离开了百度。")));

        assertThat(report.nameList()).anySatisfy(entity -> assertThat(entity.renderings())
                .containsEntry(0, List.of("Andrew Ng")).containsEntry(1, List.of("Wu Enda")).containsEntry(2, List.of("吴恩达")));
    }

    @Test
    void aConfirmedEntryNamesTheRenderingAsKnown() {
        NameEntry ng = new NameEntry(java.util.Map.of("en", List.of("Andrew Ng"), "id", List.of("Wu Enda")), NameStatus.CONFIRMED, 0);

        DivergenceReport report = detector.detect(EN_ID, BOTH, List.of(List.of("Zhang Tong, Andrew Ng and Baidu left.", "Zhang Tong, Wu Enda dan Baidu pergi.")),
                List.of(ng));

        assertThat(report.divergences()).extracting(Divergence::explanation)
                .containsExactly("The English writes \"Andrew Ng\" where the Indonesian writes \"Wu Enda\": one entity in the name list, rendered differently.");
    }

    @Test
    void aRejectedEntryIsNotReportedAsARendering() {
        NameEntry states = new NameEntry(java.util.Map.of("en", List.of("Jiangsu Province"), "id", List.of("Provinsi Jiangsu")), NameStatus.REJECTED, 0);

        DivergenceReport report = detector.detect(EN_ID, BOTH, List.of(List.of("He visited Jiangsu Province.", "Ia mengunjungi Provinsi Jiangsu.")),
                List.of(states));

        assertThat(report.divergences()).noneMatch(d -> d.type() == DivergenceType.NAME_RENDERING);
    }

    @Test
    void aConfirmedChineseRenderingJoinsTheEntityWhereNoPinyinWould() {
        NameEntry disney = new NameEntry(java.util.Map.of("en", List.of("Disney"), "zh", List.of("迪士尼")), NameStatus.CONFIRMED, 0);

        DivergenceReport report = detector.detect(List.of("en", "zh"), BOTH, List.of(List.of("He joined Disney in 2016.", "他于 2016 年加入迪士尼。")),
                List.of(disney));

        assertThat(report.nameList()).anySatisfy(entity -> assertThat(entity.renderings())
                .containsEntry(0, List.of("Disney")).containsEntry(1, List.of("迪士尼")));
    }
}
