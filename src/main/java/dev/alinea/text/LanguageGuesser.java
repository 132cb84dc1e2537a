package dev.alinea.text;

import java.util.Optional;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

import dev.alinea.language.Language;
import dev.alinea.language.Languages;


/**
 * Detects the language of a document with Apache Tika's Optimaize detector (n-gram profiles of
 * about 70 languages); a language whose profile claims a text by its script (Chinese, Japanese)
 * is told first, which is certain even for short texts.
 * An uncertain result is no result: the user is asked instead.
 */
public final class LanguageGuesser {

    /** Loaded once (the profiles take a moment); the detector keeps state while detecting, hence the lock. */
    private static final LanguageDetector DETECTOR = new OptimaizeLangDetector().loadModels();

    private LanguageGuesser() {
    }

    /** The language as a BCP 47 tag ({@code zh}, {@code en}, {@code id}, {@code fr}...), or empty when it is not clear. */
    public static Optional<String> guess(String text) {
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Optional<Language> byScript = Languages.claimingByScript(text);
        if (byScript.isPresent()) {
            return Optional.of(byScript.get().code());
        }
        LanguageResult result;
        synchronized (DETECTOR) {
            result = DETECTOR.detect(text);
        }
        if (result.isUnknown() || !result.isReasonablyCertain()) {
            return Optional.empty();
        }
        return Optional.of(Languages.of(result.getLanguage()).code());
    }
}
