package dev.alinea.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

import dev.alinea.language.Language;

/**
 * Keys under which a personal name matches across scripts, compared as romanised syllables
 * insensitive to order, hyphens and spacing: 李飞飞, "Li Feifei" and "Fei-Fei Li" all give
 * {@code name:lifeifei} and {@code name:feifeili}; 吴恩达 and "Wu Enda" give {@code name:wuenda}.
 * A name in another script is read through the ICU transliteration its language profile names
 * (for Chinese, Han-Latin with surname readings), looked up in the table the build stored of it
 * ({@link RomanisationTable}) where it can be.
 */
public final class NameKeys {

    private static final Map<String, String> ROMANISED = new ConcurrentHashMap<>();
    private static final Map<String, Optional<RomanisationTable>> TABLES = new ConcurrentHashMap<>();
    /** Per thread, the transliterators made so far, by ICU id (a transliterator is not thread-safe). */
    private static final ThreadLocal<Map<String, Transliterator>> TRANSLITERATORS = ThreadLocal.withInitial(java.util.HashMap::new);

    private NameKeys() {
    }

    /**
     * Starts reading the language's romanisation table on a background thread and returns at once,
     * so that the first name does not wait for it. Does nothing for a language without romanisation.
     */
    public static void prepare(Language language) {
        language.romanisation().ifPresent(id -> Thread.ofPlatform().daemon().name("romanisation-" + language.code())
                .start(() -> table(language, id)));
    }

    /**
     * The space-separated romanised syllables of a name in the language's script, without tones,
     * lower-case; empty when the language has no romanisation. The build's table gives them for a
     * name of Han characters; anything else is read through ICU, whose rules are parsed the first
     * time (about a second for Han-Latin).
     */
    public static String romanise(Language language, String name) {
        return language.romanisation().map(id -> ROMANISED.computeIfAbsent(id + "\u0000" + name, k -> {
            String fromTable = table(language, id).map(table -> table.romanise(name)).orElse(null);
            return fromTable != null ? fromTable
                    : RomanisationTable.romanise(TRANSLITERATORS.get().computeIfAbsent(id, Transliterator::getInstance), name);
        })).orElse("");
    }

    private static Optional<RomanisationTable> table(Language language, String transliteratorId) {
        return TABLES.computeIfAbsent(language.code(), code -> RomanisationTable.stored(code, transliteratorId));
    }

    /** Keys of a name candidate written in a language's own script (李飞飞): its syllables with the first one first and last. */
    public static Set<String> ofNative(Language language, String name) {
        String[] syllables = romanise(language, name).split(" ");
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
