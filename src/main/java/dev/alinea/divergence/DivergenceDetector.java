package dev.alinea.divergence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.alinea.language.Language;
import dev.alinea.language.Languages;
import dev.alinea.language.NameSkeleton;
import dev.alinea.language.NameStyle;
import dev.alinea.language.Unit;
import dev.alinea.lexicon.SentenceTokenizer;
import dev.alinea.lexicon.Token;
import dev.alinea.lexicon.TranslationLexicon;

/**
 * Finds where the versions of an aligned project differ, row by row, and builds the name list.
 * Within a row, each pair of versions that are translations of each other is compared: a name of
 * one is matched in the other by its spelling, its pinyin syllables in either order, or the
 * dictionary translation of its words; names left over on both sides are paired in order as
 * different renderings, the rest reported missing. Numbers are compared by value. Across rows,
 * mentions with the same spelling or the same pinyin join into one entity, which is how
 * "Andrew Ng" (paired with "Wu Enda" in a row) and 吴恩达 (who is "Wu Enda" in pinyin) become one entry.
 */
public final class DivergenceDetector {

    /** A counterpart shorter than this share, or longer than its inverse, of the expected length is an outlier. */
    private static final double LENGTH_OUTLIER_FACTOR = 0.45;
    /** ... or shorter than this share when it stops mid-sentence and the other cell ends a sentence. */
    private static final double UNFINISHED_OUTLIER_FACTOR = 0.7;
    private static final int MIN_OUTLIER_LENGTH = 40;
    /** The capitalised word that opens a text, if one does. */
    private static final java.util.regex.Pattern OPENING_WORD = java.util.regex.Pattern.compile("^\\P{L}*(\\p{Lu}\\p{L}*)");
    /** The divergences about names: a row with one of them needs no search for a name replaced. */
    private static final Set<DivergenceType> NAME_TYPES = java.util.EnumSet.of(DivergenceType.NAME_RENDERING, DivergenceType.NAME_ORDER,
            DivergenceType.NAME_MISSING);
    /** A neighbouring row that has this share of the missing characters in excess holds the missing content. */
    private static final double NEIGHBOUR_SHARE = 0.8;
    /** ... and is itself this many times longer than expected: an ordinary row does not hide a sentence. */
    private static final double NEIGHBOUR_STRETCH = 1.5;

    /**
     * @param languages each document's language, in project order
     * @param translations for each document, whether it is a translation of the pivot (comparable
     *        and unrelated texts are not compared sentence by sentence)
     * @param rows each row's cell texts, one per document ("" for an empty cell)
     */
    public DivergenceReport detect(List<String> languages, List<Boolean> translations, List<List<String>> rows) {
        return detect(languages, translations, rows, List.of());
    }

