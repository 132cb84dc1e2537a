package dev.alinea.language;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * Finds the {@link Language} profile of a BCP 47 tag. The profiles Alinea knows are registered
 * here; any other language gets a profile read from ICU's locale data. Thread-safe.
 */
public final class Languages {

    /** The registered profiles, in the order their script claims are tried (Japanese before Chinese: both write Han). */
    private static final List<Language> PROFILES = List.of(new English(), new Indonesian(), new Japanese(), new Chinese());
    private static final Map<String, Language> BY_CODE = new ConcurrentHashMap<>();

    static {
        for (Language language : PROFILES) {
            BY_CODE.put(language.code(), language);
            language.aliases().forEach(alias -> BY_CODE.put(alias, language));
        }
    }

    private Languages() {
    }

    /** The profile for a tag such as {@code en}, {@code zh-CN}, {@code ZH_tw} or {@code in}; a profile from ICU's data for a language without one of its own. */
    public static Language of(String tag) {
        return BY_CODE.computeIfAbsent(base(tag), OtherLanguage::new);
    }

    /** The languages with a profile of their own (English, Indonesian, Japanese, Chinese). */
    public static List<Language> registered() {
        return PROFILES;
    }

    /** The primary language subtag of a tag, lower case: {@code zh-CN} gives {@code zh}; {@code in} stays {@code in}. */
    public static String base(String tag) {
        String trimmed = tag.strip();
        int end = 0;
        while (end < trimmed.length() && trimmed.charAt(end) != '-' && trimmed.charAt(end) != '_') {
            end++;
        }
        return trimmed.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the word at the offset opens the text, a sentence, a quotation or a parenthesis: a
     * capitalised word there says nothing of whether it is a name.
     */
    public static boolean opens(String text, int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 || ".!?:;\"“‘'([—–-…«‹„‚".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * Whether a text stops where a sentence can stop, in any script: past closing quotes and
     * brackets, its last character is a sentence terminal (. ! ? 。 ！ । and the like, Unicode's
     * Sentence_Terminal), an ellipsis or a dash (speech broken off: "But I—"). A text cut off
     * mid-sentence ends on a letter or a comma.
     */
    public static boolean endsSentence(String text) {
        int k = text.length();
        while (k > 0) {
            int cp = text.codePointBefore(k);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || cp == '"' || cp == '\'') {
                k -= Character.charCount(cp);
                continue;
            }
            return UCharacter.hasBinaryProperty(cp, UProperty.S_TERM) || cp == '…' || cp == '⋯' || cp == '—' || cp == '―' || cp == '⸺';
        }
        return false;
    }

    /** How many sentences a text ends: its sentence terminals not followed by a digit, a lower-case letter or another terminal (not 3.5, e.g. or "?!" twice). */
    public static int sentenceEnds(String text) {
        int ends = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.hasBinaryProperty(cp, UProperty.S_TERM)) {
                int next = i < text.length() ? text.codePointAt(i) : -1;
                if (next == -1 || (!UCharacter.hasBinaryProperty(next, UProperty.S_TERM) && !Character.isDigit(next) && !Character.isLowerCase(next))) {
                    ends++;
                }
            }
        }
        return ends;
    }

    /** "English (en)", "Chinese (zh-Hant)": the language's English name and the tag as given, for headers and menus. */
    public static String label(String tag) {
        return of(tag).displayName() + " (" + tag + ")";
    }

    /** The language a text is certainly in by its script alone (Chinese, Japanese), or empty when its script does not tell. */
    public static Optional<Language> claimingByScript(String text) {
        Map<Integer, Long> scriptLetters = new HashMap<>();
        long letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) || Character.isIdeographic(cp)) {
                letters++;
                scriptLetters.merge(UScript.getScript(cp), 1L, Long::sum);
            }
            i += Character.charCount(cp);
        }
        long total = letters;
        return total == 0 ? Optional.empty() : PROFILES.stream().filter(l -> l.claimsByScript(total, scriptLetters)).findFirst();
    }
}
