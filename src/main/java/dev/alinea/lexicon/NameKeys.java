package dev.alinea.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Keys under which a personal name matches across scripts, compared as pinyin syllables
 * insensitive to order, hyphens and spacing: 李飞飞, "Li Feifei" and "Fei-Fei Li" all give
 * {@code name:lifeifei} and {@code name:feifeili}; 吴恩达 and "Wu Enda" give {@code name:wuenda}.
 * Chinese is read through ICU's Han-Latin transliteration with surname readings.
 */
public final class NameKeys {

    /** The commonest Chinese surnames: a Han run starting with one of these may be a name. */
    private static final String SURNAMES = "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳司诸葛";
    private static final Map<String, String> PINYIN = new ConcurrentHashMap<>();
    private static final ThreadLocal<Transliterator> HAN_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Han-Latin/Names; Latin-ASCII; Lower"));

    private NameKeys() {
    }

    /** Whether a Han character is a common surname. */
    public static boolean isSurname(int codePoint) {
        return SURNAMES.indexOf(codePoint) >= 0;
    }

    /** The space-separated pinyin syllables of Han text, without tones, lower-case. */
    public static String pinyin(String han) {
        return PINYIN.computeIfAbsent(han, h -> HAN_LATIN.get().transliterate(h).strip().replaceAll("\\s+", " "));
    }

    /** Keys of a Chinese name candidate of two to four Han characters: surname first and last. */
    public static Set<String> ofChinese(String han) {
        String[] syllables = pinyin(han).split(" ");
        Set<String> keys = new LinkedHashSet<>();
        if (syllables.length < 2) {
            return keys;
        }
        keys.add("name:" + String.join("", syllables));
        List<String> rotated = new ArrayList<>(List.of(syllables).subList(1, syllables.length));
        rotated.add(syllables[0]);
        keys.add("name:" + String.join("", rotated));
        return keys;
    }

    /** Keys of a name written in Latin script as two words ("Li Lei", "Fei-Fei Li"), both orders. */
    public static Set<String> ofLatin(String first, String second) {
        String a = compact(first);
        String b = compact(second);
        return new LinkedHashSet<>(List.of("name:" + a + b, "name:" + b + a));
    }

    private static String compact(String word) {
        return word.toLowerCase(Locale.ROOT).replace("-", "").replace("'", "").replace("’", "");
    }
}
