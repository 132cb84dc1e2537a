package dev.alinea.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import com.ibm.icu.lang.UScript;

/**
 * Chinese: Han script without spaces, words joined by the dictionary, Han numerals with their
 * counters, names as a common surname and one or two characters romanised as pinyin, the
 * Chinese–English dictionary, and the TMX codes CAT tools expect (zh-CN or zh-Hans).
 */
final class Chinese extends Language {

    /** The commonest Chinese surnames: a Han run starting with one of these may be a name. */
    private static final String SURNAMES = "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳司诸葛";
    /** Counters and measure words: a lone digit before one is a number (三人, 七天, 两名); at the end of a numeral word they are no part of its value (第十一条, 四十岁). */
    private static final String COUNTERS = "条章节款项年月日号个岁次名位届天人只件本部篇页倍元块米里斤层代周秒%";
    /**
     * Counters that make a numeral before them a count in running text (一家四口, 六颗骰子, 三寸), but
     * are too often part of a word with 一 (一家, 一口, 一声) to be read off a numeral word.
     */
    private static final String RUNNING_COUNTERS = COUNTERS + "口家句步声张匹座间辆棵颗封瓶杯碗箱包幅首场台套遍趟回寸尺丈亩";
    private static final Set<String> STOP_WORDS = Set.of("的", "了", "是", "在", "和", "与", "也", "就", "都", "而", "及", "之", "着", "过",
            "把", "被", "这", "那", "个", "我", "你", "他", "她", "它", "们", "一", "不", "有", "说", "要", "去", "来", "到", "得", "地",
            "吗", "呢", "吧", "啊", "又", "很", "还", "便", "却", "再", "让", "给", "对", "从", "向", "为", "以", "于");

    Chinese() {
        super("zh");
    }

    @Override
    public int script() {
        return UScript.HAN;
    }

    private static final Map<String, Boolean> BOUNDS = Map.of("超过", true, "多于", true, "至少", true, "不止", true,
            "不到", false, "将近", false, "接近", false, "差不多", false, "不足", false);

    @Override
    public Map<String, Boolean> numberBounds() {
        return BOUNDS;
    }

    @Override
    public Set<String> stopWords() {
        return STOP_WORDS;
    }

    @Override
    protected OptionalLong numeral(String lowerWord) {
        return HanNumerals.word(lowerWord, COUNTERS);
    }

    private static final Map<String, Unit> UNITS = units(
            "公斤", Unit.KG, "千克", Unit.KG, "斤", new Unit("jin", Unit.MASS), "吨", Unit.T, "克", Unit.G, "磅", Unit.LB, "米", Unit.M,
            "公尺", Unit.M, "厘米", Unit.CM, "公分", Unit.CM, "公里", Unit.KM, "千米", Unit.KM, "里", new Unit("li", Unit.LENGTH),
            "英里", Unit.MI, "英尺", Unit.FT, "英寸", Unit.IN, "尺", new Unit("chi", Unit.LENGTH), "寸", new Unit("cun", Unit.LENGTH),
            "丈", new Unit("zhang", Unit.LENGTH), "码", Unit.YD, "亩", new Unit("mu", Unit.AREA), "公顷", Unit.HA,
            "英亩", new Unit("acre", Unit.AREA));

    @Override
    public Map<String, Unit> units() {
        return UNITS;
    }

    /** Idioms with numerals that count nothing; those built as 三心二意 (two numerals one apart) are found without a list. */
    private static final Set<String> NUMBER_IDIOMS = Set.of("十万八千里", "乱七八糟", "七零八落", "十有八九", "十有九", "一五一十",
            "身经百战", "丑态百出", "百出", "三番五次", "三天两头", "一举两得", "两全其美", "三长两短", "数一数二", "接二连三", "不三不四",
            "朝三暮四", "五湖四海", "四面八方", "八九不离十", "九牛一毛", "九牛二虎", "二话不说", "三言两语", "一清二楚", "百依百顺",
            "千真万确", "千辛万苦", "万无一失", "一干二净", "四平八稳", "七嘴八舌", "五花八门", "横七竖八", "七手八脚", "百发百中", "四周", "四处", "四面");

    @Override
    public Map<String, Integer> eras() {
        return Map.of("民国", 1911, "民國", 1911);
    }

    @Override
    public Set<String> numberIdioms() {
        return NUMBER_IDIOMS;
    }

    @Override
    public List<String> decadeSuffixes() {
        return List.of("年代");
    }

    @Override
    public Optional<ClockMarks> clockMarks() {
        return Optional.of(new ClockMarks("点", "半", "分"));
    }

    @Override
    public boolean spellsNumbers() {
        return true;
    }

    @Override
    public List<NumberSpan> spelledNumbers(String text) {
        return HanNumerals.find(text, RUNNING_COUNTERS);
    }

    @Override
    public boolean joinsWordsByDictionary() {
        return true;
    }

    @Override
    public NameStyle nameStyle() {
        return NameStyle.HAN_SURNAME;
    }

    @Override
    public Set<String> familyWords() {
        return Set.of("家");
    }

    @Override
    public boolean isSurname(int codePoint) {
        return SURNAMES.indexOf(codePoint) >= 0;
    }

    @Override
    public Optional<String> romanisation() {
        return Optional.of("Han-Latin/Names; Latin-ASCII; Lower");
    }

    @Override
    public Set<String> dictionaryTargets() {
        return Set.of("en");
    }

    @Override
    public boolean claimsByScript(long letters, Map<Integer, Long> scriptLetters) {
        return scriptLetters.getOrDefault(UScript.HAN, 0L) * 3 >= letters;
    }

    @Override
    public String tmxCode(String canonicalTag, boolean byScript) {
        return switch (canonicalTag) {
            case "zh", "zh-Hans", "zh-CN" -> byScript ? "zh-Hans" : "zh-CN";
            case "zh-Hant", "zh-TW" -> byScript ? "zh-Hant" : "zh-TW";
            default -> canonicalTag;
        };
    }

    @Override
    public String storedTag(Locale tmxLocale) {
        boolean traditional = tmxLocale.getScript().equals("Hant") || tmxLocale.getCountry().equals("TW") || tmxLocale.getCountry().equals("HK");
        return traditional ? "zh-Hant" : "zh";
    }
}
