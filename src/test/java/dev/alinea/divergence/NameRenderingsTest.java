package dev.alinea.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Names of one version learned in another from the rows where they stand together, and a name replaced found by them. */
class NameRenderingsTest {

    private final DivergenceDetector detector = new DivergenceDetector();

    /** A short story in English and Chinese where Trinket is 韦小宝, Misty is 小玄子 and Chen Qingyang is 陈清扬 (the romanisation of it). */
    private static List<List<String>> story() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Then Trinket went out.", "然后韦小宝走了出去。"));
        rows.add(List.of("Then Misty came in.", "然后小玄子走了进来。"));
        rows.add(List.of("At the door the cook saw Trinket.", "厨子在门口看见了韦小宝。"));
        rows.add(List.of("The guard told Misty to wait.", "卫兵叫小玄子等着。"));
        rows.add(List.of("After that Trinket ate a cake.", "后来韦小宝吃了一块点心。"));
        rows.add(List.of("In the evening Misty laughed.", "晚上小玄子笑了。"));
        rows.add(List.of("On the road I met Chen Qingyang.", "我在路上遇见了陈清扬。"));
        rows.add(List.of("It rained all day.", "下了一整天的雨。"));
        rows.add(List.of("The next day Chen Qingyang left.", "第二天陈清扬走了。"));
        return rows;
    }

    /** Rows of an English and a Chinese cell, given one after the other; a list that may be changed. */
    private static List<List<String>> rows(String... englishThenChinese) {
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k + 1 < englishThenChinese.length; k += 2) {
            rows.add(List.of(englishThenChinese[k], englishThenChinese[k + 1]));
        }
        return rows;
    }

    private List<Divergence> detect(List<List<String>> rows) {
        return detector.detect(List.of("en", "zh"), List.of(true, true), rows).divergences();
    }

    /** The rows have no divergence until one row is changed; then that row has one, a name replaced, as the other name's rendering shows. */
    private void replacingFinds(List<List<String>> rows, int row, String english, String name, String rendering, String renderedName) {
        assertThat(detect(rows)).isEmpty();

        rows.set(row, List.of(english, rows.get(row).get(1)));
        assertThat(detect(rows)).singleElement().satisfies(d -> {
            assertThat(d.row()).isEqualTo(row);
            assertThat(d.explanation()).isEqualTo("The English names \"" + name + "\" where the Chinese has \"" + rendering + "\", which renders \""
                    + renderedName + "\" elsewhere in the text: a name replaced?");
        });
    }

    @Test
    void learnsWhatANameIsWrittenAsFromTheRowsItSharesWithIt() {
        List<List<String>> rows = story();
        List<List<Mention>> names = rows.stream().map(row -> new MentionFinder("en").find(row.get(0)).stream()
                .filter(m -> m.kind() == MentionKind.NAME).toList()).toList();
        NameRenderings learned = NameRenderings.learn(names, rows.stream().map(row -> row.get(1)).toList(),
                dev.alinea.language.Languages.of("en"), dev.alinea.language.Languages.of("zh"));

        Mention trinket = names.get(0).getFirst();
        assertThat(learned.of(trinket)).contains("韦小宝");
    }

    @Test
    void aSurnameSharedWithAnotherNameOfTheRowIsNoMentionOfTheReplacedName() {
        List<List<String>> rows = rows("Shan Bianlang owned a distillery.", "单扁郎开着烧酒锅。", "Everyone feared Shan Bianlang.", "大家都怕单扁郎。",
                "Then Luohan worked for the family.", "然后罗汉为这家人干活。", "Later Luohan was loyal.", "后来罗汉很忠心。",
                "My grandma was betrothed to Shan Bianlang, the son of Shan Tingxiu.", "我奶奶嫁给了财主单廷秀的独生子单扁郎。");

        // Shan of Shan Tingxiu does not mention Shan Bianlang, as a Shan standing alone would
        replacingFinds(rows, 4, "My grandma was betrothed to Luohan, the son of Shan Tingxiu.", "Luohan", "单扁郎", "Shan Bianlang");
    }

    @Test
    void aReplacementTheCallerRejectsDoesNotEndTheSearch() {
        List<List<String>> rows = List.of(List.of("The Emperor and the Empress came.", "皇帝和皇后来了。"),
                List.of("The Empress sat beside the Emperor.", "皇后坐在皇帝旁边。"), List.of("Then the Emperor spoke to the Empress.", "然后皇帝对皇后说话。"),
                List.of("After that the Emperor laughed.", "后来皇帝笑了。"),
                List.of("Then he went to Peking.", "然后他去了北京。"), List.of("Later he left Peking.", "后来他离开了北京。"));
        List<List<Mention>> names = rows.stream().map(row -> new MentionFinder("en").find(row.get(0)).stream()
                .filter(m -> m.kind() == MentionKind.NAME).toList()).toList();
        NameRenderings learned = NameRenderings.learn(names, rows.stream().map(row -> row.get(1)).toList(),
                dev.alinea.language.Languages.of("en"), dev.alinea.language.Languages.of("zh"));
        String text = "These people serve Peking.";
        List<Mention> peking = new MentionFinder("en").find(text).stream().filter(m -> m.kind() == MentionKind.NAME).toList();

        // 皇帝 renders the Emperor, and is learned for the Empress who keeps company with him
        var first = learned.replacement(peking, text, "这些人服侍皇帝。", List.of()).orElseThrow();
        var other = learned.replacement(peking, text, "这些人服侍皇帝。", List.of(), found -> !found.renderedName().equals(first.renderedName()));

        assertThat(List.of(first.renderedName(), other.orElseThrow().renderedName())).containsExactlyInAnyOrder("Emperor", "Empress");
        assertThat(learned.replacement(peking, text, "这些人服侍皇帝。", List.of(), found -> false)).isEmpty();
    }

    @Test
    void aOneSyllableSurnameWithTheWordForItsFamilyRendersTheFamilysName() {
        List<List<String>> rows = rows("The Wang family owned a distillery.", "王家开着烧酒锅。", "Then Luohan came.", "然后罗汉来了。",
                "At noon Luohan left.", "中午罗汉走了。", "It rained all day.", "下了一整天的雨。",
                "Many wanted to marry into the Wang family.", "很多人家都渴望和王家攀亲。");

        // Wang stands in one other row only: nothing is learned of it, but 王家 is "the Wang family"
        replacingFinds(rows, 4, "Many wanted to marry into the Luohan family.", "Luohan", "王", "Wang");
    }

    @Test
    void theUntouchedStoryHasNoNameDivergence() {
        assertThat(detect(story())).isEmpty();
    }

    @Test
    void aNameReplacedByAnotherOfTheTextIsFoundByItsLearnedRendering() {
        List<List<String>> rows = story();
        rows.set(2, List.of("At the door the cook saw Misty.", "厨子在门口看见了韦小宝。"));

        assertThat(detect(rows)).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.NAME_RENDERING);
            assertThat(d.row()).isEqualTo(2);
            assertThat(d.spans()).extracting(Span::text).containsExactly("Misty", "韦小宝");
            assertThat(d.explanation()).isEqualTo(
                    "The English names \"Misty\" where the Chinese has \"韦小宝\", which renders \"Trinket\" elsewhere in the text: a name replaced?");
        });
    }

    /** A short text with foreign names transliterated into Chinese: too few rows to learn from. */
    private static List<List<String>> transliterated() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Morse studied at Stanford in California.", "莫尔斯曾在加利福尼亚的斯坦福求学。"));
        rows.add(List.of("Later he moved to Boston with his wife Maria.", "后来他和妻子玛丽亚搬到了波士顿。"));
        rows.add(List.of("Morse wrote to his friend Peterson every week.", "莫尔斯每周都给他的朋友彼得森写信。"));
        return rows;
    }

    @Test
    void aNameInThePlaceOfATransliteratedOneIsFoundThroughTheDictionaryInAShortText() {
        List<List<String>> rows = transliterated();
        assertThat(detect(rows)).isEmpty();

        rows.set(0, List.of("Morse studied at Oxford in California.", rows.get(0).get(1)));
        rows.set(1, List.of("Later he moved to Chicago with his wife Maria.", rows.get(1).get(1)));
        assertThat(detect(rows)).extracting(Divergence::row, Divergence::explanation).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "The English names \"Oxford\" where the Chinese has \"斯坦福\" (Stanford): a name replaced?"),
                org.assertj.core.groups.Tuple.tuple(1, "The English names \"Chicago\" where the Chinese has \"波士顿\" (Boston): a name replaced?"));
        assertThat(detect(rows).getFirst().spans()).extracting(Span::text).containsExactly("Oxford", "斯坦福");
    }

    @Test
    void aCountryTheDictionaryListsAmongOrdinaryWordsIsStillAName() {
        // "chile" is an English headword (the pepper), but Chile a country; Nobel stands in another row too, which is no rendering here.
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("John Mather, a Nobel laureate, led the project.", "诺贝尔奖得主约翰·马瑟领导了该项目。"));
        rows.add(List.of("Astronomers in Chile and Japan used its data.", "智利和日本的天文学家使用了它的数据。"));
        assertThat(detect(rows)).isEmpty();

        rows.set(1, List.of("Astronomers in Nobel and Japan used its data.", rows.get(1).get(1)));
        assertThat(detect(rows)).singleElement().extracting(Divergence::explanation)
                .isEqualTo("The English names \"Nobel\" where the Chinese has \"智利\" (Chile): a name replaced?");
    }

    @Test
    void aTransliterationOfOneWordOfANameRendersIt() {
        // 彭齐阿斯 renders the Penzias of Professor Penzias: Chicago is the name 波士顿 took the place of.
        List<List<String>> rows = List.of(List.of("Then Professor Penzias flew to Chicago.", "然后彭齐阿斯教授飞往波士顿。"));
        assertThat(detect(rows)).singleElement().extracting(Divergence::explanation)
                .isEqualTo("The English names \"Chicago\" where the Chinese has \"波士顿\" (Boston): a name replaced?");
    }

    @Test
    void betweenIndonesianAndChineseTheChineseEnglishDictionaryServes() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Morse belajar di Stanford di California.", "莫尔斯曾在加利福尼亚的斯坦福求学。"));
        rows.add(List.of("Kemudian ia pindah ke Boston bersama istrinya Maria.", "后来他和妻子玛丽亚搬到了波士顿。"));
        DivergenceDetector detector = new DivergenceDetector();
        assertThat(detector.detect(List.of("id", "zh"), List.of(true, true), rows).divergences()).isEmpty();

        rows.set(1, List.of("Kemudian ia pindah ke Chicago bersama istrinya Maria.", rows.get(1).get(1)));
        assertThat(detector.detect(List.of("id", "zh"), List.of(true, true), rows).divergences()).singleElement()
                .extracting(Divergence::explanation)
                .isEqualTo("The Indonesian names \"Chicago\" where the Chinese has \"波士顿\" (Boston): a name replaced?");
    }

    @Test
    void aTransliterationTheDictionaryLacksOrANameSpeltAnotherWayIsNoReplacement() {
        List<List<String>> rows = transliterated();
        // 彼得森 is in no dictionary: nothing says what it renders.
        rows.set(2, List.of("Morse wrote to his friend Johnson every week.", rows.get(2).get(1)));
        // Peking sounds like 北京 (beijing): an older spelling, not another city.
        rows.add(List.of("Then they went to Peking.", "然后他们去了北京。"));
        assertThat(detect(rows)).isEmpty();
    }

    @Test
    void aPinyinNameInItsPlaceIsFoundByRomanisationEvenWhenItStandsOnce() {
        List<List<String>> rows = story();
        rows.set(6, List.of("On the road I met Wang Lei.", "我在路上遇见了陈清扬。"));

        assertThat(detect(rows)).singleElement().extracting(Divergence::explanation).isEqualTo(
                "The English names \"Wang Lei\" where the Chinese has \"陈清扬\", which renders \"Chen Qingyang\" elsewhere in the text: a name replaced?");
    }

    @Test
    void aThreeSyllableNameIsFoundByRomanisationWhenItsSurnameIsARareOne() {
        // 单 (Shan) is no common surname; three syllables in a row are no chance match.
        List<List<String>> rows = story();
        rows.add(List.of("At the inn I saw Shan Bianlang.", "我在客店里看见了单扁郎。"));
        rows.add(List.of("At home Shan Bianlang slept.", "单扁郎在家里睡着了。"));

        replacingFinds(rows, rows.size() - 2, "At the inn I saw Wang Lei.", "Wang Lei", "单扁郎", "Shan Bianlang");
    }

    @Test
    void aNameOfOneOrdinaryWordIsFoundByAnyOfItsDictionaryTranslations() {
        // State is learned as 各国 ("each State"); where the text says "the State", the Chinese has 国家, another translation of it.
        List<List<String>> rows = story();
        rows.add(List.of("So each State shall respect these rights.", "所以各国应尊重这些权利。"));
        rows.add(List.of("And every State shall protect the family.", "而且各国应保护家庭。"));
        rows.add(List.of("The family is protected by the State.", "家庭受国家的保护。"));
        rows.add(List.of("The peoples reaffirmed their faith in the Charter.", "各国人民在宪章中重申了他们的信念。"));

        replacingFinds(rows, rows.size() - 2, "The family is protected by the Misty.", "Misty", "国家", "State");
    }

    @Test
    void aPlaceNameOfOneWordIsFoundByRomanisationButNotInACommonWordThatSoundsLikeIt() {
        List<List<String>> rows = story();
        rows.add(List.of("The cook lived in Beijing.", "厨子住在北京。"));
        rows.add(List.of("In Beijing the cook laughed.", "在北京厨子笑了。"));
        replacingFinds(rows, rows.size() - 1, "In Misty the cook laughed.", "Misty", "北京", "Beijing");

        // 背景 ("background") reads beijing too, but the Chinese writes it far more often than the English names Beijing.
        List<List<String>> background = story();
        background.add(List.of("In Beijing it rained.", "北京下雨了。"));
        for (String colour : List.of("grey", "red", "dark")) {
            background.add(List.of("The background was " + colour + ".", "背景是" + Map.of("grey", "灰", "red", "红", "dark", "黑").get(colour) + "色的。"));
        }
        background.add(List.of("The cook showed Misty the picture.", "厨子把背景画给他看。"));
        assertThat(detect(background)).isEmpty();
    }

    @Test
    void aCommonWordStandingBesideANameIsNoRenderingOfItWhereAnotherNameStands() {
        // 书房 is "study" in the dictionary: it stands where the English says Upper Library, but renders no name.
        List<List<String>> rows = story();
        rows.add(List.of("Trinket went to the Upper Library.", "韦小宝到书房去了。"));
        rows.add(List.of("The Upper Library was quiet.", "书房里很安静。"));
        rows.add(List.of("The cook swept the Upper Library.", "厨子打扫了书房。"));
        rows.add(List.of("The guard was happy there with Trinket.", "卫兵在书房里跟他在一起很高兴。"));

        assertThat(detect(rows)).extracting(Divergence::type).doesNotContain(DivergenceType.NAME_RENDERING);
        assertThat(DivergenceDetector.commonWord("书房", "Upper Library", "zh", "en", new java.util.HashMap<>())).isTrue();
        assertThat(DivergenceDetector.commonWord("皇上", "His Majesty", "zh", "en", new java.util.HashMap<>())).as("a dictionary translation").isFalse();
        assertThat(DivergenceDetector.commonWord("公公", "Goong-goong", "zh", "en", new java.util.HashMap<>())).as("its sound").isFalse();
        assertThat(DivergenceDetector.commonWord("北京", "Peking", "zh", "en", new java.util.HashMap<>())).as("a place").isFalse();
        assertThat(DivergenceDetector.commonWord("韦小宝", "Trinket", "zh", "en", new java.util.HashMap<>())).as("no word").isFalse();
        assertThat(DivergenceDetector.commonWord("莫尔斯", "Morse", "zh", "en", new java.util.HashMap<>())).as("its transliteration").isFalse();
    }

    @Test
    void aRenderingTwoNamesShareBelongsToTheNameItGoesWithMost() {
        // 老老 ("granny") stands in most of Patience's rows, for she is with Grannie Liu there; it renders Grannie Liu.
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("At dawn, Grannie Liu went to town.", "天亮时刘老老进城去了。"));
        rows.add(List.of("There she met Patience and Grannie Liu smiled.", "在那里她见了平儿，刘老老笑了。"));
        rows.add(List.of("The maid, Patience, smiled at Grannie Liu.", "丫头平儿对刘老老笑了。"));
        rows.add(List.of("Tea was poured by Patience for Grannie Liu.", "平儿给刘老老倒了茶。"));
        rows.add(List.of("After that, Patience went out.", "后来平儿出去了。"));
        rows.add(List.of("At noon, Grannie Liu sat down.", "中午刘老老坐下了。"));
        rows.add(List.of("It rained all day.", "下了一整天的雨。"));
        rows.add(List.of("'Thank you,' said Grannie Liu.", "刘老老道：“谢谢。”"));

        replacingFinds(rows, rows.size() - 1, "'Thank you,' said Patience.", "Patience", "刘老老", "Grannie Liu");
    }

    @Test
    void aNameLeftAsAPronounOrAtTheStartOfASentenceIsNoReplacement() {
        List<List<String>> rows = story();
        rows.set(4, List.of("After that he ate a cake.", "后来韦小宝吃了一块点心。"));
        rows.set(7, List.of("Misty said it rained all day.", "他说下了一整天的雨。"));

        assertThat(detect(rows)).isEmpty();
    }

    @Test
    void aRenderingLearnedFromTwoRowsStandsForTheNameButNotWhenItIsAnotherNameOfTheText() {
        // Siti (Tuti in the English) always stands beside Andi: "andi" keeps company with her in the English, but it is Andi's own name.
        NameRenderings learned = learnIndonesianInEnglish(List.of(
                List.of("Yesterday Andi and Tuti went to Bogor.", "Kemarin Andi dan Siti pergi ke Bogor."),
                List.of("Later Andi and Tuti ate rice.", "Kemudian Andi dan Siti makan nasi."),
                List.of("In the morning Budi read a book.", "Pada pagi hari Budi membaca buku."),
                List.of("At noon Budi slept.", "Pada siang hari Budi tidur.")));

        assertThat(learned.trusted(indonesianName(learned, "Budi"))).contains("budi");
        Mention siti = indonesianName(learned, "Siti");
        assertThat(learned.of(siti)).contains("andi", "tuti");
        assertThat(learned.trusted(siti)).isEmpty().as("Siti's best rendering %s is another name of the text", learned.of(siti));
    }

    @Test
    void aNameSpeltAlikeInTheOtherVersionIsRenderedByThatSpellingAloneNotByTheWordsAroundIt() {
        // "unto Joseph" in every row: "unto" keeps company with Yusuf as closely as "joseph" does.
        NameRenderings learned = learnIndonesianInEnglish(List.of(
                List.of("Jacob sent Judah unto Joseph.", "Yakub menyuruh Yehuda kepada Yusuf."),
                List.of("Pharaoh spake unto Joseph.", "Firaun berkata kepada Yusuf."),
                List.of("They came unto Joseph in Goshen.", "Mereka datang kepada Yusuf di Gosyen.")));

        assertThat(learned.of(indonesianName(learned, "Yusuf"))).containsExactly("joseph");
    }

    private List<List<Mention>> indonesianNames;

    private NameRenderings learnIndonesianInEnglish(List<List<String>> rows) {
        indonesianNames = rows.stream().map(row -> new MentionFinder("id").find(row.get(1)).stream()
                .filter(m -> m.kind() == MentionKind.NAME).toList()).toList();
        return NameRenderings.learn(indonesianNames, rows.stream().map(row -> row.get(0)).toList(),
                dev.alinea.language.Languages.of("id"), dev.alinea.language.Languages.of("en"));
    }

    private Mention indonesianName(NameRenderings learned, String text) {
        return indonesianNames.stream().flatMap(List::stream).filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aNameTheTranslationOftenLeavesAsAPronounStillLearnsItsRendering() {
        // 韦小宝 in 24 rows, "Trinket" in 6 of them ("he" elsewhere): Dice's coefficient is 0.4, but
        // every row with Trinket has 韦小宝, which the rows without him have far less often.
        List<List<String>> rows = new ArrayList<>();
        String[] actions = {"走了出去", "走了进来", "笑了", "吃了一块点心", "睡着了", "看见了厨子"};
        String[] english = {"went out", "came in", "laughed", "ate a cake", "fell asleep", "saw the cook"};
        for (int k = 0; k < 6; k++) {
            rows.add(List.of("Then Trinket " + english[k] + ".", "然后韦小宝" + actions[k] + "。"));
            rows.add(List.of("Then he " + english[k] + " again.", "然后韦小宝又" + actions[k] + "。"));
            rows.add(List.of("Then he " + english[k] + " once more.", "然后韦小宝再" + actions[k] + "。"));
            rows.add(List.of("At last he " + english[k] + ".", "最后韦小宝" + actions[k] + "。"));
        }
        for (int k = 0; k < 36; k++) {
            rows.add(List.of("It rained for " + english[k % 6].length() + " hours.", "下了" + (k + 2) + "个小时的雨。"));
        }
        List<List<Mention>> names = rows.stream().map(row -> new MentionFinder("en").find(row.get(0)).stream()
                .filter(m -> m.kind() == MentionKind.NAME).toList()).toList();
        NameRenderings learned = NameRenderings.learn(names, rows.stream().map(row -> row.get(1)).toList(),
                dev.alinea.language.Languages.of("en"), dev.alinea.language.Languages.of("zh"));

        assertThat(learned.of(names.get(0).getFirst())).contains("韦小宝");
    }

    @Test
    void aPartOfTheOtherNameInTheRowIsThatNameShortened() {
        // Chen Qingyang is "Chen" here: 陈清扬 is no sign that the Morse code replaced her.
        List<List<String>> rows = story();
        rows.add(List.of("Chen read the Morse code on the table.", "陈清扬读了桌上的莫尔斯电码。"));

        assertThat(detect(rows)).isEmpty();
    }

    @Test
    void aNameTheOtherRowsAlwaysRenderIsMissingWhereItsRenderingIsNot() {
        List<List<String>> rows = story();
        rows.add(List.of("Later Chen Qingyang came back.", "后来陈清扬回来了。"));
        rows.add(List.of("Chen Qingyang and I sat down.", "我和陈清扬坐了下来。"));
        rows.add(List.of("The rain stopped.", "雨停了。"));
        rows.add(List.of("Then I gave Chen Qingyang the letter.", "然后我把信给了陈清扬。"));
        assertThat(detect(rows)).isEmpty();

        rows.set(7, List.of("It rained all day on Chen Qingyang.", "下了一整天的雨。"));
        assertThat(detect(rows)).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.NAME_MISSING);
            assertThat(d.row()).isEqualTo(7);
            assertThat(d.spans()).extracting(Span::text).containsExactly("Chen Qingyang");
            assertThat(d.explanation()).isEqualTo("The English names \"Chen Qingyang\"; the Chinese does not have \"陈清扬\", "
                    + "its rendering in the other rows: another name, or one left out?");
        });
    }

    @Test
    void aWordThatOnlyKeepsCompanyWithANameIsNoRenderingWhoseAbsenceCounts() {
        // Aroma serves 宝玉: the Chinese names him wherever the English names her, and never writes her own name (袭人) here.
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Later Aroma went to bed.", "后来宝玉去睡了。"));
        rows.add(List.of("In the morning Aroma was tired.", "早上宝玉很累。"));
        rows.add(List.of("The maid told Aroma to hurry.", "丫头叫宝玉快点。"));
        rows.add(List.of("After lunch Aroma went out.", "午饭后宝玉出去了。"));
        rows.add(List.of("At night Aroma laughed.", "晚上宝玉笑了。"));
        rows.add(List.of("Then Aroma sat down.", "然后她坐了下来。"));
        assertThat(detect(rows)).noneMatch(d -> d.type() == DivergenceType.NAME_MISSING);
    }

    @Test
    void aNameSaidInAQuotationDoesNotTakeThePlaceOfTheSpeakerTheOtherVersionNames() {
        List<List<String>> rows = story();
        rows.set(7, List.of("'I'm with Chen Qingyang.'", "韦小宝道：“我跟她。”"));
        // No replacement by Trinket; that the Chinese lacks 陈清扬, which both her other rows have, is still asked about.
        assertThat(detect(rows)).noneMatch(d -> d.type() == DivergenceType.NAME_RENDERING).singleElement()
                .extracting(Divergence::type).isEqualTo(DivergenceType.NAME_MISSING);

        rows.set(7, List.of("'I'm with her,' said Chen Qingyang.", "韦小宝道：“我跟她。”"));
        assertThat(detect(rows)).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.NAME_RENDERING);
            assertThat(d.spans()).extracting(Span::text).containsExactly("Chen Qingyang", "韦小宝");
        });
    }

    @Test
    void quotationMarksTellWhetherAnOffsetIsInQuotedSpeech() {
        assertThat(NameRenderings.sameSideOfQuotes("'I'm with Misty.'", 10, "韦小宝道：“我跟小玄子。”", 0)).isFalse();
        assertThat(NameRenderings.sameSideOfQuotes("'I know,' said Trinket.", 15, "韦小宝道：“我知道。”", 0)).isTrue();
        // A quotation begun in an earlier row: the first quote after the offset closes it.
        assertThat(NameRenderings.sameSideOfQuotes("Which part of the Palace was he from?'", 18, "哪一房的？”", 0)).isTrue();
        // Trinket's: an apostrophe, no quotation; a text without quotes says nothing.
        assertThat(NameRenderings.sameSideOfQuotes("He took Trinket's arm.", 8, "韦小宝道：“好。”", 7)).isTrue();
        assertThat(NameRenderings.sameSideOfQuotes("'He took Trinket's arm.'", 9, "他抓住韦小宝的手臂。", 3)).isTrue();
        assertThat(NameRenderings.sameSideOfQuotes("He said: 'Trinket's arm, I took it.'", 10, "韦小宝道：“好。”", 0)).isFalse();
    }

    @Test
    void aSpeakerNamedInBothSpeechTagsIsComparedThoughTheTranslationOftenSaysHe() {
        // 韦小宝 in 12 rows, "Trinket" in 6 of them: too loose a partner for an ordinary word, except in a speech tag.
        List<List<String>> rows = new ArrayList<>();
        String[] actions = {"走了出去", "走了进来", "笑了", "吃了一块点心", "睡着了", "看见了厨子"};
        String[] english = {"went out", "came in", "laughed", "ate a cake", "fell asleep", "saw the cook"};
        String[] then = {"后来", "然后", "接着", "随后", "这时", "于是"};
        for (int k = 0; k < 6; k++) {
            rows.add(List.of("Then Trinket " + english[k] + ".", then[k] + "韦小宝" + actions[k] + "。"));
            rows.add(List.of("Then he " + english[k] + " again.", then[(k + 1) % 6] + "韦小宝又" + actions[k] + "。"));
        }
        for (int k = 0; k < 12; k++) {
            rows.add(List.of("It rained for " + (k + 2) + " hours.", "下了" + (k + 2) + "个小时的雨。"));
        }
        rows.add(List.of("'I know,' said Trinket.", "韦小宝道：“我知道。”"));
        assertThat(detect(rows)).isEmpty();

        rows.set(rows.size() - 1, List.of("'I know,' said True.", "韦小宝道：“我知道。”"));
        assertThat(detect(rows)).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DivergenceType.NAME_RENDERING);
            assertThat(d.spans()).extracting(Span::text).containsExactly("True", "韦小宝");
        });
        // Said in the quotation, the word is no speaker.
        rows.set(rows.size() - 1, List.of("'I know, True,' he said.", "韦小宝道：“我知道。”"));
        assertThat(detect(rows)).isEmpty();
    }
}
