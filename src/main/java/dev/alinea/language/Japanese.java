package dev.alinea.language;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import com.ibm.icu.lang.UScript;

/**
 * Japanese: kana and kanji without spaces (ICU segments its sentences and words), Han numerals
 * with Japanese counters, particles as stop words, and a text told by its kana. Alinea bundles no
 * Japanese dictionary, so alignment leans on lengths, numbers and Latin-script words; native names
 * are not looked for.
 */
final class Japanese extends Language {

    /** Counters: a lone digit before one is a number (三人, 七日); at the end of a numeral word they are no part of its value (第二章, 十年). */
    private static final String COUNTERS = "章条節項年月日号人個回歳本枚名位届匹台冊件週分秒時%";
    private static final Set<String> STOP_WORDS = Set.of("の", "は", "が", "を", "に", "で", "と", "も", "へ", "や", "か", "な", "だ",
            "です", "ます", "した", "して", "する", "ある", "いる", "この", "その", "これ", "それ", "から", "まで", "より");

    Japanese() {
        super("ja");
    }

    /** Japanese eras by the year before each one's first: 令和元年 is 2019, 平成元年 1989, 昭和元年 1926. */
    @Override
    public Map<String, Integer> eras() {
        return Map.of("令和", 2018, "平成", 1988, "昭和", 1925, "大正", 1911, "明治", 1867);
    }

    @Override
    public int script() {
        return UScript.JAPANESE;
    }

    @Override
    public boolean isSpaceDelimited() {
        return false;
    }

    @Override
    public Set<String> stopWords() {
        return STOP_WORDS;
    }

    @Override
    protected OptionalLong numeral(String lowerWord) {
        return HanNumerals.word(lowerWord, COUNTERS);
    }

    @Override
    public List<String> decadeSuffixes() {
        return List.of("年代");
    }

    @Override
    public Optional<ClockMarks> clockMarks() {
        return Optional.of(new ClockMarks("時", "半", "分"));
    }

    @Override
    public boolean spellsNumbers() {
        return true;
    }

    @Override
    public List<NumberSpan> spelledNumbers(String text) {
        return HanNumerals.find(text, COUNTERS);
    }

    /** Kana make a tenth of the letters: Chinese writes none, so this tells Japanese from Chinese at once. */
    @Override
    public boolean claimsByScript(long letters, Map<Integer, Long> scriptLetters) {
        long kana = scriptLetters.getOrDefault(UScript.HIRAGANA, 0L) + scriptLetters.getOrDefault(UScript.KATAKANA, 0L);
        return kana * 10 >= letters;
    }
}
