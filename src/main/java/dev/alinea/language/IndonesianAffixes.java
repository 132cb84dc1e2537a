package dev.alinea.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Indonesian stemming where Snowball's stemmer strips nothing: it leaves words of two syllables
 * or fewer as written, so "berhak" (has the right) never met the dictionary's "hak" (right), nor
 * "haknya" (his right). Such a word is read by the language's affix rules, guarded by a list of
 * known words, after Nazief and Adriani's algorithm: a particle (-lah, -kah, -tah, -pun), a
 * possessive (-ku, -mu, -nya) and a derivational suffix (-kan, -an, -i) come off first, then one
 * derivational prefix at a time (di-, ke-, se-, ber-, ter-, me-, pe-, per- and the nasal forms,
 * which keep or drop the root's first sound: memakan = makan, memakai = pakai, mengirim =
 * kirim), and a form is taken only when what is left is a known word that is no function word. A
 * known word counts as a root (kelas is not ke- + las, sebab not se- + bab). A word that Snowball
 * stems keeps Snowball's stem (read on by these rules if Snowball would strip nothing more from
 * it: berhaknya = berhak = hak), so the keys of every other word stay as they were.
 */
final class IndonesianAffixes implements UnaryOperator<String> {

    private static final String[] PARTICLES = {"lah", "kah", "tah", "pun"};
    private static final String[] POSSESSIVES = {"nya", "ku", "mu"};
    /** -kan before -an: "menyampaikan" is sampai + -kan rather than sampaik + -an. */
    private static final String[] DERIVATIONAL = {"kan", "an", "i"};
    /** Prefix and suffix pairs the language never combines (Nazief and Adriani's table): be-...-i, di-...-an, ke-...-i... */
    private static final Set<String> DISALLOWED = Set.of("be+i", "di+an", "ke+i", "ke+kan", "me+an", "se+i", "se+kan", "te+an");
    private static final int MIN_ROOT = 3;

    private final Predicate<String> known;
    private final Set<String> functionWords;
    private final UnaryOperator<String> snowball;

    /**
     * @param known whether a lower-case word is an ordinary word of the language (as a dictionary lists it)
     * @param functionWords words that are no root of another (memakai is not mem- + maka "then" + -i)
     * @param snowball the stemmer for words that have no known form
     */
    IndonesianAffixes(Predicate<String> known, Set<String> functionWords, UnaryOperator<String> snowball) {
        this.known = known;
        this.functionWords = functionWords;
        this.snowball = snowball;
    }