    /**
     * As {@link #detect(List, List, List)}, with the reviewer's name list: confirmed entries make
     * their renderings match in every language, rejected ones are not reported as renderings.
     *
     * @param nameList entries keyed by language tag, as the project's documents name them
     */
    public DivergenceReport detect(List<String> languages, List<Boolean> translations, List<List<String>> rows, List<NameEntry> nameList) {
        KnownNames known = new KnownNames(nameList);
        Map<String, SentenceTokenizer> tokenizers = new HashMap<>();
        int docs = languages.size();
        List<MentionFinder> finders = new ArrayList<>();
        List<Set<String>> lowerCase = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            int document = d;
            List<String> texts = rows.stream().map(row -> row.get(document)).toList();
            lowerCase.add(MentionFinder.writtenLowerCase(texts));
            finders.add(new MentionFinder(languages.get(d), MentionFinder.onlyOpens(texts), MentionFinder.numeralNames(texts, languages.get(d))));
        }
        List<List<List<Mention>>> mentions = new ArrayList<>();
        for (List<String> row : rows) {
            List<List<Mention>> cells = new ArrayList<>();
            for (int d = 0; d < docs; d++) {
                cells.add(known.annotate(finders.get(d).find(row.get(d)), row.get(d), languages.get(d)));
            }
            mentions.add(cells);
        }
        Entities entities = new Entities();
        List<Divergence> divergences = new ArrayList<>();
        double[][] ratios = medianLengthRatios(docs, translations, rows);
        NameRenderings[][] renderings = learnRenderings(languages, translations, rows, mentions);
        ContentCoverage[][] coverage = coverage(languages, translations, rows, ratios, tokenizers);
        for (int r = 0; r < rows.size(); r++) {
            int rowStart = divergences.size();
            for (int a = 0; a < docs; a++) {
                for (int b = a + 1; b < docs; b++) {
                    if (!translations.get(a) || !translations.get(b)) {
                        continue;
                    }
                    String textA = rows.get(r).get(a);
                    String textB = rows.get(r).get(b);
                    if (textA.isBlank() || textB.isBlank()) {
                        omission(rows, r, a, b, languages, ratios[a][b]).ifPresent(divergences::add);
                        continue;
                    }
                    int before = divergences.size();
                    new RowPair(r, a, b, languages, textA, textB, mentions.get(r).get(a), mentions.get(r).get(b), entities, known, tokenizers, renderings)
                            .compare(divergences);
                    if (divergences.subList(before, divergences.size()).stream().noneMatch(d -> NAME_TYPES.contains(d.type()))) {
                        List<List<Mention>> cells = mentions.get(r);
                        java.util.Optional<Divergence> replaced = replacedName(r, a, b, languages, textA, textB, cells, renderings, tokenizers, lowerCase);
                        (replaced.isPresent() ? replaced : unrenderedName(r, a, b, languages, textA, textB, cells, renderings, tokenizers)).ifPresent(divergences::add);
                    }
                    lengthOutlier(rows, r, a, b, languages, ratios[a][b], coverage[a][b]).ifPresent(divergences::add);
                }
            }
            List<Divergence> rowFlags = divergences.subList(rowStart, divergences.size());
            List<Divergence> joined = OneFlagPerFact.join(List.copyOf(rowFlags), compared(rows.get(r), translations), languages);
            rowFlags.clear();
            divergences.addAll(joined);
        }
        // Latin-script mentions first: candidates in other scripts only join keys those have brought.
        for (boolean otherScriptPass : new boolean[] {false, true}) {
            for (int r = 0; r < rows.size(); r++) {
                for (int d = 0; d < docs; d++) {
                    boolean otherScript = !Languages.of(languages.get(d)).isLatinScript();
                    if (otherScript != otherScriptPass) {
                        continue;
                    }
                    for (Mention mention : mentions.get(r).get(d)) {
                        if (!mention.isNumber()) {
                            entities.add(new Entities.Occurrence(r, d, mention), otherScript);
                        }
                    }
                }
            }
        }
        divergences.addAll(entities.inconsistencies(languages));
        divergences.sort(Comparator.comparingInt(Divergence::row));
        return new DivergenceReport(divergences, new NameSuggestions(languages, rows).keep(entities.nameList()));
    }

    /**
     * What the names of each version are rendered as in each other version, learned from the rows
     * (see {@link NameRenderings}); null where a version finds no names of its own (Chinese names
     * are found through the other versions' names) or the pair is not compared.
     */
    private static NameRenderings[][] learnRenderings(List<String> languages, List<Boolean> translations, List<List<String>> rows,
            List<List<List<Mention>>> mentions) {
        int docs = languages.size();
        NameRenderings[][] renderings = new NameRenderings[docs][docs];
        for (int a = 0; a < docs; a++) {
            for (int b = 0; b < docs; b++) {
                if (a == b || !translations.get(a) || !translations.get(b) || Languages.of(languages.get(a)).nameStyle() != NameStyle.CAPITALISED) {
                    continue;
                }
                int from = a;
                int to = b;
                renderings[a][b] = NameRenderings.learn(mentions.stream().map(cells -> names(cells.get(from))).toList(),
                        rows.stream().map(row -> row.get(to)).toList(), Languages.of(languages.get(a)), Languages.of(languages.get(b)));
            }
        }
        return renderings;
    }

    private static List<Mention> names(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.kind() == MentionKind.NAME || m.kind() == MentionKind.ACRONYM).toList();
    }

    /**
     * For each pair of translations whose rows are many enough to tell what is usual, how much of
     * each cell the other renders (see {@link ContentCoverage}); null for the other pairs.
     */
    private static ContentCoverage[][] coverage(List<String> languages, List<Boolean> translations, List<List<String>> rows, double[][] ratios,
            Map<String, SentenceTokenizer> tokenizers) {
        int docs = languages.size();
        ContentCoverage[][] coverage = new ContentCoverage[docs][docs];
        for (int a = 0; a < docs; a++) {
            for (int b = a + 1; b < docs; b++) {
                if (!translations.get(a) || !translations.get(b)) {
                    continue;
                }
                int first = a;
                int second = b;
                long paired = rows.stream().filter(row -> !row.get(first).isBlank() && !row.get(second).isBlank()).count();
                if (paired < ContentCoverage.MIN_ROWS || ratios[a][b] <= 0) {
                    continue;
                }
                ContentCoverage pair = new ContentCoverage(languages.get(a), languages.get(b), rows.stream().map(row -> row.get(first)).toList(),
                        rows.stream().map(row -> row.get(second)).toList(), ratios[a][b], tokenizers);
                coverage[a][b] = pair.measurable() ? pair : null;
            }
        }
        return coverage;
    }

    /** A name of one version whose place the other version gives to another name of the text (see {@link NameRenderings#replacement}). */
    private static java.util.Optional<Divergence> replacedName(int r, int a, int b, List<String> languages, String textA, String textB,
            List<List<Mention>> cells, NameRenderings[][] renderings, Map<String, SentenceTokenizer> tokenizers, List<Set<String>> lowerCase) {
        for (int[] pair : new int[][] {{a, b}, {b, a}}) {
            NameRenderings learned = renderings[pair[0]][pair[1]];
            String text = pair[0] == a ? textA : textB;
            String other = pair[0] == a ? textB : textA;
            if (learned == null) {
                continue;
            }
            List<Mention> otherNames = cells.get(pair[1]).stream().filter(m -> !m.isNumber()).toList();
            // A common word beside the name (太太 "madam" beside Ladyship) shows no name replaced; a transliteration
            // (always through the dictionary) is none.
            String otherLanguage = languages.get(pair[1]);
            String ownLanguage = languages.get(pair[0]);
            var replacement = learned.replacement(names(cells.get(pair[0])), text, other, otherNames,
                    found -> found.byDictionary() || !commonWord(found.rendering(), found.renderedName(), otherLanguage, ownLanguage, tokenizers));
            if (replacement.isEmpty()) {
                replacement = learned.transliterated(names(cells.get(pair[0])), text, other, otherNames, lowerCase.get(pair[0]));
            }
            if (replacement.isPresent()) {
                NameRenderings.Replacement found = replacement.get();
                String has = name(languages.get(pair[0]));
                String lacks = name(languages.get(pair[1]));
                String where = found.byDictionary() ? String.format("\"%s\" (%s)", found.rendering(), found.renderedName())
                        : String.format("\"%s\", which renders \"%s\" elsewhere in the text", found.rendering(), found.renderedName());
                return java.util.Optional.of(new Divergence(DivergenceType.NAME_RENDERING, r,
                        List.of(new Span(pair[0], found.name().start(), found.name().end(), found.name().text()),
                                new Span(pair[1], found.renderingStart(), found.renderingStart() + found.rendering().length(), found.rendering())),
                        String.format("The %s names \"%s\" where the %s has %s: a name replaced?", has, found.name().text(), lacks, where)));
            }
        }
        return java.util.Optional.empty();
    }

    /** A name of one version the other leaves without the rendering it has in nearly every other row (see {@link NameRenderings#unrendered}). */
    private static java.util.Optional<Divergence> unrenderedName(int r, int a, int b, List<String> languages, String textA, String textB,
            List<List<Mention>> cells, NameRenderings[][] renderings, Map<String, SentenceTokenizer> tokenizers) {
        for (int[] pair : new int[][] {{a, b}, {b, a}}) {
            NameRenderings learned = renderings[pair[0]][pair[1]];
            if (learned == null) {
                continue;
            }
            String text = pair[0] == a ? textA : textB;
            String other = pair[0] == a ? textB : textA;
            String own = languages.get(pair[0]);
            String theirs = languages.get(pair[1]);
            var unrendered = learned.unrendered(names(cells.get(pair[0])), text, other, cells.get(pair[1]).stream().filter(m -> !m.isNumber()).toList(),
                    (name, rendering) -> inDictionary(name.text(), own, rendering, theirs, tokenizers));
            if (unrendered.isPresent()) {
                Mention name = unrendered.get().name();
                return java.util.Optional.of(new Divergence(DivergenceType.NAME_MISSING, r, List.of(new Span(pair[0], name.start(), name.end(), name.text())),
                        String.format("The %s names \"%s\"; the %s does not have \"%s\", its rendering in the other rows: another name, or one left out?",
                                name(languages.get(pair[0])), name.text(), name(languages.get(pair[1])), unrendered.get().usual())));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether a rendering learned for a name, in a language that does not capitalise names, is a
     * common word that only stood beside the name: one word the dictionary knows, neither the name's
     * sound (宝玉 for Bao-yu, 公公 for Goong-goong, 北京 "Beijing" for Peking) nor one of its dictionary translations (皇上
     * "majesty" for His Majesty). 太太 "madam" learned for Ladyship, 书房 "study" for Upper Library:
     * another name where such a word stands is no name replaced.
     */
    static boolean commonWord(String rendering, String renderedName, String language, String nameLanguage, Map<String, SentenceTokenizer> tokenizers) {
        Language profile = Languages.of(language);
        if (profile.nameStyle() == NameStyle.CAPITALISED) {
            return false;
        }
        TranslationLexicon lexicon = TranslationLexicon.between(language, nameLanguage);
        List<Token> tokens = tokenizers.computeIfAbsent(language, SentenceTokenizer::new).tokenize(rendering, lexicon::knows);
        if (tokens.size() != 1 || !lexicon.knows(tokens.getFirst().key())) {
            return false;
        }
        String key = tokens.getFirst().key();
        String sound = profile.romanisation().isEmpty() ? "" : dev.alinea.lexicon.NameKeys.romanise(profile, key).replaceAll("[^a-z]", "");
        String nameLetters = renderedName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        // The name spells the word's sound, in pinyin or an older romanisation (Goong-goong for 公公: the same consonants).
        String soundConsonants = sound.replaceAll("[aeiouy]", "");
        if (!sound.isEmpty() && (nameLetters.contains(sound)
                || soundConsonants.length() >= 3 && nameLetters.replaceAll("[aeiouy]", "").contains(soundConsonants))) {
            return false;
        }
        Set<String> nameKeys = tokenizers.computeIfAbsent(nameLanguage, SentenceTokenizer::new).tokenize(renderedName).stream().map(Token::key)
                .collect(Collectors.toSet());
        boolean translates = lexicon.translatingLanguage().equals(profile.code());
        List<String> meanings = translates ? lexicon.translations(key)
                : nameKeys.stream().filter(k -> lexicon.translations(k).contains(key)).toList();
        boolean soundIsAMeaning = !sound.isEmpty() && meanings.stream().anyMatch(m -> m.length() >= 3 && sound.startsWith(m.replaceAll("[^a-z]", "")));
        return !soundIsAMeaning && meanings.stream().noneMatch(nameKeys::contains);
    }

    /** Whether the dictionary translates a word of the name into a word of the stretch (Declaration, 宣言). */
    static boolean inDictionary(String name, String nameLanguage, String stretch, String stretchLanguage, Map<String, SentenceTokenizer> tokenizers) {
        TranslationLexicon lexicon = TranslationLexicon.between(nameLanguage, stretchLanguage);
        boolean nameTranslates = lexicon.translatingLanguage().equals(Languages.of(nameLanguage).code());
        List<Token> words = tokenizers.computeIfAbsent(nameLanguage, SentenceTokenizer::new).tokenize(name).stream().filter(Token::content).toList();
        Set<String> stretchKeys = tokenizers.computeIfAbsent(stretchLanguage, SentenceTokenizer::new).tokenize(stretch, lexicon::knows).stream()
                .map(Token::key).collect(Collectors.toSet());
        Language stretchProfile = Languages.of(stretchLanguage);
        return words.stream().anyMatch(word -> nameTranslates
                ? lexicon.translations(word.key()).stream().anyMatch(key -> stretchKeys.contains(key) && !soundsLike(word, key, stretchProfile))
                : stretchKeys.stream().anyMatch(key -> lexicon.translations(key).contains(word.key()) && !soundsLike(word, key, stretchProfile)));
    }

    /** Whether a dictionary pair only spells the sound: Wang for 王, Feng for 凤 (a surname's entry translates nothing). */
    private static boolean soundsLike(Token word, String key, Language language) {
        if (language.isLatinScript() || language.romanisation().isEmpty()) {
            return false;
        }
        String sound = dev.alinea.lexicon.NameKeys.romanise(language, key).replaceAll("[^a-z]", "");
        return !sound.isEmpty() && word.text().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").contains(sound);
    }

    /** Whether a number is written with digits (3K, 2016) rather than words. */
    private static boolean inDigits(Mention number) {
        return number.text().chars().anyMatch(Character::isDigit);
    }

    /** The documents of a row that were compared: translations whose cell has text. */

    private static Set<Integer> compared(List<String> row, List<Boolean> translations) {
        Set<Integer> compared = new java.util.TreeSet<>();
        for (int d = 0; d < row.size(); d++) {
            if (translations.get(d) && !row.get(d).isBlank()) {
                compared.add(d);
            }
        }
        return compared;
    }

    /** A sentence of a that b lacks (or the reverse), between rows where both have text. */
    private static java.util.Optional<Divergence> omission(List<List<String>> rows, int r, int a, int b, List<String> languages, double ratio) {
        String textA = rows.get(r).get(a);
        String textB = rows.get(r).get(b);
        if (textA.isBlank() == textB.isBlank()) {
            return java.util.Optional.empty();
        }
        if (!alignedAround(rows, r, a, b)) {
            return java.util.Optional.empty();
        }
        int present = textA.isBlank() ? b : a;
        int absent = textA.isBlank() ? a : b;
        String text = rows.get(r).get(present);
        if (neighbourHolds(rows, r, absent, present, absent == b ? ratio : 1 / ratio, expectedLength(text.length(), present, absent, a, ratio), k -> true)) {
            return java.util.Optional.empty(); // the sentence's content sits in a neighbouring row of the other version
        }
        return java.util.Optional.of(new Divergence(DivergenceType.OMISSION, r, List.of(new Span(present, 0, text.length(), text)),
                String.format("The %s sentence \"%s\" has no %s counterpart.", name(languages.get(present)), abbreviate(text), name(languages.get(absent)))));
    }

    /** Whether the nearest rows before and after with text in either document have text in both. */
    private static boolean alignedAround(List<List<String>> rows, int r, int a, int b) {
        return pairedNeighbour(rows, r, a, b, -1) && pairedNeighbour(rows, r, a, b, 1);
    }

    private static boolean pairedNeighbour(List<List<String>> rows, int r, int a, int b, int step) {
        for (int k = r + step; k >= 0 && k < rows.size(); k += step) {
            boolean hasA = !rows.get(k).get(a).isBlank();
            boolean hasB = !rows.get(k).get(b).isBlank();
            if (hasA || hasB) {
                return hasA && hasB;
            }
        }
        return true;
    }

    /**
     * A counterpart much shorter or longer than the pair's usual length ratio leads one to expect
     * and, where the project has rows enough to tell what is usual, whose words the other cell
     * renders far less than usual ({@link ContentCoverage}), unless a neighbouring row holds what one cell lacks or has too much of (the rows are then
     * cut elsewhere, not translated differently). Worded by direction: a much shorter counterpart
     * may be a partial translation, a much longer one an added gloss.
     */
    private static java.util.Optional<Divergence> lengthOutlier(List<List<String>> rows, int r, int a, int b, List<String> languages, double ratio,
            @Nullable ContentCoverage coverage) {
        String textA = rows.get(r).get(a);
        String textB = rows.get(r).get(b);
        double expected = textA.length() * ratio;
        if (expected <= 0) {
            return java.util.Optional.empty();
        }
        double share = textB.length() / expected;
        if (coverage != null) {
            // Length, and how much of each cell the other renders, against what the project's rows show.
            boolean bLacks = coverage.score(r, true) > 0;
            boolean aLacks = !bLacks && coverage.score(r, false) > 0;
            if (!bLacks && !aLacks) {
                return java.util.Optional.empty();
            }
            share = bLacks ? Math.min(share, 0.99) : Math.max(share, 1.01);
        } else {
            // A cell that stops mid-sentence where the other ends one is cut off at a smaller shortfall.
            boolean cutOff = share < 1 ? ContentCoverage.ending(textB, textA) > 0 : ContentCoverage.ending(textA, textB) > 0;
            double factor = cutOff ? UNFINISHED_OUTLIER_FACTOR : LENGTH_OUTLIER_FACTOR;
            // Short cells are too few words to judge, measured in the longer-written language (36 Chinese characters are a full English sentence).
            double longest = Math.max(Math.max(textA.length(), textB.length()), Math.max(textA.length() * ratio, textB.length() / ratio));
            if (longest < MIN_OUTLIER_LENGTH || (share >= factor && share <= 1 / factor)) {
                return java.util.Optional.empty();
            }
        }
        boolean shorter = share < 1;
        int shortDoc = shorter ? b : a;
        int longDoc = shorter ? a : b;
        String shortText = shorter ? textB : textA;
        String longText = shorter ? textA : textB;
        double missing = expectedLength(longText.length(), longDoc, shortDoc, a, ratio) - shortText.length();
        // Where the rows' words can be compared, the neighbour must render what this row lacks, not merely be long.
        java.util.function.IntPredicate holds = coverage == null ? k -> true : k -> coverage.heldBy(r, shortDoc == b, k);
        if (neighbourHolds(rows, r, shortDoc, longDoc, shortDoc == b ? ratio : 1 / ratio, missing, holds)) {
            return java.util.Optional.empty();
        }
        long percent = Math.round(100 * (shorter ? share : 1 / share));
        String shortName = name(languages.get(shortDoc));
        String longName = name(languages.get(longDoc));
        // The later version of a pair is usually the translation: shorter, part of it may be missing; longer, it may add a gloss.
        String explanation = shortDoc == b
                ? String.format("The %s is %d%% of the length the %s leads one to expect: only part translated?", shortName, percent, longName)
                : String.format("The %s is much longer than the %s leads one to expect (%d%% more): an added gloss?", longName, shortName,
                        Math.round(100.0 / percent * 100) - 100);
        return java.util.Optional.of(new Divergence(DivergenceType.LENGTH_OUTLIER, r, List.of(new Span(shortDoc, 0, shortText.length(), shortText)),
                explanation));
    }

    /** The length a text of {@code length} characters in document {@code from} is expected to have in document {@code to}. */
    private static double expectedLength(int length, int from, int to, int a, double ratio) {
        if (ratio <= 0) {
            return length;
        }
        return from == a ? length * ratio : length / ratio;
    }

    /**
     * Whether a neighbouring row (just before or after, with text in both versions) has about
     * {@code missing} characters more in {@code lacking} than its counterpart in {@code other}
     * leads one to expect: the content one row lacks sits there.
     */
    private static boolean neighbourHolds(List<List<String>> rows, int r, int lacking, int other, double lackingPerOther, double missing,
            java.util.function.IntPredicate rendersMissing) {
        if (missing <= 0) {
            return false;
        }
        for (int k : new int[] {r - 1, r + 1}) {
            if (k < 0 || k >= rows.size()) {
                continue;
            }
            String lackingText = rows.get(k).get(lacking);
            String otherText = rows.get(k).get(other);
            if (lackingText.isBlank() || otherText.isBlank()) {
                continue;
            }
            double expectedThere = otherText.length() * (lackingPerOther > 0 && Double.isFinite(lackingPerOther) ? lackingPerOther : 1);
            double excess = lackingText.length() - expectedThere;
            if (excess >= NEIGHBOUR_SHARE * missing && lackingText.length() >= NEIGHBOUR_STRETCH * expectedThere && rendersMissing.test(k)) {
                return true;
            }
        }
        return false;
    }

    /** For each pair of translations, the median length ratio of their rows with text in both. */
    private static double[][] medianLengthRatios(int docs, List<Boolean> translations, List<List<String>> rows) {
        double[][] ratios = new double[docs][docs];
        for (int a = 0; a < docs; a++) {
            for (int b = a + 1; b < docs; b++) {
                List<Double> values = new ArrayList<>();
                for (List<String> row : rows) {
                    if (!row.get(a).isBlank() && !row.get(b).isBlank()) {
                        values.add((double) row.get(b).length() / row.get(a).length());
                    }
                }
                values.sort(null);
                ratios[a][b] = values.isEmpty() ? 0 : values.get(values.size() / 2);
            }
        }
        return ratios;
    }

    static String name(String language) {
        return Languages.of(language).displayName();
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }

    /** Whether two strings differ by at most one letter changed, added or left out. */
    static boolean oneEditApart(String x, String y) {
        int i = 0;
        while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < x.length() - i && j < y.length() - i && x.charAt(x.length() - 1 - j) == y.charAt(y.length() - 1 - j)) {
            j++;
        }
        return x.length() - i - j <= 1 && y.length() - i - j <= 1;
    }

    /** The comparison of two cells of one row. */
    private static final class RowPair {
        private final int row;
        private final int a;
        private final int b;
        private final List<String> languages;
        private final String textA;
        private final String textB;
        private final List<Mention> mentionsA;
        private final List<Mention> mentionsB;
        private final Entities entities;
        private final KnownNames known;
        /** Shared by all rows: ICU word iterators are costly to make. */
        private final Map<String, SentenceTokenizer> tokenizers;
        /** Each cell's tokens, made once per row however many names are checked against it. */
        private final Map<Integer, List<Token>> cellTokens = new HashMap<>();
        /** What each version's names are rendered as in each other version, learned from the rows; null entries where none was learned. */
        private final NameRenderings[][] renderings;

        private static final Mention ONE = new Mention(MentionKind.NUMBER, "1", 0, 1, Set.of("#1"));
        private static final Mention TWO = new Mention(MentionKind.NUMBER, "2", 0, 1, Set.of("#2"));

        RowPair(int row, int a, int b, List<String> languages, String textA, String textB, List<Mention> mentionsA, List<Mention> mentionsB,
                Entities entities, KnownNames known, Map<String, SentenceTokenizer> tokenizers, NameRenderings[][] renderings) {
            this.known = known;
            this.renderings = renderings;
            this.tokenizers = tokenizers;
            this.row = row;
            this.a = a;
            this.b = b;
            this.languages = languages;
            this.textA = textA;
            this.textB = textB;
            this.mentionsA = mentionsA;
            this.mentionsB = mentionsB;
            this.entities = entities;
        }

        void compare(List<Divergence> out) {
            compareNumbers(out);
            compareNames(out);
        }

        /**
         * Numbers are matched by value (ranges and approximations by overlap); what is left is
         * paired in order as a different number, or reported missing. An incidental number (一 in
         * 一个, "one of") only counts against a different number on the other side, and an
         * approximation (dozens, 数百) is never reported missing: both are often rendered without one.
         */
        private void compareNumbers(List<Divergence> out) {
            List<Mention> numbersB = mentionsB.stream().filter(m -> m.isNumber() && !inSharedName(m, mentionsB, mentionsA))
                    .collect(Collectors.toCollection(ArrayList::new));
            List<Mention> onlyA = new ArrayList<>();
            List<Mention> matchedA = new ArrayList<>();
            List<Mention> matchedB = new ArrayList<>();
            for (Mention number : mentionsA.stream().filter(m -> m.isNumber() && !inSharedName(m, mentionsA, mentionsB)).sorted(Comparator.comparing(m -> m.kind() != MentionKind.NUMBER)).toList()) {
                var match = numbersB.stream().filter(number::sameNumberAs).min(Comparator.comparing(m -> m.kind() != number.kind()));
                match.ifPresentOrElse(m -> {
                    matchedA.add(number);
                    matchedB.add(m);
                    if (exact(m)) {
                        numbersB.remove(m);
                    }
                }, () -> onlyA.add(number));
            }
            // A number written in words is left unmatched by a language whose number words Alinea cannot read (drei, trois).
            if (!Languages.of(languages.get(b)).spellsNumbers()) {
                onlyA.removeIf(number -> !inDigits(number));
            }
            if (!Languages.of(languages.get(a)).spellsNumbers()) {
                numbersB.removeIf(number -> !inDigits(number));
            }
            // A number one side repeats (九米 ... 这排九米天线 / "nine meters") is no second number.
            onlyA.removeIf(m -> exact(m) && matchedB.stream().anyMatch(n -> repeatable(n) && n.sharesKeyWith(m)));
            numbersB.removeIf(m -> exact(m) && matchedA.stream().anyMatch(n -> repeatable(n) && n.sharesKeyWith(m)));
            // A range or an approximation stands for several numbers: eleven or twelve = 十一二.
            List<Mention> vagueA = mentionsA.stream().filter(m -> m.isNumber() && !exact(m)).toList();
            numbersB.removeIf(m -> vagueA.stream().anyMatch(m::sameNumberAs));
            onlyA.sort(Comparator.comparingInt(Mention::start));
            numbersB.sort(Comparator.comparingInt(Mention::start));
            // 130 pounds / 六十公斤: a quantity converted to other units is no wrong number.
            List<Mention> convertedA = converted(onlyA, numbersB, textA, languages.get(a), textB, languages.get(b));
            List<Mention> convertedB = converted(numbersB, onlyA, textB, languages.get(b), textA, languages.get(a));
            onlyA.removeAll(convertedA);
            numbersB.removeAll(convertedB);
            List<Mention> firmA = firm(onlyA, true);
            List<Mention> firmB = firm(numbersB, true);
            List<Mention> looseA = firm(onlyA, false);
            List<Mention> looseB = firm(numbersB, false);
            int pairs = Math.min(firmA.size(), firmB.size());
            for (int k = 0; k < pairs; k++) {
                out.add(mismatch(firmA.get(k), firmB.get(k)));
            }
            List<Mention> restA = firmA.subList(pairs, firmA.size());
            List<Mention> restB = firmB.subList(pairs, firmB.size());
            // An approximation (hundreds, 几十) is not weighed against an incidental numeral (一声 "a shout").
            restA = restA.stream().filter(DivergenceDetector.RowPair::exact).toList();
            restB = restB.stream().filter(DivergenceDetector.RowPair::exact).toList();
            for (int k = 0; k < restA.size(); k++) {
                if (k < looseB.size()) {
                    out.add(mismatch(restA.get(k), looseB.get(k)));
                } else if (specific(restA.get(k))) {
                    out.add(missingNumber(a, b, restA.get(k)));
                }
            }
            for (int k = 0; k < restB.size(); k++) {
                if (k < looseA.size()) {
                    out.add(mismatch(looseA.get(k), restB.get(k)));
                } else if (specific(restB.get(k))) {
                    out.add(missingNumber(b, a, restB.get(k)));
                }
            }
            // Terms in digits on both sides (3K glasses / 4K glasses) that differ.
            List<Mention> termsA = looseA.subList(Math.min(restB.size(), looseA.size()), looseA.size()).stream().filter(DivergenceDetector::inDigits).toList();
            List<Mention> termsB = looseB.subList(Math.min(restA.size(), looseB.size()), looseB.size()).stream().filter(DivergenceDetector::inDigits).toList();
            for (int k = 0; k < Math.min(termsA.size(), termsB.size()); k++) {
                out.add(mismatch(termsA.get(k), termsB.get(k)));
            }
        }

        /**
         * Whether a number is part of a name its cell writes and the other cell names too: the 四 of
         * 罗小四 where the other version has Luo Xiaosi is the name, not a number.
         */
        private static boolean inSharedName(Mention number, List<Mention> own, List<Mention> other) {
            return own.stream().anyMatch(name -> name.kind() == MentionKind.NAME && name.start() <= number.start() && number.end() <= name.end()
                    && other.stream().anyMatch(o -> o.kind() == MentionKind.NAME && o.sharesKeyWith(name)));
        }

        /** Whether a matched number may stand for the same number said again in the other version: a plain one, or one within a name that says a value of three or more (Forty-Two Sections). */
        private static boolean repeatable(Mention number) {
            return exact(number) && (number.kind() == MentionKind.NUMBER || specific(number));
        }

        /** The plain numbers ({@code firm}) or the incidental ones of a list. */
        private static List<Mention> firm(List<Mention> numbers, boolean firm) {
            return numbers.stream().filter(m -> (m.kind() == MentionKind.NUMBER) == firm).toList();
        }

        /**
         * Whether a number left without counterpart says enough to report it missing: an exact
         * value written in digits or of three or more. A two or a one (两位, "both", "the two of
         * them", "a") is left unsaid in a translation too often.
         */
        private static boolean specific(Mention number) {
            return exact(number) && (inDigits(number) || !number.sameNumberAs(ONE) && !number.sameNumberAs(TWO));
        }

        /**
         * The numbers of one side that state a quantity in a unit (六十公斤, 130 pounds) where the
         * other side states a quantity of the same dimension in another unit: a conversion, not
         * compared (units need not be converted, but must not be reported as wrong numbers).
         */
        private static List<Mention> converted(List<Mention> numbers, List<Mention> others, String text, String language, String otherText,
                String otherLanguage) {
            List<Mention> converted = new ArrayList<>();
            for (Mention number : numbers) {
                java.util.Optional<Unit> unit = Languages.of(language).unitAfter(text, number.end());
                if (unit.isPresent() && others.stream().map(other -> Languages.of(otherLanguage).unitAfter(otherText, other.end()))
                        .flatMap(java.util.Optional::stream)
                        .anyMatch(otherUnit -> otherUnit.dimension().equals(unit.get().dimension()) && !otherUnit.symbol().equals(unit.get().symbol()))) {
                    converted.add(number);
                }
            }
            return converted;
        }

        private static boolean exact(Mention number) {
            return number.keys().stream().noneMatch(k -> k.contains(".."));
        }

        private Divergence mismatch(Mention inA, Mention inB) {
            return new Divergence(DivergenceType.NUMBER_MISMATCH, row, List.of(span(a, inA), span(b, inB)),
                    String.format("The %s says %s where the %s says %s.", lang(a), inA.text(), lang(b), inB.text()));
        }

        private Divergence missingNumber(int has, int lacks, Mention number) {
            return new Divergence(DivergenceType.NUMBER_MISMATCH, row, List.of(span(has, number)),
                    String.format("The %s has the number %s; the %s has no such number.", lang(has), number.text(), lang(lacks)));
        }

        private void compareNames(List<Divergence> out) {
            List<Mention> namesA = names(mentionsA, a);
            List<Mention> namesB = names(mentionsB, b);
            List<Mention> leftA = new ArrayList<>();
            for (Mention name : namesA) {
                Mention counterpart = counterpart(name, namesB, b, textB);
                if (counterpart == null) {
                    leftA.add(name);
                    continue;
                }
                entities.link(new Entities.Occurrence(row, a, name), new Entities.Occurrence(row, b, counterpart));
                boolean sameEntity = name.keys().stream().anyMatch(k -> k.startsWith(Mention.ENTITY_KEY) && counterpart.keys().contains(k));
                boolean samePinyin = name.keys().stream().anyMatch(k -> k.startsWith("name:") && counterpart.keys().contains(k));
                if (counterpart != name && sameEntity && !samePinyin && isLatin(a) && isLatin(b) && !counterpart.surfaceKey().equals(name.surfaceKey())) {
                    out.add(new Divergence(DivergenceType.NAME_RENDERING, row, List.of(span(a, name), span(b, counterpart)),
                            String.format("The %s writes \"%s\" where the %s writes \"%s\": one entity in the name list, rendered differently.",
                                    lang(a), name.text(), lang(b), counterpart.text())));
                } else if (counterpart != name && !counterpart.surfaceKey().equals(name.surfaceKey()) && isLatin(b) && isLatin(a) && samePinyin
                        && !hasOrdinaryWord(name, languages.get(a)) && !hasOrdinaryWord(counterpart, languages.get(b))) {
                    out.add(new Divergence(DivergenceType.NAME_ORDER, row, List.of(span(a, name), span(b, counterpart)),
                            String.format("The %s writes \"%s\", the %s \"%s\": the same name in another order or romanisation.",
                                    lang(a), name.text(), lang(b), counterpart.text())));
                }
            }
            List<Mention> leftB = new ArrayList<>();
            for (Mention name : namesB) {
                if (counterpart(name, namesA, a, textA) == null) {
                    leftB.add(name);
                }
            }
            if (!isLatin(a) || !isLatin(b)) {
                // A Latin-script name that a text in another script keeps as written (SMACS 0723,
                // WASP-39b, UCSB) is written so in a Latin-script version too.
                // Not a unit or term glued to a number (7cm, 3K), nor a name the other text spells
                // with one letter changed (Planek, Planck: a slip of the pen, not another name).
                if (isLatin(a) != isLatin(b)) {
                    int has = isLatin(a) ? b : a;
                    String text = has == a ? textA : textB;
                    String otherText = has == a ? textB : textA;
                    for (Mention missing : has == a ? leftA : leftB) {
                        if (!afterDigit(text, missing.start()) && !misspelt(missing.text(), otherText)) {
                            missingName(has, has == a ? b : a, missing).ifPresent(out::add);
                        }
                    }
                }
                return;
            }
            // Names left over on both sides are paired in order, names with names and acronyms with acronyms.
            for (MentionKind kind : List.of(MentionKind.NAME, MentionKind.ACRONYM)) {
                List<Mention> restA = leftA.stream().filter(m -> m.kind() == kind).toList();
                List<Mention> restB = leftB.stream().filter(m -> m.kind() == kind).toList();
                int pairs = Math.min(restA.size(), restB.size());
                for (int k = 0; k < pairs; k++) {
                    rendering(restA.get(k), restB.get(k)).ifPresent(out::add);
                }
                for (Mention missing : restA.subList(pairs, restA.size())) {
                    missingName(a, b, missing).ifPresent(out::add);
                }
                for (Mention missing : restB.subList(pairs, restB.size())) {
                    missingName(b, a, missing).ifPresent(out::add);
                }
            }
        }

        /** Whether the character before {@code at}, a space aside, is a digit. */
        private static boolean afterDigit(String text, int at) {
            int before = at - 1;
            while (before >= 0 && text.charAt(before) == ' ') {
                before--;
            }
            return before >= 0 && Character.isDigit(text.charAt(before));
        }

        /** Whether a word of the text is the name, of five letters or more, with one letter changed, added or left out. */
        private static boolean misspelt(String name, String text) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.length() >= 5 && java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .anyMatch(word -> Math.abs(word.length() - lower.length()) <= 1 && oneEditApart(lower, word));
        }

        /** Two names in the same place of a row; not reported when both are ordinary title-cased words (United States / Amerika Serikat). */
        private java.util.Optional<Divergence> rendering(Mention first, Mention second) {
            boolean common = CommonWords.isCommonPhrase(first, languages.get(a)) && CommonWords.isCommonPhrase(second, languages.get(b));
            if ((common && !learnedApart(first, second)) || known.rejectedTogether(first.text(), languages.get(a), second.text(), languages.get(b))) {
                return java.util.Optional.empty();
            }
            entities.link(new Entities.Occurrence(row, a, first), new Entities.Occurrence(row, b, second));
            if (NameSkeleton.sameName(Languages.of(languages.get(a)), first.text(), Languages.of(languages.get(b)), second.text())) {
                return java.util.Optional.empty(); // Jacob/Yakub: the standard spelling of the name in the other language
            }
            return java.util.Optional.of(new Divergence(DivergenceType.NAME_RENDERING, row, List.of(span(a, first), span(b, second)),
                    String.format("The %s writes \"%s\" where the %s writes \"%s\": the same entity rendered differently.",
                            lang(a), first.text(), lang(b), second.text())));
        }

        /**
         * Whether the rows show two names to be different entities: each has renderings learned in
         * the other version, and neither is among the other's (Declaration is "Pernyataan", Negara is
         * "State": a row pairing Declaration with Negara has a name replaced).
         */
        private boolean learnedApart(Mention first, Mention second) {
            List<String> firstRenderings = learned(a, b, first);
            List<String> secondRenderings = learned(b, a, second);
            return !firstRenderings.isEmpty() && !secondRenderings.isEmpty()
                    && firstRenderings.stream().noneMatch(second.text().toLowerCase(Locale.ROOT)::contains)
                    && secondRenderings.stream().noneMatch(first.text().toLowerCase(Locale.ROOT)::contains);
        }

        /**
         * Whether the other text holds the name's best learned rendering, written as a name where
         * its language capitalises names (Pernyataan Umum for Universal Declaration of Human Rights;
         * a lower-case word that merely keeps company with the name is none).
         */
        private boolean renderedAsName(Mention name, int otherDoc, String otherText) {
            NameRenderings learned = renderings[otherDoc == a ? b : a][otherDoc];
            java.util.Optional<String> trusted = learned == null ? java.util.Optional.empty() : learned.trusted(name);
            if (trusted.isEmpty()) {
                return false;
            }
            String best = trusted.get();
            boolean capitalised = Languages.of(languages.get(otherDoc)).nameStyle() == NameStyle.CAPITALISED;
            String lower = otherText.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(best); at >= 0; at = lower.indexOf(best, at + 1)) {
                if (!capitalised || Character.isUpperCase(otherText.charAt(at))) {
                    return true;
                }
            }
            return false;
        }

        /** The renderings in version {@code to} learned for a name of version {@code from}; empty when none. */
        private List<String> learned(int from, int to, Mention name) {
            NameRenderings learned = renderings[from][to];
            return learned == null ? List.of() : learned.of(name);
        }

        /**
         * A name only one side has; title-cased ordinary words ("Step Down") are not reported, nor
         * is a name missing from a language that capitalises every noun (German).
         */
        private java.util.Optional<Divergence> missingName(int has, int lacks, Mention name) {
            // A language that capitalises its nouns may render the name as a word Alinea cannot tell from one.
            if (CommonWords.isCommonPhrase(name, languages.get(has)) || Languages.of(languages.get(lacks)).capitalisesNouns()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Divergence(DivergenceType.NAME_MISSING, row, List.of(span(has, name)),
                    String.format("The %s names \"%s\"; the %s does not.", lang(has), name.text(), lang(lacks))));
        }

        /** Names worth comparing: Chinese candidates only when they are Latin runs; the others join entities by key. */
        private List<Mention> names(List<Mention> mentions, int document) {
            return mentions.stream()
                    .filter(m -> !m.isNumber())
                    .filter(m -> isLatin(document) || m.keys().stream().anyMatch(k -> k.startsWith("=")))
                    .toList();
        }

        /** The mention of the other cell that renders this name, or the name itself when the other text contains it; null for none. */
        private @Nullable Mention counterpart(Mention name, List<Mention> others, int otherDoc, String otherText) {
            for (Mention other : others) {
                if (other.sharesKeyWith(name)) {
                    return other;
                }
            }
            for (Mention other : mentions(otherDoc)) {
                if (other.kind() == MentionKind.NAME && other.sharesKeyWith(name)) {
                    return other;
                }
            }
            // Cognates of ordinary words (Technology, Teknologi) are no names: they stay out of the name list, as before.
            Mention spelled = isLatin(a) && isLatin(b) && !CommonWords.isCommonPhrase(name, languages.get(otherDoc == a ? b : a))
                    ? spelledAlike(name, others, otherDoc, otherText) : null;
            if (spelled != null) {
                return spelled;
            }
            String lower = otherText.toLowerCase(Locale.ROOT);
            if (lower.contains(name.text().toLowerCase(Locale.ROOT)) || renderedAsName(name, otherDoc, otherText)) {
                return name;
            }
            return translated(name, otherDoc, otherText) ? name : null;
        }

        /**
         * Whether a word of a name is an ordinary word of its language (Nebula of Carina Nebula): a
         * name of ordinary words put in another order is the other language's syntax (Nebula
         * Carina, Guyana Prancis), not a name written surname first.
         */
        private static boolean hasOrdinaryWord(Mention name, String language) {
            return java.util.Arrays.stream(name.text().toLowerCase(Locale.ROOT).split("[\\s-]+")).anyMatch(word -> CommonWords.isOrdinary(word, language));
        }

        /**
         * The name of the other cell that is this name in the other language's regular spelling
         * (Isaac, Ishak), or whose words are: two names written side by side are read as one run
         * ("Bashemath Ishmael's daughter", "di tanah Mesir Manasye"), so a run counts as rendered
         * when each of its words is a name of the other cell, is in the other text or translates
         * into it (French Guiana, Guyana Prancis), and a name as rendered by a word of such a run.
         * Null when none is.
         */
        private @Nullable Mention spelledAlike(Mention name, List<Mention> others, int otherDoc, String otherText) {
            Language nameLanguage = Languages.of(languages.get(otherDoc == a ? b : a));
            Language otherLanguage = Languages.of(languages.get(otherDoc));
            for (Mention other : others) {
                if (NameSkeleton.sameName(nameLanguage, name.text(), otherLanguage, other.text())) {
                    return other;
                }
            }
            // A run of names is rendered, but none of them is the run: the name itself, so that no entity joins the run to one of them.
            List<String> words = List.of(name.text().split(" "));
            if (words.size() >= 2) {
                String lowerOther = otherText.toLowerCase(Locale.ROOT);
                boolean anyAlike = false;
                for (String word : words) {
                    boolean alike = others.stream().flatMap(o -> java.util.Arrays.stream(o.text().split(" ")))
                            .anyMatch(otherWord -> NameSkeleton.sameName(nameLanguage, word, otherLanguage, otherWord));
                    if (!alike && !lowerOther.contains(word.toLowerCase(Locale.ROOT))
                            && !translated(new Mention(MentionKind.NAME, word, name.start(), name.start() + word.length(), Set.of()), otherDoc, otherText)
                            && !translatedAlike(word, nameLanguage, otherLanguage, otherText)) {
                        return null;
                    }
                    anyAlike |= alike;
                }
                return anyAlike ? name : null;
            }
            for (Mention other : others) {
                List<String> otherWords = List.of(other.text().split(" "));
                if (otherWords.size() >= 2 && otherWords.stream().anyMatch(word -> NameSkeleton.sameName(nameLanguage, name.text(), otherLanguage, word))) {
                    return name;
                }
            }
            // The name opening the other sentence, where a capital says nothing ("Ada melahirkan Elifas" for "And Adah bare Eliphaz").
            java.util.regex.Matcher opener = OPENING_WORD.matcher(otherText);
            return opener.find() && NameSkeleton.sameName(nameLanguage, name.text(), otherLanguage, opener.group(1)) ? name : null;
        }

        /**
         * Whether the dictionary translates a word into one the other text spells regularly another
         * way (French: perancis, where the text writes Prancis). Only from the language the
         * dictionary translates.
         */
        private boolean translatedAlike(String word, Language nameLanguage, Language otherLanguage, String otherText) {
            TranslationLexicon lexicon = TranslationLexicon.between(nameLanguage.code(), otherLanguage.code());
            if (!lexicon.translatingLanguage().equals(nameLanguage.code())) {
                return false;
            }
            List<String> otherWords = List.of(otherText.split("[^\\p{L}]+"));
            return tokenizer(nameLanguage.code()).tokenize(word, lexicon::knows).stream().flatMap(token -> lexicon.translations(token.key()).stream())
                    .anyMatch(translation -> otherWords.stream().anyMatch(w -> w.length() >= 3 && NameSkeleton.sameName(otherLanguage, translation, otherLanguage, w)));
        }

        private List<Mention> mentions(int document) {
            return document == a ? mentionsA : mentionsB;
        }

        /** Whether at least two-thirds of the name's words appear in the other text, as themselves or translated. */
        private boolean translated(Mention name, int otherDoc, String otherText) {
            String nameLanguage = languages.get(otherDoc == a ? b : a);
            String otherLanguage = languages.get(otherDoc);
            TranslationLexicon lexicon = TranslationLexicon.between(nameLanguage, otherLanguage);
            List<Token> otherWords = cellTokens.computeIfAbsent(otherDoc, d -> tokenizer(otherLanguage).tokenize(otherText, lexicon::knows));
            Set<String> otherKeys = otherWords.stream().map(Token::key).collect(Collectors.toSet());
            Set<String> otherSurfaces = otherWords.stream().map(t -> t.text().toLowerCase(Locale.ROOT).replaceAll("['’]s$", ""))
                    .collect(Collectors.toSet());
            boolean nameTranslates = lexicon.translatingLanguage().equals(Languages.of(nameLanguage).code());
            if (name.text().contains(" ") && lexicon.phraseRendered(name.text(), nameTranslates, otherText.toLowerCase(Locale.ROOT))) {
                return true; // United Nations = Perserikatan Bangsa-Bangsa, as the dictionary lists the phrase
            }
            List<Token> words = tokenizer(nameLanguage).tokenize(name.text()).stream().filter(Token::content).toList();
            if (words.isEmpty()) {
                return false;
            }
            long found = words.stream().filter(word -> sameWord(word.text().toLowerCase(Locale.ROOT), otherSurfaces)
                    || (nameTranslates ? lexicon.translations(word.key()).stream().anyMatch(otherKeys::contains)
                            : otherWords.stream().anyMatch(o -> lexicon.translations(o.key()).contains(word.key())))).count();
            return found * 3 >= words.size() * 2;
        }

        private SentenceTokenizer tokenizer(String language) {
            return tokenizers.computeIfAbsent(language, SentenceTokenizer::new);
        }

        /** The word itself, or one that starts with the other when both have four letters or more (Lab/Labs, neuro/neurolinguistic). */
        private static boolean sameWord(String word, Set<String> others) {
            return others.contains(word) || others.stream().anyMatch(o -> Math.min(o.length(), word.length()) >= 4 && (o.startsWith(word) || word.startsWith(o)));
        }

        private boolean isLatin(int document) {
            return Languages.of(languages.get(document)).isLatinScript();
        }

        private String lang(int document) {
            return name(languages.get(document));
        }

        private static Span span(int document, Mention mention) {
            return new Span(document, mention.start(), mention.end(), mention.text());
        }
    }
}
