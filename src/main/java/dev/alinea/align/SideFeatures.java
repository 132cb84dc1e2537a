package dev.alinea.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.ibm.icu.lang.UScript;

import dev.alinea.language.Language;
import dev.alinea.language.Languages;
import dev.alinea.language.NameStyle;
import dev.alinea.language.NumberSpan;
import dev.alinea.lexicon.NameKeys;
import dev.alinea.lexicon.NameLexicon;
import dev.alinea.lexicon.SentenceTokenizer;
import dev.alinea.lexicon.Token;
import dev.alinea.lexicon.TokenKind;
import dev.alinea.lexicon.TranslationLexicon;

/**
 * The translation evidence one document offers, sentence by sentence: each content token becomes
 * an item with the keys it can match on the other side. Keys are interned to ints shared by both
 * sides of a pair:
 * <ul>
 * <li>{@code w:KEY}: a word key of the non-translating language, offered by its own words and by
 *     the dictionary or learned translations of the translating side's words;</li>
 * <li>{@code #N}: a number by value; {@code =word}: a Latin-script word as written (names, brands,
 *     acronyms); {@code ~prefix}: the first five letters of a long word, for cognates between two
 *     Latin-script languages (universitas, university);</li>
 * <li>{@code name:...}: personal names compared as romanised (pinyin) syllables in either order;</li>
 * <li>{@code known:N}: a rendering of entity N of the project's name list ({@link NameLexicon}:
 *     吴恩达 = Andrew Ng, which no romanisation tells);</li>
 * <li>{@code p:?}, {@code p:!}, {@code p:quote}: a question, an exclamation, quoted speech.</li>
 * </ul>
 */
final class SideFeatures {

    private static final int COGNATE_PREFIX = 5;
    /** Least sentences per piece when a side is read in pieces. */
    private static final int PIECE_SENTENCES = 2000;
    private static final List<String> PUNCTUATION = List.of("p:?", "p:!", "p:quote");
    /** Key prefix of the number a sentence opens with as its numbering (see {@link #numbering}). */
    private static final String NUMBERING = "n:";

    /** For each sentence, for each content item, the ids of the keys it offers. */
    final int[][][] offers;
    /** For each sentence, its length in non-space characters. */
    final int[] lengths;
    /** For each sentence, the word keys of its content items (for learning translations). */
    final @Nullable String[][] wordKeys;

    private SideFeatures(int[][][] offers, int[] lengths, @Nullable String[][] wordKeys) {
        this.offers = offers;
        this.lengths = lengths;
        this.wordKeys = wordKeys;
    }

    int sentences() {
        return lengths.length;
    }

    int items(int sentence) {
        return offers[sentence].length;
    }

    /**
     * @param translating whether this side's words offer their dictionary translations (otherwise their own keys)
     * @param bothLatin whether both languages of the pair are written in Latin script (cognates count)
     */
    static SideFeatures extract(List<String> sentences, String language, TranslationLexicon lexicon, NameLexicon known,
            boolean translating, boolean bothLatin, KeyIds keys) {
        return read(sentences, language, lexicon, known, translating, bothLatin).intern(keys);
    }

    /**
     * A side's features with their keys still as strings: what {@link #read} works out, which
     * needs no key ids and so can run for both sides at once; {@link #intern} then numbers the
     * keys in sentence order, as {@link #extract} does.
     */
    record Read(String[][][] offers, int[] lengths, @Nullable String[][] wordKeys) {

        /** Consecutive pieces of a side as one. */
        static Read joined(List<Read> pieces) {
            if (pieces.size() == 1) {
                return pieces.getFirst();
            }
            int total = pieces.stream().mapToInt(piece -> piece.lengths().length).sum();
            String[][][] offers = new String[total][][];
            int[] lengths = new int[total];
            @Nullable String[][] wordKeys = new String[total][];
            int at = 0;
            for (Read piece : pieces) {
                int size = piece.lengths().length;
                System.arraycopy(piece.offers(), 0, offers, at, size);
                System.arraycopy(piece.lengths(), 0, lengths, at, size);
                System.arraycopy(piece.wordKeys(), 0, wordKeys, at, size);
                at += size;
            }
            return new Read(offers, lengths, wordKeys);
        }

