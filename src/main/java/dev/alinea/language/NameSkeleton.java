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

    /** Share of the longer sound skeleton that two names must have in common to sound alike (see {@link #soundsLike}). */
    static final double MIN_SOUND_SHARE = 0.6;

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
     * {@code frn}). A letter for another letter is a different name (Reuben {@code rbn}, Yordan
     * {@code rdn}), except where languages regularly part: an opening vowel (Aholibamah,
     * Oholibama; Hanoch, Henokh) and p for ph (Pharez, Peres; Phallu, Palu). A name also meets
     * the other through one part of a hyphenated name (Arbah, Kiryat-Arba) and without an ending
     * that makes a people of it (Canaanitish, Kanaan; see {@link Language#gentilicEndings}).
     */
    public static boolean sameName(Language first, String firstName, Language second, String secondName) {
        if (sameWhole(first, firstName, second, secondName)) {
            return true;
        }
        for (String part : hyphenParts(firstName)) {
            if (sameWhole(first, part, second, secondName)) {
                return true;
            }
        }
        for (String part : hyphenParts(secondName)) {
            if (sameWhole(first, firstName, second, part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameWhole(Language first, String firstName, Language second, String secondName) {
        String a = of(first, firstName);
        String b = of(second, secondName);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return sameSkeleton(a, b) || sameWords(first, firstName, second, secondName)
                || sameSkeleton(of(first, withoutGentilic(first, firstName)), b) || sameSkeleton(a, of(second, withoutGentilic(second, secondName)));
    }

    /** The parts of a hyphenated name of one word that are names themselves (three letters or more): Kiryat and Arba of Kiryat-Arba. */
    private static java.util.List<String> hyphenParts(String name) {
        if (name.contains(" ") || !name.contains("-")) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(name.split("-")).filter(part -> part.length() >= 3 && Character.isUpperCase(part.codePointAt(0))).toList();
    }

    /** The name without the language's ending that makes a people of it (Canaanitish: Canaan); the name itself when it has none. */
    private static String withoutGentilic(Language language, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ending : language.gentilicEndings()) {
            if (lower.endsWith(ending) && lower.length() >= ending.length() + 3) {
                return name.substring(0, name.length() - ending.length());
            }
        }
        return name;
    }

    private static boolean sameSkeleton(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        // Letters languages regularly write apart count as one only where nothing else differs: Enda is no Andrew.
        return a.equals(b) || (shorter.length() >= 2 && longer.length() == shorter.length() + 1 && oneLetterMore(shorter, longer))
                || loose(a).equals(loose(b));
    }

    /** A skeleton with what languages regularly write apart made one: any opening vowel, p and f. */
    private static String loose(String skeleton) {
        String opened = !skeleton.isEmpty() && "aeiou".indexOf(skeleton.charAt(0)) >= 0 ? "a" + skeleton.substring(1) : skeleton;
        return opened.replace('p', 'f');
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

    /**
     * Whether a name written in Latin letters and a romanised transliteration sound alike, as a
     * foreign name and its transliteration into Chinese or Japanese do (Stanford and sitanfu for
     * 斯坦福, Peterson and bidesen for 彼得森, Morse and moersi for 莫尔斯): both reduced to classes
     * of consonants (b/p, d/t, g/k/c/q, j/ch/zh, s/z/x/sh, f/v/ph, l/r, m, n, an initial h; vowels, other
     * h, w and y dropped), they start alike and share, in order, at least {@value #MIN_SOUND_SHARE} of the
     * longer one's consonants, three at least unless both have only the same two. Oxford and
     * sitanfu do not, nor Oxford and sitan (斯坦, part of 斯坦福), nor Chicago and sijiao (斯教).
     */
    public static boolean soundsLike(String name, String romanised) {
        String a = sounds(name);
        String b = sounds(romanised);
        if (a.length() < 2 || b.length() < 2 || !compatible(a.charAt(0), b.charAt(0))) {
            return false;
        }
        int[][] common = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                common[i][j] = compatible(a.charAt(i - 1), b.charAt(j - 1)) ? common[i - 1][j - 1] + 1 : Math.max(common[i - 1][j], common[i][j - 1]);
            }
        }
        int shared = common[a.length()][b.length()];
        // Two consonants say enough only when they are all either has, the very same (Maria, maliya; not Chicago, sijiao).
        boolean enough = shared >= 3 || (a.length() == 2 && a.equals(b));
        return enough && shared >= MIN_SOUND_SHARE * Math.max(a.length(), b.length());
    }

    /** The consonant classes of a Latin-script word, in order, repeats joined (see {@link #soundsLike}). */
    static String sounds(String word) {
        String spelled = ASCII.get().transliterate(word).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
                .replace("ph", "f").replace("th", "t").replace("sh", "s").replace("ch", "j").replace("zh", "j").replace("ck", "k")
                .replace("gh", "").replace("ng", "n").replace("qu", "k").replaceAll("c(?=[eiy])", "s");
        StringBuilder classes = new StringBuilder();
        for (char c : spelled.toCharArray()) {
            char sound = switch (c) {
                case 'b', 'p' -> 'p';
                case 'd', 't' -> 't';
                case 'g', 'k', 'c' -> 'k';
                case 'j', 'q' -> 'j';
                case 's', 'z', 'x' -> 's';
                case 'f', 'v' -> 'f';
                case 'l', 'r' -> 'l';
                case 'm' -> 'm';
                case 'n' -> 'n';
                case 'h' -> classes.isEmpty() && spelled.charAt(0) == 'h' ? 'h' : (char) 0;
                default -> 0;
            };
            if (sound != 0 && (classes.isEmpty() || classes.charAt(classes.length() - 1) != sound)) {
                classes.append(sound);
            }
        }
        return classes.toString();
    }

    /** Classes a transliteration swaps: j (ch, zh, q) for s or k (齐 qi for the z of Penzias, 芝 zhi for the ch of Chicago). */
    private static boolean compatible(char a, char b) {
        return a == b || (a == 'j' && (b == 's' || b == 'k')) || (b == 'j' && (a == 's' || a == 'k'));
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
