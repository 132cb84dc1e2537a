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
        return sameSkeleton(a, b) || sameWords(first, firstName, second, secondName);
    }

    private static boolean sameSkeleton(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return a.equals(b) || (shorter.length() >= 2 && longer.length() == shorter.length() + 1 && oneLetterMore(shorter, longer));
    }

    /**
     * Whether two names of several words translate each other word by word into cognates, the
     * small words between them aside: University of Quebec and Université du Québec, Bank of
     * France and Banque de France. Each capitalised word must have the skeleton of the other's in
     * the same place.
     */
    private static boolean sameWords(Language first, String firstName, Language second, String secondName) {
        java.util.List<String> firstWords = capitalisedWords(firstName);
        java.util.List<String> secondWords = capitalisedWords(secondName);
        if (firstWords.size() < 2 || firstWords.size() != secondWords.size()) {
            return false;
        }
        for (int k = 0; k < firstWords.size(); k++) {
            String a = of(first, firstWords.get(k));
            String b = of(second, secondWords.get(k));
            if (a.isEmpty() || b.isEmpty() || !sameSkeleton(a, b)) {
                return false;
            }
        }
        return true;
    }

    private static java.util.List<String> capitalisedWords(String name) {
        return java.util.Arrays.stream(name.split("[\\s-]+")).filter(word -> !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))).toList();
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
