package dev.alinea.divergence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.alinea.language.Language;
import dev.alinea.language.Languages;
import dev.alinea.language.NameSkeleton;
import dev.alinea.lexicon.BilingualDictionary;
import dev.alinea.lexicon.NameKeys;
import dev.alinea.lexicon.SentenceTokenizer;
import dev.alinea.lexicon.Token;
import dev.alinea.lexicon.TranslationLexicon;

/**
 * How the names of one version are written in another, learned from the rows where they stand
 * together: a name and a stretch of the other version's text that keep turning up in the same rows
 * (Trinket ↔ 韦小宝, State ↔ negara ↔ 国家) are renderings of each other, whatever the script and
 * whether or not any dictionary lists them. The association is Dice's coefficient over rows. With
 * it, a row whose name has none of its renderings in the other version, while the other version
 * holds the rendering of another name this row does not mention, has a name replaced: the one
 * name divergence a faithful translation never shows.
 *
 * <p>Not thread-safe (it keeps what it has worked out per stretch and per cell): one instance per detection.
 */
final class NameRenderings {

    /** Rows a name must stand in, and share with a rendering, to learn one. */
    static final int MIN_ROWS = 2;
    /** Rows a name must stand in for its learned rendering to count as the name in a row. */
    static final int MIN_TRUSTED_ROWS = 2;
    /** Dice's coefficient from which a stretch of text is a rendering of a name. */
    static final double MIN_DICE = 0.5;
    /**
     * A name the translation often leaves as "he" (Trinket, for 韦小宝 in half the rows) keeps a low
     * Dice's coefficient with its rendering: a stretch that stands in this share of the name's rows,
     * at least {@value #MIN_CONTAINED_ROWS} of them, and at most half as often in the rows without
     * the name, is a rendering too.
     */
    static final double MIN_CONTAINED = 0.6;
    static final int MIN_CONTAINED_ROWS = 5;
    /** Longest stretch of a text without spaces taken as a rendering, in characters. */
    static final int MAX_CHARACTERS = 4;
    /**
     * How reliably a learned rendering must go with its name, both ways, for its absence or its
     * presence to say anything: a name the translation often leaves as "he" or "the eunuch" says
     * nothing by its absence.
     */
    static final double MIN_RELIABILITY = 0.5;
    /**
     * How reliably another name's rendering must go with that name for its presence to say the
     * name was replaced: lower when the row's own name is itself a telling one (reliably rendered, or
     * no ordinary word), higher when it is an ordinary title-cased word or loosely rendered.
     */
    static final double MIN_NAMING_TELLING = 0.3;
    static final double MIN_NAMING_LOOSE = 0.6;
    /** How far apart, as a share of the cell length, a name and the rendering that stands in its place may be, when the row has several names. */
    static final double MAX_SHIFT = 0.35;
    /** Letters a name of one word needs for its romanisation alone to show it in the other version (Beijing, Qingping; not Tie). */
    static final int MIN_ROMANISED_WORD = 6;
    /** A name of several words romanised in this many characters of the other version is found there by more than chance. */
    static final int MIN_CHANCE_FREE_SYLLABLES = 3;
    /** How many of another name's best renderings are looked for in the other version. */
    static final int RENDERINGS_TRIED = 3;
    /**
     * A name whose other rows all but never lack its rendering says, by the rendering's absence, that
     * the row names something else: it must stand in this many other rows, and have a rendering in
     * this share of them.
     */
    static final int MIN_ABSENT_ROWS = 2;
    static final double MIN_ABSENT_RELIABILITY = 0.9;

    /** Quotation marks that open, and that close, quoted speech; the straight ones do both. */
    private static final String OPENING_QUOTES = "“‘「『\"'«";
    private static final String CLOSING_QUOTES = "”’」』\"'»";

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

    /**
     * A name replaced in a row: the name one version gives, the rendering of another name the other
     * version holds instead; {@code byDictionary} when that other name is the dictionary's
     * translation of a transliteration (see {@link #transliterated}), not one of the text's names.
     */
    record Replacement(Mention name, String rendering, int renderingStart, String renderedName, boolean byDictionary) {

        Replacement(Mention name, String rendering, int renderingStart, String renderedName) {
            this(name, rendering, renderingStart, renderedName, false);
        }
    }

    private final Language own;
    private final Language other;
    /** The renderings of each name (by surface key), best first. */
    private final Map<String, List<String>> renderings;
    /** A name as written, by surface key. */
    private final Map<String, String> written;

    /** Of the rows that have a name, the share whose other version has one of its renderings, by the name's surface key. */
    private final Map<String, Double> rendered;
    /** The same share for the name's best renderings alone ({@value #RENDERINGS_TRIED} at most), by the name's surface key. */
    private final Map<String, Double> renderedBest;
    /** Of the rows whose other version has a name's best rendering, the share that have the name, by the name's surface key. */
    private final Map<String, Double> naming;

