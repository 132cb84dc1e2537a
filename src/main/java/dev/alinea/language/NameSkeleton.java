package dev.alinea.language;

import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.Transliterator;

/**
 * The consonant skeleton of a name written in Latin script, under which the regular spellings of
 * one foreign name in different languages meet: each language first rewrites its own spellings
 * of a sound the way the skeleton writes it (Indonesian sy, kh; English ph, sh, ch, j), then
 * vowels after the first letter, h, y and w are dropped and doubled letters joined. Jacob and
 * Yakub give {@code kb}, Isaac and Ishak {@code isk}, Manasseh and Manasye {@code mns}.
 */
public final class NameSkeleton {

    private static final ThreadLocal<Transliterator> ASCII = ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

    private NameSkeleton() {
    }

    /** The skeleton of a Latin-script name as a language spells it; empty for a name without letters. */
    public static String of(Language language, String name) {
        String spelled = ASCII.get().transliterate(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (Map.Entry<String, String> rule : language.nameSpellings().entrySet()) {
            spelled = spelled.replace(rule.getKey(), rule.getValue());
        }
        spelled = spelled.replace("c", "k").replace("q", "k").replace("x", "ks").replace("z", "s").replace("v", "f");
        StringBuilder skeleton = new StringBuilder();
        for (int i = 0; i < spelled.length(); i++) {
            char c = spelled.charAt(i);
            boolean dropped = "hyw".indexOf(c) >= 0 || (i > 0 && "aeiou".indexOf(c) >= 0);
            if (!dropped && (skeleton.isEmpty() || skeleton.charAt(skeleton.length() - 1) != c)) {
                skeleton.append(c);
            }
        }
        return skeleton.toString();
    }

    /**
     * Whether two Latin-script names are regular spellings of one name in their languages: the
     * same skeleton, or one skeleton is the other with one more letter (Pharaoh {@code fr}, Firaun
     * {@code frn}). A letter for another letter is a different name (Reuben {@code rbn}, Yordan {@code rdn}).
     */
    public static boolean sameName(Language first, String firstName, Language second, String secondName) {
        String a = of(first, firstName);
        String b = of(second, secondName);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return a.equals(b) || (shorter.length() >= 2 && longer.length() == shorter.length() + 1 && oneLetterMore(shorter, longer));
    }

    private static boolean oneLetterMore(String shorter, String longer) {
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