    /** The stem of a lower-case word: the stem of its known root when the affix rules find one, else Snowball's stem. */
    @Override
    public String apply(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && word.substring(hyphen + 1).equals(word.substring(0, hyphen))) {
            // Full reduplication (hak-hak, undang-undang) is the plural or the same word: the stem of its half.
            return apply(word.substring(0, hyphen));
        }
        String stem = snowball.apply(word);
        if (!stem.equals(word)) {
            // What Snowball left may be a short word it would strip nothing from: berhaknya = berhak + -nya.
            return stem.length() < word.length() ? apply(stem) : stem;
        }
        if (known.test(word)) {
            return word;
        }
        for (String root : roots(word)) {
            if (root.length() >= MIN_ROOT && known.test(root) && !functionWords.contains(root)) {
                return apply(root);
            }
        }
        return stem;
    }

    /** The forms the affix rules allow, in the order they are tried: suffixes alone, then a prefix of the shortest base first. */
    private static List<String> roots(String word) {
        List<Base> bases = bases(word);
        Set<String> roots = new LinkedHashSet<>();
        for (Base base : bases.subList(1, bases.size())) {
            roots.add(base.text());
        }
        for (int k = bases.size() - 1; k >= 0; k--) {
            for (String prefix : PREFIXES) {
                Base base = bases.get(k);
                if (base.text().startsWith(prefix) && allowed(prefix, base.suffix())) {
                    roots.addAll(withoutPrefix(prefix, base.text().substring(prefix.length())));
                }
            }
        }
        roots.remove(word);
        return new ArrayList<>(roots);
    }

    /** A word with its inflectional and derivational suffixes taken off one by one, and the derivational suffix taken off. */
    private record Base(String text, String suffix) {
    }

    private static List<Base> bases(String word) {
        List<Base> bases = new ArrayList<>();
        bases.add(new Base(word, ""));
        String text = withoutSuffix(word, PARTICLES);
        text = withoutSuffix(text, POSSESSIVES);
        if (!text.equals(word)) {
            bases.add(new Base(text, ""));
        }
        // -an after a root that ends in k (tindak + -an) reads as -kan too: both are kept, -kan first.
        for (String suffix : DERIVATIONAL) {
            if (text.endsWith(suffix) && text.length() - suffix.length() >= MIN_ROOT) {
                bases.add(new Base(text.substring(0, text.length() - suffix.length()), suffix));
            }
        }
        return bases;
    }

    private static String withoutSuffix(String word, String[] suffixes) {
        for (String suffix : suffixes) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_ROOT) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    private static boolean allowed(String prefix, String suffix) {
        String family = prefix.startsWith("me") || prefix.startsWith("pe") ? prefix.substring(0, 2) : prefix.replace("ber", "be").replace("ter", "te");
        return suffix.isEmpty() || !DISALLOWED.contains(family + "+" + suffix);
    }

    /** A root whose first syllable ends in er (bekerja, beserta): be-, te- and pe- join it as they are. */
    private static final java.util.regex.Pattern ER_SYLLABLE = java.util.regex.Pattern.compile("[^aeiou]er.*");

    /** Longest first, so that "meng" is tried before "me" and "ber" before "be". */
    private static final String[] PREFIXES = {"menge", "penge", "meng", "peng", "meny", "peny", "mem", "pem", "men", "pen", "ber", "ter",
        "per", "bel", "pel", "be", "te", "me", "pe", "di", "ke", "se"};

    /** Whether a text begins with one of the letters given. */
    private static boolean opensWith(String text, String letters) {
        return !text.isEmpty() && letters.indexOf(text.charAt(0)) >= 0;
    }

    /** The roots a prefix may have left {@code rest} of, by how it joins a root (the nasal prefixes drop a root's first p, t, k, s). */
    private static List<String> withoutPrefix(String prefix, String rest) {
        boolean vowel = !rest.isEmpty() && "aeiou".indexOf(rest.charAt(0)) >= 0;
        return switch (prefix) {
            case "di", "ke", "se", "ber", "ter", "per", "menge", "penge" -> List.of(rest);
            // be- and te- before a root that begins with r (berasa = be + rasa) or whose first syllable ends in er (bekerja, beserta).
            case "be", "te" -> rest.startsWith("r") || ER_SYLLABLE.matcher(rest).matches() ? List.of(rest) : List.of();
            case "bel", "pel" -> rest.startsWith("ajar") ? List.of(rest) : List.of();
            case "me", "pe" -> opensWith(rest, "lrwymn") || prefix.equals("pe") && ER_SYLLABLE.matcher(rest).matches() ? List.of(rest) : List.of();
            // Before a vowel the nasal is the root's own first sound (memakan = makan) or stands for a dropped one (memakai = pakai).
            case "mem", "pem" -> vowel ? List.of("m" + rest, "p" + rest) : opensWith(rest, "bfvp") ? List.of(rest) : List.of();
            case "men", "pen" -> vowel ? List.of("n" + rest, "t" + rest) : opensWith(rest, "cdjzst") ? List.of(rest) : List.of();
            case "meng", "peng" -> vowel ? List.of(rest, "k" + rest) : opensWith(rest, "ghk") ? List.of(rest) : List.of();
            case "meny", "peny" -> vowel ? List.of("ny" + rest, "s" + rest) : List.of();
            default -> List.of();
        };
    }
}