    /** The counts the renderings were learned from, the rows each name stands in among them. */
    private final Counts counts;
    /** Tokenizers by language code, made once. */
    private final Map<String, SentenceTokenizer> tokenizers = new HashMap<>();
    /** The name key each stretch goes with most closely, computed once per stretch. */
    private final Map<String, String> bestName = new HashMap<>();
    /** The other text {@link #dictionaryRendering} read last, and its words of two or more characters: a row's names read the same cell. */
    private @Nullable String tokenizedText;
    private List<OtherWord> otherWords = List.of();

    private NameRenderings(Language own, Language other, Map<String, List<String>> renderings, Map<String, String> written, Map<String, Double> rendered,
            Map<String, Double> renderedBest, Map<String, Double> naming, Counts counts) {
        this.renderedBest = renderedBest;
        this.counts = counts;
        this.own = own;
        this.other = other;
        this.renderings = renderings;
        this.written = written;
        this.rendered = rendered;
        this.naming = naming;
    }

    /**
     * Learns from aligned rows.
     *
     * @param names the names of one version, per row
     * @param texts the other version's cell texts, per row
     * @param own the names' language
     * @param other the other version's language
     */
    static NameRenderings learn(List<List<Mention>> names, List<String> texts, Language own, Language other) {
        Map<String, Integer> nameRows = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (int r = 0; r < texts.size(); r++) {
            for (String key : keys(names.get(r))) {
                nameRows.merge(key, 1, Integer::sum);
            }
            names.get(r).forEach(name -> written.putIfAbsent(name.surfaceKey(), name.text()));
        }
        if (nameRows.values().stream().noneMatch(rows -> rows >= MIN_ROWS)) {
            // No name stands twice: nothing to learn, and the other text need not be cut into stretches.
            return new NameRenderings(own, other, Map.of(), written, Map.of(), Map.of(), Map.of(), new Counts(Map.of(), Map.of(), nameRows, texts.size()));
        }
        Map<String, Integer> stretchRows = new HashMap<>();
        List<Set<String>> stretches = new ArrayList<>();
        for (int r = 0; r < texts.size(); r++) {
            Set<String> inRow = texts.get(r).isBlank() ? Set.of() : stretches(texts.get(r), other);
            stretches.add(inRow);
            inRow.forEach(stretch -> stretchRows.merge(stretch, 1, Integer::sum));
        }
        Map<String, Map<String, Integer>> together = new HashMap<>();
        for (int r = 0; r < texts.size(); r++) {
            for (String key : keys(names.get(r))) {
                if (nameRows.get(key) >= MIN_ROWS) {
                    Map<String, Integer> counts = together.computeIfAbsent(key, k -> new HashMap<>());
                    stretches.get(r).forEach(stretch -> counts.merge(stretch, 1, Integer::sum));
                }
            }
        }
        Map<String, List<String>> renderings = new HashMap<>();
        Map<String, Double> rendered = new HashMap<>();
        Map<String, Double> renderedBest = new HashMap<>();
        Map<String, Double> naming = new HashMap<>();
        Counts all = new Counts(together, stretchRows, nameRows, texts.size());
        together.forEach((key, counts) -> {
            List<String> best = spelledAlike(all.renderings(key, Set.of()), written.get(key), own, other);
            if (!best.isEmpty()) {
                renderings.put(key, best);
                naming.put(key, (double) counts.get(best.getFirst()) / stretchRows.get(best.getFirst()));
            }
        });
        // How often a row with the name has one of its renderings in the other version.
        for (int r = 0; r < texts.size(); r++) {
            Set<String> inRow = stretches.get(r);
            for (String key : keys(names.get(r))) {
                List<String> mine = renderings.get(key);
                if (mine != null && mine.stream().anyMatch(inRow::contains)) {
                    rendered.merge(key, 1.0 / nameRows.get(key), Double::sum);
                }
                if (mine != null && mine.subList(0, Math.min(RENDERINGS_TRIED, mine.size())).stream().anyMatch(inRow::contains)) {
                    renderedBest.merge(key, 1.0 / nameRows.get(key), Double::sum);
                }
            }
        }
        return new NameRenderings(own, other, renderings, written, rendered, renderedBest, naming, all);
    }

    /**
     * A name's renderings, or those of them that spell the name regularly where some do (Joseph
     * and yusuf, not "kepada" or "unto", the words that keep company with it in a book of
     * "unto Joseph"): a name spelt alike in the other version is rendered by that spelling.
     */
    private static List<String> spelledAlike(List<String> renderings, @Nullable String name, Language own, Language other) {
        if (name == null || renderings.size() < 2 || !own.isLatinScript() || !other.isLatinScript()) {
            return renderings;
        }
        List<String> alike = renderings.stream().filter(r -> !r.contains(" ") && NameSkeleton.sameName(own, name, other, r)).toList();
        return alike.isEmpty() ? renderings : alike;
    }

    /** How often each name and each stretch of the other version stand in a row, alone and together. */
    private record Counts(Map<String, Map<String, Integer>> together, Map<String, Integer> stretchRows, Map<String, Integer> nameRows, int rows) {