        SideFeatures intern(KeyIds keys) {
            int[][][] ids = new int[offers.length][][];
            // Items that share their keys (a recurring word's) share their ids too: their keys have ids from the first.
            Map<String[], int[]> interned = new IdentityHashMap<>();
            for (int s = 0; s < offers.length; s++) {
                ids[s] = new int[offers[s].length][];
                for (int item = 0; item < offers[s].length; item++) {
                    ids[s][item] = interned.computeIfAbsent(offers[s][item], keys::ids);
                }
            }
            return new SideFeatures(ids, lengths, wordKeys);
        }
    }

    /**
     * Tasks that read one side in consecutive pieces, as many as there are processors for a long
     * side (one for a side under {@link #PIECE_SENTENCES} sentences); {@link Read#joined} puts their
     * results back together, the same as {@link #read} of the whole side.
     */
    static List<java.util.concurrent.Callable<Read>> pieces(List<String> sentences, String language, TranslationLexicon lexicon,
            NameLexicon known, boolean translating, boolean bothLatin) {
        int count = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), sentences.size() / PIECE_SENTENCES));
        List<java.util.concurrent.Callable<Read>> tasks = new ArrayList<>();
        for (int piece = 0; piece < count; piece++) {
            List<String> part = sentences.subList(sentences.size() * piece / count, sentences.size() * (piece + 1) / count);
            tasks.add(() -> read(part, language, lexicon, known, translating, bothLatin));
        }
        return tasks;
    }

    /** The features of one side, keys as strings (see {@link #extract}); thread-safe, as it shares nothing. */
    static Read read(List<String> sentences, String language, TranslationLexicon lexicon, NameLexicon known, boolean translating,
            boolean bothLatin) {
        SentenceTokenizer tokenizer = new SentenceTokenizer(language);
        Language profile = Languages.of(language);
        String[][][] offers = new String[sentences.size()][][];
        int[] lengths = new int[sentences.size()];
        @Nullable String[][] wordKeys = new String[sentences.size()][];
        Map<Token, String[]> offeredByToken = new IdentityHashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            String sentence = sentences.get(s);
            lengths[s] = LengthAligner.length(sentence);
            List<Token> tokens = tokenizer.tokenize(sentence, translating ? lexicon::knows : word -> false);
            List<Set<String>> names = profile.nameStyle() == NameStyle.HAN_SURNAME ? surnameNames(profile, tokens) : latinNames(tokens);
            List<Set<String>> confirmed = known.keys(language, tokens);
            List<String[]> items = new ArrayList<>();
            List<@Nullable String> words = new ArrayList<>();
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                if (!token.content()) {
                    continue;
                }
                if (t == 0 && token.kind() == TokenKind.NUMBER && numbering(sentence, token.text())) {
                    items.add(new String[] {NUMBERING + token.key()});
                    words.add(null);
                    continue;
                }
                if (names.get(t).isEmpty() && confirmed.get(t).isEmpty()) {
                    // The tokenizer hands out one token per word: a recurring word's keys are worked out once, and its items share them.
                    items.add(offeredByToken.computeIfAbsent(token, k -> offered(k, lexicon, translating, bothLatin).toArray(String[]::new)));
                } else {
                    List<String> offered = offered(token, lexicon, translating, bothLatin);
                    names.get(t).forEach(key -> addNew(offered, key));
                    confirmed.get(t).forEach(key -> addNew(offered, key));
                    items.add(offered.toArray(String[]::new));
                }
                words.add(token.kind() == TokenKind.WORD ? token.key() : null);
            }
            for (String mark : punctuation(sentence)) {
                items.add(new String[] {mark});
                words.add(null);
            }
            offers[s] = items.toArray(String[][]::new);
            wordKeys[s] = words.toArray(String[]::new);
        }
        return new Read(offers, lengths, wordKeys);
    }

    /**
     * Whether a sentence opens with the number written {@code text} as its numbering (1、, 6., 3)):
     * it matches the other text's numbering of the same item (a translated heading), but says
     * nothing of the sentence's content (a comparable article's "1、谁是李磊？" is no "one of").
     */
    private static boolean numbering(String sentence, String text) {
        int start = sentence.indexOf(text);
        return start >= 0 && NumberSpan.isNumbering(sentence, start, start + text.length());
    }

    /** Adds learned translations (word key of this side → word keys of the other side) to the items that have them. */
    void addLearned(Map<String, Set<String>> learned, KeyIds keys) {
        Map<String, int[]> learnedIds = new HashMap<>();
        // Items that shared their ids before (a recurring word's) share them after: one word, one result.
        Map<int[], int[]> mergedIds = new IdentityHashMap<>();
        for (int s = 0; s < offers.length; s++) {
            for (int item = 0; item < offers[s].length; item++) {
                String word = wordKeys[s][item];
                Set<String> more = word == null ? null : learned.get(word);
                if (more == null || more.isEmpty()) {
                    continue;
                }
                int[] moreIds = learnedIds.computeIfAbsent(word, w -> more.stream().mapToInt(key -> keys.id("w:" + key)).toArray());
                offers[s][item] = mergedIds.computeIfAbsent(offers[s][item], ids -> merged(ids, moreIds));
            }
        }
    }

    /** The ids (distinct), then those of {@code more} not among them, in order. */
    private static int[] merged(int[] ids, int[] more) {
        int[] merged = Arrays.copyOf(ids, ids.length + more.length);
        int count = ids.length;
        for (int id : more) {
            if (!contains(merged, count, id)) {
                merged[count++] = id;
            }
        }
        return count == merged.length ? merged : Arrays.copyOf(merged, count);
    }

    private static boolean contains(int[] ids, int count, int id) {
        for (int k = 0; k < count; k++) {
            if (ids[k] == id) {
                return true;
            }
        }
        return false;
    }

    /** The keys a token offers, each once, in the order found (a token offers a few: a list is lighter than a set). */
    private static List<String> offered(Token token, TranslationLexicon lexicon, boolean translating, boolean bothLatin) {
        List<String> offered = new ArrayList<>(4);
        switch (token.kind()) {
            case NUMBER -> offered.add(token.key());
            case LATIN -> offered.add("=" + token.key());
            case WORD -> {
                String lower = withoutPossessive(token.text().toLowerCase(Locale.ROOT));
                if (isLatin(token.text())) {
                    offered.add("=" + lower);
                    if (bothLatin && lower.length() >= COGNATE_PREFIX + 1) {
                        offered.add("~" + lower.substring(0, COGNATE_PREFIX));
                    }
                }
                if (translating) {
                    for (String key : lexicon.translations(token.key())) {
                        addNew(offered, "w:" + key);
                    }
                } else {
                    addNew(offered, "w:" + token.key());
                }
            }
        }
        return offered;
    }

    /** A word without the possessive ending it may have ('s, ’s): UCSB’s website names UCSB. */
    private static String withoutPossessive(String lower) {
        for (String ending : List.of("'s", "’s")) {
            if (lower.endsWith(ending) && lower.length() > ending.length()) {
                return lower.substring(0, lower.length() - ending.length());
            }
        }
        return lower;
    }

    private static void addNew(List<String> keys, String key) {
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }

    /**
     * Punctuation that survives translation: a question, an exclamation, quoted speech. Each kind
     * present is one item, written the same for full-width and ASCII forms.
     */
    private static Set<String> punctuation(String sentence) {
        Set<String> marks = new LinkedHashSet<>();
        sentence.codePoints().forEach(cp -> {
            switch (cp) {
                case '?', '？' -> marks.add("p:?");
                case '!', '！' -> marks.add("p:!");
                case '"', '“', '”', '「', '」', '『', '』', '«', '»' -> marks.add("p:quote");
                default -> { }
            }
        });
        return marks;
    }

    /** Name keys per token: a Han run of two or three characters that starts with a surname. */
    private static List<Set<String>> surnameNames(Language language, List<Token> tokens) {
        List<Set<String>> names = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            Set<String> keys = Set.of();
            String text = tokens.get(t).text();
            if (isHan(text) && language.isSurname(text.codePointAt(0))) {
                keys = new LinkedHashSet<>();
                StringBuilder run = new StringBuilder();
                for (int u = t; u < tokens.size() && isHan(tokens.get(u).text()) && run.length() < 3; u++) {
                    run.append(tokens.get(u).text());
                    if (run.length() >= 2 && run.length() <= 3) {
                        keys.addAll(NameKeys.ofNative(language, run.toString()));
                    }
                }
            }
            names.add(keys);
        }
        return names;
    }

    /** Name keys per token: two or three capitalised words in a row ("Li Lei", "Fei-Fei Li"). */
    private static List<Set<String>> latinNames(List<Token> tokens) {
        // Most tokens are no part of a name: they share one empty set until a name key comes.
        List<Set<String>> names = new ArrayList<>(java.util.Collections.nCopies(tokens.size(), Set.of()));
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (!capitalised(tokens.get(t)) || !capitalised(tokens.get(t + 1))) {
                continue;
            }
            Set<String> pair = NameKeys.ofLatin(tokens.get(t).text(), tokens.get(t + 1).text());
            addAll(names, t, pair);
            addAll(names, t + 1, pair);
            if (t + 2 < tokens.size() && capitalised(tokens.get(t + 2))) {
                Set<String> triple = new LinkedHashSet<>(NameKeys.ofLatin(tokens.get(t).text() + tokens.get(t + 1).text(), tokens.get(t + 2).text()));
                triple.addAll(NameKeys.ofLatin(tokens.get(t).text(), tokens.get(t + 1).text() + tokens.get(t + 2).text()));
                for (int u = t; u <= t + 2; u++) {
                    addAll(names, u, triple);
                }
            }
        }
        return names;
    }

    private static void addAll(List<Set<String>> names, int token, Set<String> keys) {
        if (names.get(token).isEmpty()) {
            names.set(token, new LinkedHashSet<>());
        }
        names.get(token).addAll(keys);
    }

    private static boolean capitalised(Token token) {
        String text = token.text();
        return token.kind() == TokenKind.WORD && !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) && isLatin(text);
    }

    private static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (UScript.getScript(cp) != UScript.LATIN && cp != '-' && cp != '\'' && cp != '’') {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isHan(String text) {
        return !text.isEmpty() && SentenceTokenizer.isHan(text);
    }

    /** Interns keys as dense ints shared by both sides of a pair. */
    static final class KeyIds {
        private final Map<String, Integer> ids = new HashMap<>();

        int id(String key) {
            return ids.computeIfAbsent(key, k -> ids.size());
        }

        int[] ids(String[] keys) {
            int[] result = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                result[k] = id(keys[k]);
            }
            return result;
        }

        int size() {
            return ids.size();
        }

        /** Which key ids are punctuation marks (a question, quoted speech): evidence of form, not of content. */
        boolean[] punctuation() {
            boolean[] marks = new boolean[ids.size()];
            for (String mark : PUNCTUATION) {
                Integer id = ids.get(mark);
                if (id != null) {
                    marks[id] = true;
                }
            }
            return marks;
        }

        /**
         * Which key ids are no evidence of what a sentence says: punctuation marks and the numbers
         * sentences open with as their numbering. A comparable text's sentences pair without them.
         */
        boolean[] formOnly() {
            boolean[] form = punctuation();
            ids.forEach((key, id) -> form[id] |= key.startsWith(NUMBERING));
            return form;
        }
    }
}
