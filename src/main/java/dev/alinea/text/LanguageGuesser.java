package dev.alinea.text;

import java.util.Locale;
import java.util.Optional;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

import com.ibm.icu.lang.UScript;

/**
 * Detects the language of a document with Apache Tika's Optimaize detector (n-gram profiles of
 * about 70 languages); Chinese is told by its script first, which is certain even for short texts.
 * An uncertain result is no result: the user is asked instead.
 */
public final class LanguageGuesser {

    /** Loaded once (the profiles take a moment); the detector keeps state while detecting, hence the lock. */
    private static final LanguageDetector DETECTOR = new OptimaizeLangDetector().loadModels();

    private LanguageGuesser() {
    }

    /** The language as a BCP 47 tag ({@code zh}, {@code en}, {@code id}, {@code fr}...), or empty when it is not clear. */
    public static Optional<String> guess(String text) {
        long han = text.codePoints().filter(cp -> UScript.getScript(cp) == UScript.HAN).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters == 0) {
            return Optional.empty();
        }
        if (han * 3 >= letters) {
            return Optional.of("zh");
        }
        LanguageResult result;
        synchronized (DETECTOR) {
            result = DETECTOR.detect(text);
        }
        if (result.isUnknown() || !result.isReasonablyCertain()) {
            return Optional.empty();
        }
        String language = result.getLanguage().toLowerCase(Locale.ROOT);
        int dash = language.indexOf('-');
        String base = dash < 0 ? language : language.substring(0, dash);
        return Optional.of(base.equals("in") ? "id" : base);
    }
}