        /**
         * The renderings of a name, best first, as the rows show them without one row whose
         * other version has {@code leftOut} (empty: all rows): a row is no evidence for itself, and
         * a name replaced in it would otherwise have learned the other name's rendering there.
         */
        List<String> renderings(String key, Set<String> leftOut) {
            Map<String, Integer> counts = together.get(key);
            if (counts == null) {
                return List.of();
            }
            int less = leftOut.isEmpty() ? 0 : 1;
            int withName = nameRows.get(key) - less;
            Map<String, Double> dice = new HashMap<>();
            counts.forEach((stretch, inBoth) -> {
                int here = leftOut.contains(stretch) ? less : 0;
                int both = inBoth - here;
                int withStretch = stretchRows.get(stretch) - here;
                double d = 2.0 * both / (withName + withStretch);
                double contained = (double) both / withName;
                int without = rows - less - withName;
                double elsewhere = without > 0 ? (double) (withStretch - both) / without : 1;
                if (both >= MIN_ROWS && (d >= MIN_DICE || (both >= MIN_CONTAINED_ROWS && contained >= MIN_CONTAINED && elsewhere <= contained / 2))) {
                    dice.put(stretch, d);
                }
            });
            return dice.keySet().stream()
                    .sorted(Comparator.<String>comparingDouble(dice::get).reversed().thenComparing(Comparator.comparingInt(String::length).reversed())
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
        }
    }

    /**
     * The rendering learned for a name from enough rows to stand for the name in a row of its own
     * ({@value #MIN_TRUSTED_ROWS} or more, which one changed row cannot make); empty otherwise.
     */
    Optional<String> trusted(Mention name) {
        List<String> mine = of(name);
        if (mine.isEmpty() || counts.nameRows().getOrDefault(name.surfaceKey(), 0) < MIN_TRUSTED_ROWS) {
            return Optional.empty();
        }
        String best = mine.getFirst();
        // Another name of this version spelt the same way (Andi, in both versions) renders itself, not this name.
        boolean anotherName = written.values().stream().anyMatch(n -> !n.equalsIgnoreCase(name.text()) && n.toLowerCase(Locale.ROOT).equals(best));
        return anotherName ? Optional.empty() : Optional.of(best);
    }

    /** The renderings learned for a name, best first; empty when none was learned. */
    List<String> of(Mention name) {
        return renderings.getOrDefault(name.surfaceKey(), List.of());
    }

    /**
     * A name of this row replaced by another in the other version: a name of {@code text} that
     * the other text does not render (none of its learned renderings, its spelling or, for a text
     * in another script, its romanisation is there, and no name of the other cell shares a key with
     * it), where the other text holds a name of the document that this text does not mention (in
     * about the same place when the row has several names: a speech tag moves between languages):
     * by one of its best learned renderings or, for a name of two or more syllables, by its
     * romanisation (陈清扬 for Chen Qingyang). Empty when there is none.
     *
     * @param names the names of the row's cell in this version
     * @param text the cell's text in this version
     * @param otherText the row's cell in the other version
     * @param otherMentions the names found in the other cell
     */
    Optional<Replacement> replacement(List<Mention> names, String text, String otherText, List<Mention> otherMentions) {
        return replacement(names, text, otherText, otherMentions, found -> true);
    }

