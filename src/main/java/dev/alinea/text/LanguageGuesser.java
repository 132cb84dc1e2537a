package dev.alinea.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UScript;

/**
 * Tells the three languages Alinea aligns apart, for files given without a language: Chinese by
 * its script, English and Indonesian by their commonest function words. Anything else is left
 * undecided, for the user to say.
 */
public final class LanguageGuesser {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "was", "that", "for", "with", "his", "has", "as");
    private static final Set<String> INDONESIAN = Set.of("yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "dalam", "pada", "adalah", "tidak");
    private static final int MIN_MARKERS = 5;

    private LanguageGuesser() {
    }

    /** {@code zh}, {@code en} or {@code id}, or empty when the text is none of them clearly. */
    public static Optional<String> guess(String text) {
        long han = text.codePoints().filter(cp -> UScript.getScript(cp) == UScript.HAN).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters > 0 && han * 3 >= letters) {
            return Optional.of("zh");
        }
        int english = 0;
        int indonesian = 0;
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            english += ENGLISH.contains(word.group()) ? 1 : 0;
            indonesian += INDONESIAN.contains(word.group()) ? 1 : 0;
        }
        if (Math.max(english, indonesian) < MIN_MARKERS || english == indonesian) {
            return Optional.empty();
        }
        return Optional.of(english > indonesian ? "en" : "id");
    }
}