    /**
     * As {@link #replacement(List, String, String, List)}, the first replacement that {@code acceptable}
     * takes: a name's rendering that is an ordinary word standing beside it (皇帝 "emperor",
     * learned for the Empress who keeps company with him) does not hide the name whose rendering
     * it is (the Emperor).
     */
    Optional<Replacement> replacement(List<Mention> names, String text, String otherText, List<Mention> otherMentions,
            java.util.function.Predicate<Replacement> acceptable) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        String lowerOther = otherText.toLowerCase(Locale.ROOT);
        Set<String> rowKeys = keys(names);
        Romanised romanised = Romanised.of(otherText, other);
        // Everything the row's own names may be rendered as: another name's rendering inside one of them is no intruder (小宝 in 韦小宝).
        // The row's own names rendered as the other rows show them: a name replaced here would have learned the other name's rendering from this row.
        Set<String> rowStretches = counts.together().isEmpty() ? Set.of() : stretches(otherText, other);
        Map<String, List<String>> mine = new HashMap<>();
        names.forEach(name -> mine.computeIfAbsent(name.surfaceKey(), key -> spelledAlike(counts.renderings(key, rowStretches), name.text(), own, other)));
        // ... those that go with them most closely: 刘老老 keeps company with Patience, but is no rendering of hers.
        List<String> ownRenderings = mine.entrySet().stream().flatMap(e -> e.getValue().stream().filter(r -> ownsRendering(e.getKey(), r))).toList();
        Map<Mention, Double> needed = new HashMap<>();
        names.forEach(name -> needed.put(name, neededNaming(name, text)));
        // A capitalised word opening the sentence or a quotation ('Give in!') may be no name: it does not make the row one of several names.
        long placed = needed.values().stream().filter(value -> value <= 1).count();
        // The document's names this text writes shortened (Wang for Wang Miao): mentioned, not replaced.
        // A word of another full name of the row is no such mention: Shan of Shan Tingxiu does not mention Shan Bianlang.
        StringBuilder blanked = new StringBuilder(text);
        for (Mention name : names) {
            if (name.text().contains(" ")) {
                for (int at = name.start(); at < name.end(); at++) {
                    blanked.setCharAt(at, ' ');
                }
            }
        }
        String bare = blanked.toString();
        Set<String> shortened = new HashSet<>();
        written.forEach((key, otherName) -> {
            if (partIn(otherName, bare)) {
                shortened.add(key);
            }
        });
        for (Mention name : names) {
            List<String> its = mine.get(name.surfaceKey());
            if (its.stream().filter(r -> ownsRendering(name.surfaceKey(), r)).anyMatch(lowerOther::contains) || lowerOther.contains(name.text().toLowerCase(Locale.ROOT))
                    || romanised.find(name.surfaceKey(), 1) >= 0 || otherMentions.stream().anyMatch(name::sharesKeyWith)
                    || otherMentions.stream().anyMatch(o -> NameSkeleton.sameName(own, name.text(), other, o.text()))) {
                continue;
            }
            double neededNaming = needed.get(name);
            if (neededNaming > 1 || dictionaryRendering(name.text(), otherText).isPresent()) {
                continue; // opening a sentence, or rendered by translation (Charter, 宪章)
            }
            double place = (double) name.start() / Math.max(1, text.length());
            // A speaker named in the speech tags of both versions is named there, not left as "he": a looser partner will do.
            boolean speechTag = Boolean.FALSE.equals(quoted(text, name.start()));
            for (Map.Entry<String, String> entry : written.entrySet()) {
                String key = entry.getKey();
                String otherName = entry.getValue();
                List<String> theirs = renderings.getOrDefault(key, List.of());
                if (rowKeys.contains(key) || lowerText.contains(otherName.toLowerCase(Locale.ROOT)) || sharesWord(name.text(), otherName)
                        || shortened.contains(key) || sameEntity(name.surfaceKey(), its, key, theirs)) {
                    continue;
                }
                int at = -1;
                int length = 0;
                double partnerNaming = naming.getOrDefault(key, 0.0);
                boolean loose = partnerNaming < neededNaming;
                if (!theirs.isEmpty() && (!loose || (speechTag && partnerNaming >= MIN_NAMING_TELLING))) {
                    // The best renderings (a name of ordinary words has several: State = 国家, 各国).
                    for (String rendering : theirs.subList(0, Math.min(RENDERINGS_TRIED, theirs.size()))) {
                        int found = wordAt(lowerOther, rendering);
                        if (loose && found >= 0 && !Boolean.FALSE.equals(quoted(otherText, found))) {
                            continue;
                        }
                        // Not when this text writes the rendering too: "Li" for Li Lei is in both versions.
                        if (found >= 0 && ownRenderings.stream().noneMatch(r -> r.contains(rendering)) && wordAt(lowerText, rendering) < 0) {
                            at = found;
                            length = rendering.length();
                            break;
                        }
                    }
                }
                boolean severalWords = otherName.contains(" ");
                if (at < 0 && !loose && !severalWords && !theirs.isEmpty()) {
                    // A name of one ordinary word is rendered by translation, in any of the dictionary's ways: State = 各国, 国家.
                    Optional<Stretch> found = dictionaryRendering(otherName, otherText);
                    if (found.isPresent()) {
                        at = found.get().start();
                        length = found.get().length();
                    }
                }
                if (at < 0 && (severalWords || otherName.length() >= MIN_ROMANISED_WORD) && neededNaming <= MIN_NAMING_TELLING) {
                    int found = romanised.find(key);
                    // 陈清扬 for Chen Qingyang, when it starts with a surname or is three syllables long (单扁郎 for Shan Bianlang,
                    // 单 a rarer surname): 王家连过宗 has no Jia Lian in it;
                    // a long word of two or more syllables (北京 for Beijing, 清平 for Qingping) says enough alone,
                    // unless the other version writes it far more often than this one the name: 背景 "background" is no Beijing.
                    if (found >= 0 && (severalWords ? other.isSurname(otherText.codePointAt(found)) || romanised.matchedLength() >= MIN_CHANCE_FREE_SYLLABLES
                            : counts.stretchRows().getOrDefault(otherText.substring(found, found + romanised.matchedLength()), 0)
                                    <= 2 * counts.nameRows().getOrDefault(key, 0) + 1)) {
                        at = found;
                        length = romanised.matchedLength();
                    }
                }
                if (at < 0 && !severalWords && neededNaming <= MIN_NAMING_TELLING) {
                    // A one-syllable surname with the word for its family (王家 for the Wang clan, 周家 for the Zhous).
                    at = romanised.family(key, other);
                    length = at < 0 ? 0 : 1;
                }
                if (at >= 0 && (placed <= 1 || Math.abs((double) at / Math.max(1, otherText.length()) - place) <= MAX_SHIFT)
                        && sameSideOfQuotes(text, name.start(), otherText, at)) {
                    Replacement found = new Replacement(name, otherText.substring(at, at + length), at, otherName);
                    if (acceptable.test(found)) {
                        return Optional.of(found);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A name of this row that the other version does not render, where the other version has a
     * foreign name transliterated instead that no name of this row accounts for: Oxford where the
     * Chinese has 斯坦福, which the dictionary translates as "Stanford" and which sounds like it
     * ({@link NameSkeleton#soundsLike}). Needs no other row to learn from, so it holds in a text of
     * a few sentences. The name stands mid-sentence and has none of its learned renderings, its
     * spelling, its romanisation, its dictionary translation or a transliteration that sounds like
     * it or one of its words in the other text. The transliteration counts by the dictionary's
     * first translation of it only, which must be no ordinary word (one this version writes in
     * lower case, {@code lowerCase}, or a headword of a dictionary from its language: 弥撒 "mass" is
     * a loanword, no name), not the word's own romanisation (三门 "Sanmen", a Chinese name found by its pinyin), and
     * neither in this text nor sounding like one of its names. Where no dictionary translates into
     * this version's language, one into another Latin-script language serves (Indonesian against
     * Chinese: through the Chinese–English dictionary, as Stanford is Stanford in Indonesian too).
     * Empty when there is none.
     */
    Optional<Replacement> transliterated(List<Mention> names, String text, String otherText, List<Mention> otherMentions, Set<String> lowerCase) {
        Language glossLanguage = glossLanguage();
        Optional<BilingualDictionary> dictionary = BilingualDictionary.bundled(other.code(), glossLanguage.code());
        if (names.isEmpty() || other.isLatinScript() || other.romanisation().isEmpty() || dictionary.isEmpty()) {
            return Optional.empty();
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        String lowerOther = otherText.toLowerCase(Locale.ROOT);
        Romanised romanised = Romanised.of(otherText, other);
        // The renderings the other rows teach: a name replaced here would have learned a rendering from this very row.
        Set<String> rowStretches = counts.together().isEmpty() ? Set.of() : stretches(otherText, other);
        List<Mention> unrendered = new ArrayList<>();
        for (Mention name : names) {
            if (name.kind() != MentionKind.NAME || neededNaming(name, text) > 1 || lowerOther.contains(name.text().toLowerCase(Locale.ROOT))
                    || counts.renderings(name.surfaceKey(), rowStretches).stream().anyMatch(r -> wordAt(lowerOther, r) >= 0)
                    || romanised.find(name.surfaceKey(), 1) >= 0
                    || otherMentions.stream().anyMatch(name::sharesKeyWith) || dictionaryRendering(name.text(), otherText).isPresent()
                    || java.util.Arrays.stream(name.text().split("\\s+")).anyMatch(word -> romanised.soundsLike(word, other.stopWords()))) {
                continue; // Donald Trump: 特朗普 transliterates one of its words
            }
            unrendered.add(name);
        }
        if (unrendered.isEmpty()) {
            return Optional.empty();
        }
        TranslationLexicon lexicon = TranslationLexicon.between(glossLanguage.code(), other.code());
        int from = 0;
        for (Token token : tokenizers.computeIfAbsent(other.code(), SentenceTokenizer::new).tokenize(otherText, lexicon::knows)) {
            int at = otherText.indexOf(token.text(), from);
            if (at < 0) {
                continue;
            }
            from = at + token.text().length();
            List<String> translations = token.text().codePointCount(0, token.text().length()) < 2 ? List.of()
                    : dictionary.get().entries().getOrDefault(token.text(), List.of());
            if (translations.isEmpty()) {
                continue;
            }
            // The first translation only: a word whose tenth sense happens to sound like it (长短, "accident") is no transliteration.
            String gloss = translations.getFirst();
            String sound = NameKeys.romanise(other, token.text()).replaceAll("[^a-z]", "");
            if (gloss.length() < 3 || !gloss.chars().allMatch(Character::isLetter) || gloss.equals(sound) || lowerCase.contains(gloss)
                    || CommonWords.isOrdinary(gloss, glossLanguage.code()) && !CommonWords.isPlaceName(gloss, glossLanguage.code())
                    || wholeWordAt(lowerText, gloss) >= 0 || !NameSkeleton.soundsLike(gloss, sound)
                    || names.stream().anyMatch(name -> NameSkeleton.soundsLike(name.text(), sound) || NameSkeleton.sameName(glossLanguage, gloss, own, name.text()))) {
                continue; // 三门 "Sanmen" is a Chinese name, met by its romanisation; 弥撒 "mass" a loanword; 智利 "Chile" a country, whatever else the word is
            }
            String renderedName = Character.toUpperCase(gloss.charAt(0)) + gloss.substring(1);
            return Optional.of(new Replacement(unrendered.getFirst(), token.text(), at, renderedName, true));
        }
        return Optional.empty();
    }

    /**
     * The language the other version's dictionary should translate into for this version's names:
     * this one or, when no dictionary does and this one is written in Latin letters, another such
     * language (a foreign name is spelt alike in them: Stanford in Indonesian too).
     */
    private Language glossLanguage() {
        if (BilingualDictionary.bundled(other.code(), own.code()).isPresent() || !own.isLatinScript()) {
            return own;
        }
        return other.dictionaryTargets().stream().sorted().map(Languages::of).filter(Language::isLatinScript).findFirst().orElse(own);
    }

    /** A stretch of the other text: where it starts and how long it is. */
    private record Stretch(int start, int length) {
    }

    /** A word of the other text, with its sound (romanised, letters only) and, where the dictionary translates from it, its meanings. */
    private record OtherWord(Token token, String sound, List<String> meanings) {
    }

    /**
     * The first word of two or more characters in the other text that the dictionary gives as a
     * translation of a word of the name (国家 for State, 宪章 for Piagam), not merely its sound (王
     * for Wang); empty when there is none.
     */
    private Optional<Stretch> dictionaryRendering(String name, String otherText) {
        TranslationLexicon lexicon = TranslationLexicon.between(own.code(), other.code());
        boolean ownTranslates = lexicon.translatingLanguage().equals(own.code());
        if (!otherText.equals(tokenizedText)) {
            tokenizedText = otherText;
            otherWords = tokenizers.computeIfAbsent(other.code(), SentenceTokenizer::new).tokenize(otherText, lexicon::knows).stream()
                    .filter(token -> token.content() && token.text().codePointCount(0, token.text().length()) >= 2)
                    .map(token -> new OtherWord(token,
                            other.romanisation().isEmpty() ? "" : dev.alinea.lexicon.NameKeys.romanise(other, token.key()).replaceAll("[^a-z]", ""),
                            ownTranslates ? List.of() : lexicon.translations(token.key())))
                    .toList();
        }
        if (otherWords.isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = tokenizers.computeIfAbsent(own.code(), SentenceTokenizer::new).tokenize(name).stream().filter(Token::content)
                .map(Token::key).toList();
        String sound = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (OtherWord word : otherWords) {
            boolean translates = keys.stream().anyMatch(key -> ownTranslates ? lexicon.translations(key).contains(word.token().key())
                    : word.meanings().contains(key));
            if (translates && (word.sound().isEmpty() || !sound.contains(word.sound()))) {
                return Optional.of(new Stretch(otherText.indexOf(word.token().text()), word.token().text().length()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether two names share a rendering that shows them to be one (Li and Li Lei, both 李磊): the
     * best rendering of both, or the best of one that goes with the other most closely. A rendering
     * each has only as the other's companion (老老 for Patience, 平儿 for Grannie Liu, who meet in
     * many rows) says nothing.
     */
    private boolean sameEntity(String key, List<String> its, String otherKey, List<String> theirs) {
        for (String rendering : its) {
            if (!theirs.contains(rendering)) {
                continue;
            }
            boolean itsBest = rendering.equals(its.getFirst());
            boolean theirBest = rendering.equals(theirs.getFirst());
            if ((itsBest && theirBest) || (itsBest && ownsRendering(otherKey, rendering)) || (theirBest && ownsRendering(key, rendering))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a stretch learned as a rendering of a name goes with no other name of the document
     * more closely (by Dice's coefficient over all rows): 老老 ("granny") keeps company with Patience
     * in a chapter where she meets Grannie Liu, but it renders Grannie Liu, and does not show that
     * Patience is named where it stands.
     */
    private boolean ownsRendering(String key, String stretch) {
        return key.equals(bestName.computeIfAbsent(stretch, s -> {
            String best = key;
            double bestDice = -1;
            for (Map.Entry<String, Map<String, Integer>> entry : counts.together().entrySet()) {
                Integer both = entry.getValue().get(s);
                if (both == null) {
                    continue;
                }
                double dice = 2.0 * both / (counts.nameRows().get(entry.getKey()) + counts.stretchRows().get(s));
                if (dice > bestDice) {
                    bestDice = dice;
                    best = entry.getKey();
                }
            }
            return best;
        }));
    }

    /** Whether a rendering is the whole name romanised (陈清扬 for Chen Qingyang): a rendering only keeping company with the name (宝玉 for Aroma) is not. */
    private boolean romanises(String rendering, String key) {
        Romanised romanised = Romanised.of(rendering, other);
        return romanised.find(key, 1) == 0 && romanised.matchedLength() == rendering.length();
    }

    /**
     * A name of this row the other version renders in nearly all its other rows (Declaration = 宣言
     * in every other row that names it) and not in this one: none of its renderings, its spelling,
     * its romanisation or a name sharing a key with it is in the other cell. The usual rendering must
     * be the name itself, romanised, or its translation in the dictionary: what the rows alone pair
     * with a name may be a companion of it (宝玉 for Aroma, who serves him). Names opening a sentence
     * are left out (a capitalised word there may be none). Empty when every name is rendered.
     *
     * @param names the names of the row's cell in this version
     * @param text the cell's text in this version
     * @param otherText the row's cell in the other version
     * @param otherMentions the names found in the other cell
     * @param dictionary whether the dictionary gives a stretch of the other version as a translation of the name
     */
    Optional<Unrendered> unrendered(List<Mention> names, String text, String otherText, List<Mention> otherMentions,
            java.util.function.BiPredicate<Mention, String> dictionary) {
        if (names.isEmpty() || counts.together().isEmpty()) {
            return Optional.empty();
        }
        String lowerOther = otherText.toLowerCase(Locale.ROOT);
        Romanised romanised = Romanised.of(otherText, other);
        Set<String> rowStretches = stretches(otherText, other);
        for (Mention name : names) {
            String key = name.surfaceKey();
            int rows = counts.nameRows().getOrDefault(key, 0) - 1;
            Double share = renderedBest.get(key);
            if (rows < MIN_ABSENT_ROWS || share == null || neededNaming(name, text) > 1) {
                continue;
            }
            List<String> its = counts.renderings(key, rowStretches);
            its = its.subList(0, Math.min(RENDERINGS_TRIED, its.size()));
            if (its.isEmpty() || its.stream().anyMatch(r -> wordAt(lowerOther, r) >= 0) || lowerOther.contains(name.text().toLowerCase(Locale.ROOT))
                    || romanised.find(key, 1) >= 0 || otherMentions.stream().anyMatch(name::sharesKeyWith)) {
                continue;
            }
            // The share was counted over all the name's rows, this one (rendered or not) among them.
            double elsewhere = share * (rows + 1) / rows;
            String usual = its.getFirst();
            if (elsewhere >= MIN_ABSENT_RELIABILITY && (romanises(usual, key) || dictionary.test(name, usual))) {
                return Optional.of(new Unrendered(name, usual));
            }
        }
        return Optional.empty();
    }

    /** A name the other version leaves without its usual rendering. */
    record Unrendered(Mention name, String usual) {
    }

    /**
     * How reliably another name's rendering in the other version must go with that name for it to
     * show that this name replaced it; above 1 when this name's absence says nothing: it opens a
     * sentence or a quotation (a capitalised word there may be none). A name the other version
     * renders reliably where it stands, or with no rendering learned that is a name written in
     * pinyin or no ordinary word, is telling; an ordinary title-cased word or a name the other
     * version renders only now and then (the Emperor, often "he") needs a more reliable partner.
     */
    private double neededNaming(Mention name, String text) {
        String first = name.text().split("[\\s'’]")[0].toLowerCase(Locale.ROOT);
        if (Languages.opens(text, name.start()) || own.stopWords().contains(first)) {
            return Double.POSITIVE_INFINITY; // a capitalised word opening a sentence, I, I'm
        }
        Double share = rendered.get(name.surfaceKey());
        boolean telling = share != null ? share >= MIN_RELIABILITY
                : !renderings.containsKey(name.surfaceKey()) && !CommonWords.isCommonPhrase(name, own.code());
        return telling ? MIN_NAMING_TELLING : MIN_NAMING_LOOSE;
    }

    /**
     * Whether a name and the rendering found in its place are both in quoted speech or both outside
     * it, when both cells quote: a name said in a quotation ('I'm with Hai Goong-goong.') does not
     * take the place of the speaker the other version names in its speech tag (韦小宝道：“我跟海老公。”).
     */
    static boolean sameSideOfQuotes(String text, int at, String otherText, int otherAt) {
        Boolean quoted = quoted(text, at);
        Boolean otherQuoted = quoted(otherText, otherAt);
        return quoted == null || otherQuoted == null || quoted.equals(otherQuoted);
    }

    /**
     * Whether an offset stands within quotation marks; null when the text has none. A straight or
     * curly single quote between two letters is an apostrophe (I'm, Trinket's).
     */
    private static @org.jspecify.annotations.Nullable Boolean quoted(String text, int at) {
        boolean inside = false;
        boolean any = false;
        for (int i = 0; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            if ((OPENING_QUOTES.indexOf(c) >= 0 || CLOSING_QUOTES.indexOf(c) >= 0) && !apostrophe(text, i)) {
                any = true;
                if (OPENING_QUOTES.indexOf(c) >= 0 && CLOSING_QUOTES.indexOf(c) < 0) {
                    inside = true;
                } else if (CLOSING_QUOTES.indexOf(c) >= 0 && OPENING_QUOTES.indexOf(c) < 0) {
                    inside = false;
                } else {
                    inside = !inside; // a straight quote opens and closes alike
                }
            }
        }
        if (!any) {
            // No quote before: the first one after tells (a closing one ends a quotation begun in an earlier row).
            for (int i = at; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean opening = OPENING_QUOTES.indexOf(c) >= 0;
                boolean closing = CLOSING_QUOTES.indexOf(c) >= 0;
                if ((opening || closing) && !apostrophe(text, i)) {
                    return opening && closing ? null : closing;
                }
            }
            return null;
        }
        return inside;
    }

    /** Whether the quote at i stands between two letters: an apostrophe (I'm, Trinket's). */
    private static boolean apostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }

    /**
     * Where a rendering stands in the other text, or -1: in a language written with spaces, as whole
     * words ("li" is not the Li in "kali"); otherwise anywhere.
     */
    private int wordAt(String lowerOther, String rendering) {
        return other.isSpaceDelimited() ? wholeWordAt(lowerOther, rendering) : lowerOther.indexOf(rendering);
    }

    /** Where a word stands in a text as a whole word (no letter just before or after it), or -1. */
    private static int wholeWordAt(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    /** Whether the text writes a word of a name of several words on its own, capitalised: Wang for Wang Miao, Ye for Ye Wenjie. */
    private boolean partIn(String name, String text) {
        String[] words = name.split("[\\s'’]+");
        if (words.length < 2) {
            return false;
        }
        return java.util.Arrays.stream(words).anyMatch(word -> word.length() >= 2 && Character.isUpperCase(word.codePointAt(0))
                && !own.stopWords().contains(word.toLowerCase(Locale.ROOT)) && wholeWordAt(text, word) >= 0);
    }

    /** Whether two names have a word in common (Northeast Gaomi, Northeast Gaomi Township): parts of one entity, not two. */
    private static boolean sharesWord(String first, String second) {
        Set<String> words = new HashSet<>(List.of(first.toLowerCase(Locale.ROOT).split("[\\s'’-]+")));
        return java.util.Arrays.stream(second.toLowerCase(Locale.ROOT).split("[\\s'’-]+")).anyMatch(words::contains);
    }

    /** A text in a script that is not Latin, romanised character by character (王二 = wang er), to find names by their romanisation. */
    private static final class Romanised {

        private static final Romanised NONE = new Romanised("", List.of());
        private static final Map<String, String> SYLLABLES = new java.util.concurrent.ConcurrentHashMap<>();

        private final String text;
        private final List<String> syllables;
        private int matched;

        private Romanised(String text, List<String> syllables) {
            this.text = text;
            this.syllables = syllables;
        }

        static Romanised of(String text, Language language) {
            if (language.isLatinScript() || language.romanisation().isEmpty()) {
                return NONE;
            }
            List<String> syllables = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                String c = text.substring(i, i + 1);
                syllables.add(Character.isLetter(c.charAt(0))
                        ? SYLLABLES.computeIfAbsent(language.code() + c, k -> dev.alinea.lexicon.NameKeys.romanise(language, c).replaceAll("[^a-z]", ""))
                        : "");
            }
            return new Romanised(text, syllables);
        }

        /** Where a surname that romanises to exactly the key stands before a word for its family ({@link Language#familyWords}), or -1. */
        int family(String key, Language language) {
            for (int i = 0; i + 1 < syllables.size(); i++) {
                int at = i;
                if (syllables.get(i).equals(key) && language.isSurname(text.codePointAt(i))
                        && language.familyWords().stream().anyMatch(word -> text.startsWith(word, at + 1))) {
                    return i;
                }
            }
            return -1;
        }

        /** Where two or more characters in a row romanise to exactly the key, or -1. */
        int find(String key) {
            return find(key, 2);
        }

        /** Where {@code least} or more characters in a row romanise to exactly the key, or -1. */
        int find(String key, int least) {
            for (int i = 0; i < syllables.size(); i++) {
                StringBuilder joined = new StringBuilder();
                for (int j = i; j < syllables.size() && !syllables.get(j).isEmpty() && key.startsWith(joined + syllables.get(j)); j++) {
                    joined.append(syllables.get(j));
                    if (joined.length() == key.length() && j - i + 1 >= least) {
                        matched = j - i + 1;
                        return i;
                    }
                }
            }
            return -1;
        }

        /**
         * Whether a run of two to six characters, none of them a function word of the language (的,
         * 在), romanises to what sounds like the name (斯坦福 for Stanford; see {@link NameSkeleton#soundsLike}).
         */
        boolean soundsLike(String name, Set<String> stopWords) {
            for (int i = 0; i < syllables.size(); i++) {
                StringBuilder joined = new StringBuilder();
                for (int j = i; j < Math.min(syllables.size(), i + 6) && !syllables.get(j).isEmpty() && !stopWords.contains(text.substring(j, j + 1)); j++) {
                    joined.append(syllables.get(j));
                    if (j > i && NameSkeleton.soundsLike(name, joined.toString())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The number of characters the last {@link #find} matched. */
        int matchedLength() {
            return matched;
        }
    }

    private static Set<String> keys(List<Mention> names) {
        Set<String> keys = new HashSet<>();
        names.forEach(name -> keys.add(name.surfaceKey()));
        return keys;
    }

    /**
     * The stretches of a text a name may be rendered as: in languages written with spaces, its
     * words and pairs of words that are no function words (lower case); otherwise every run of two to
     * {@value #MAX_CHARACTERS} letters that neither starts nor ends with a function word.
     */
    static Set<String> stretches(String text, Language language) {
        Set<String> stretches = new HashSet<>();
        Set<String> stop = language.stopWords();
        if (language.isSpaceDelimited()) {
            List<String> words = new ArrayList<>();
            Matcher word = LATIN_WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (word.find()) {
                words.add(word.group());
            }
            for (int i = 0; i < words.size(); i++) {
                if (stop.contains(words.get(i)) || words.get(i).length() < 2) {
                    continue;
                }
                stretches.add(words.get(i));
                if (i + 1 < words.size() && !stop.contains(words.get(i + 1))) {
                    stretches.add(words.get(i) + " " + words.get(i + 1));
                }
            }
            return stretches;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLetter(text.charAt(i)) || stop.contains(String.valueOf(text.charAt(i)))) {
                continue;
            }
            for (int n = 2; n <= MAX_CHARACTERS && i + n <= text.length(); n++) {
                char last = text.charAt(i + n - 1);
                if (!Character.isLetter(last)) {
                    break;
                }
                if (!stop.contains(String.valueOf(last))) {
                    stretches.add(text.substring(i, i + n).toLowerCase(Locale.ROOT));
                }
            }
        }
        return stretches;
    }
}
