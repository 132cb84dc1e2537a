package dev.alinea.divergence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.alinea.language.Languages;
import dev.alinea.lexicon.Model1;
import dev.alinea.lexicon.SentenceTokenizer;
import dev.alinea.lexicon.Token;
import dev.alinea.lexicon.TokenKind;
import dev.alinea.lexicon.TranslationLexicon;

/**
 * How much of each cell's content the other version of the row renders, for one pair of
 * translations: the evidence that a row's counterpart is only part of a translation, or adds a gloss.
 *
 * <p>A content word of one cell is <em>matched</em> when the other cell holds a translation of it:
 * the same token (a number by value, a name, a Latin term), a dictionary translation, or a
 * translation IBM Model 1 learns from the project's own rows in both directions: trained on a few
 * hundred rows, a one-way model pairs a frequent word with much of what stands near it, and a cut
 * cell's few words would then seem to render most of the long cell. A cell cut to part
 * of its translation leaves much of the other cell unmatched, while its own words stay matched; a
 * free translation leaves both sides less matched alike. Three measures, each scaled by the spread
 * the project's own rows show, are combined with weights fitted on the UDHR's three pairs with
 * injected cuts (and checked on MAC-Dev zh-en, which the fit did not see):
 * <ul>
 * <li>the length: the cell's length against what the pair's median length ratio leads one to expect;
 * <li>the asymmetry: the share of the long cell's words matched against the share of the short
 *     cell's words matched, each against the pair's usual share;
 * <li>the tail: the share of the long cell's second half matched against that of its first half
 *     (a cut keeps the start);
 * <li>the ending: whether the short cell stops mid-sentence while the long one ends a sentence.
 * </ul>
 * Not thread-safe: one instance per detection.
 */
final class ContentCoverage {

    /** Weights of the three measures and the bias; a row is reported at a score above 0. */
    private static final double W_LENGTH = 1.97;
    private static final double W_ASYMMETRY = 1.01;
    private static final double W_TAIL = 2.26;
    private static final double BIAS = -8.5;
    /**
     * Weights of how the cells end, fitted on MAC-Dev zh-en (its untouched rows and injected cuts):
     * a short cell that stops mid-sentence where the long one ends a sentence is likely cut off; a
     * short cell that ends a sentence is whole, at most freely translated.
     */
    private static final double W_UNFINISHED = 3;
    private static final double W_FINISHED = -4.5;
    /** A cell reported as lacking content is at least this many spreads shorter than expected (the other, longer): a normal length is no partial translation. */
    private static final double MIN_LENGTH_SPREADS = 1;
    /** Rows with text in both versions needed before the project's own rows tell what is usual. */
    static final int MIN_ROWS = 20;
    /** The smallest spread assumed for a measure: a few rows of a very regular text must not make every deviation extreme. */
    private static final double MIN_SPREAD = 0.1;
    /** A neighbouring row holds a row's missing content when it renders at least this share of the pair's usual share of it. */
    private static final double HELD_SHARE = 0.5;
    /** Model 1 is trained on at most this many rows, taken evenly: its word pairs need no more. */
    private static final int MAX_TRAINING_ROWS = 4000;
    /** The least probability t(e | f) of a learned word pair, in each direction: surer pairs, fewer chance ones. */
    private static final double LEARNED_PROBABILITY = 0.2;

    private final List<List<Token>> tokensA = new ArrayList<>();
    private final List<List<Token>> tokensB = new ArrayList<>();
    private final TranslationLexicon lexicon;
    private final boolean aTranslates;
    private final Map<String, Set<String>> learnedAB;
    private final Map<String, Set<String>> learnedBA;
    private final double ratio;
    /** Each row's matched words, for the rows with text in both versions. */
    private final Map<Integer, Match> matches = new java.util.HashMap<>();
    private final double coverageA;
    private final double coverageB;
    private final double lengthSpread;
    private final double asymmetrySpread;
    private final List<String> textsA;
    private final List<String> textsB;

    /**
     * @param textsA each row's cell of the first version ("" for none)
     * @param textsB each row's cell of the second version
     * @param ratio the pair's median length ratio, second version's characters per first version's
     * @param tokenizers shared tokenizers by language tag
     */
    ContentCoverage(String languageA, String languageB, List<String> textsA, List<String> textsB, double ratio,
            Map<String, SentenceTokenizer> tokenizers) {
        this.ratio = ratio;
        this.textsA = textsA;
        this.textsB = textsB;
        this.lexicon = TranslationLexicon.between(languageA, languageB);
        this.aTranslates = lexicon.translatingLanguage().equals(Languages.of(languageA).code());
        SentenceTokenizer tokenizerA = tokenizers.computeIfAbsent(languageA, SentenceTokenizer::new);
        SentenceTokenizer tokenizerB = tokenizers.computeIfAbsent(languageB, SentenceTokenizer::new);
        List<Integer> both = new ArrayList<>();
        for (int r = 0; r < textsA.size(); r++) {
            boolean paired = !textsA.get(r).isBlank() && !textsB.get(r).isBlank();
            tokensA.add(paired ? content(tokenizerA.tokenize(textsA.get(r), lexicon::knows)) : List.of());
            tokensB.add(paired ? content(tokenizerB.tokenize(textsB.get(r), lexicon::knows)) : List.of());
            if (paired) {
                both.add(r);
            }
        }
        List<Model1.SentencePair> forward = new ArrayList<>();
        List<Model1.SentencePair> backward = new ArrayList<>();
        int step = Math.max(1, (both.size() + MAX_TRAINING_ROWS - 1) / MAX_TRAINING_ROWS);
        for (int k = 0; k < both.size(); k += step) {
            List<String> keysA = tokensA.get(both.get(k)).stream().map(Token::key).toList();
            List<String> keysB = tokensB.get(both.get(k)).stream().map(Token::key).toList();
            forward.add(new Model1.SentencePair(keysA, keysB));
            backward.add(new Model1.SentencePair(keysB, keysA));
        }
        this.learnedAB = forward.isEmpty() ? Map.of() : Model1.train(forward, 5).translations(LEARNED_PROBABILITY, 2, 5);
        this.learnedBA = backward.isEmpty() ? Map.of() : Model1.train(backward, 5).translations(LEARNED_PROBABILITY, 2, 5);

        long translatableA = 0;
        long matchedA = 0;
        long translatableB = 0;
        long matchedB = 0;
        for (int r : both) {
            Match match = match(r);
            matches.put(r, match);
            translatableA += match.a().translatable();
            matchedA += match.a().matched();
            translatableB += match.b().translatable();
            matchedB += match.b().matched();
        }
        this.coverageA = translatableA == 0 ? 0 : (double) matchedA / translatableA;
        this.coverageB = translatableB == 0 ? 0 : (double) matchedB / translatableB;
        List<Double> lengths = new ArrayList<>();
        List<Double> asymmetries = new ArrayList<>();
        for (int r : both) {
            lengths.add(lengthDeviation(r));
            asymmetries.add(asymmetry(matches.get(r)));
        }
        this.lengthSpread = Math.max(MIN_SPREAD, spread(lengths));
        this.asymmetrySpread = Math.max(MIN_SPREAD, spread(asymmetries));
    }

    /** Whether the project has enough rows in both versions to tell a row's coverage from the usual. */
    boolean measurable() {
        return ratio > 0 && coverageA > 0 && coverageB > 0;
    }

    /**
     * The score that row r's second version lacks part of the first version's content (positive
     * {@code bLacks}) or the first lacks part of the second's; above 0 is reported.
     */
    double score(int r, boolean bLacks) {
        double length = lengthDeviation(r) / lengthSpread;
        double sign = bLacks ? -1 : 1;
        if (sign * length < MIN_LENGTH_SPREADS) {
            return -1;
        }
        Match match = matches.get(r);
        double asymmetry = asymmetry(match) / asymmetrySpread;
        double tail = (bLacks ? match.a() : match.b()).tailShare();
        String shortText = bLacks ? textsB.get(r) : textsA.get(r);
        String longText = bLacks ? textsA.get(r) : textsB.get(r);
        return W_LENGTH * sign * length + W_ASYMMETRY * sign * asymmetry - W_TAIL * tail + ending(shortText, longText) + BIAS;
    }

    /** The score of how a row's short and long cells end (see {@link #W_UNFINISHED}); 0 when neither ends a sentence (a heading). */
    static double ending(String shortText, String longText) {
        if (Languages.endsSentence(shortText)) {
            // Whole sentences may be missing from a cell of fewer sentences than the other.
            return Languages.sentenceEnds(shortText) >= Languages.sentenceEnds(longText) ? W_FINISHED : 0;
        }
        return Languages.endsSentence(longText) ? W_UNFINISHED : 0;
    }

    /** The log of the second cell's length over what the first cell's leads one to expect. */
    private double lengthDeviation(int r) {
        return Math.log(textsB.get(r).length() / (textsA.get(r).length() * ratio));
    }

    /** Log of a's matched share over b's, each against its usual share: negative when a's content is less rendered than b's. */
    private double asymmetry(Match match) {
        return Math.log(match.a().share() / coverageA) - Math.log(match.b().share() / coverageB);
    }

    private Match match(int r) {
        List<Token> a = tokensA.get(r);
        List<Token> b = tokensB.get(r);
        return new Match(side(a, b, aTranslates, learnedAB, learnedBA), side(b, a, !aTranslates, learnedBA, learnedAB));
    }

    /**
     * Whether the lacking version's cell in row k holds the content row r's cell lacks: the words
     * of that cell its own counterpart leaves unrendered (what it has in excess) are rendered by row
     * r's longer cell about as well as this pair renders its words. A neighbour that is merely long
     * (an added passage, a long sentence of its own) holds nothing of row r.
     *
     * @param bLacks whether the second version's cell of row r is the one that lacks content
     */
    boolean heldBy(int r, boolean bLacks, int k) {
        Match there = matches.get(k);
        if (!matches.containsKey(r) || there == null) {
            return false;
        }
        List<Token> lackingCell = bLacks ? tokensB.get(k) : tokensA.get(k);
        Side lackingSide = bLacks ? there.b() : there.a();
        List<Token> excess = new ArrayList<>();
        for (int i = 0; i < lackingCell.size(); i++) {
            if (Boolean.FALSE.equals(lackingSide.byToken().get(i))) {
                excess.add(lackingCell.get(i));
            }
        }
        if (excess.isEmpty()) {
            return false;
        }
        Side inRow = bLacks ? side(excess, tokensA.get(r), !aTranslates, learnedBA, learnedAB)
                : side(excess, tokensB.get(r), aTranslates, learnedAB, learnedBA);
        double usual = bLacks ? coverageB : coverageA;
        return inRow.translatable() > 0 && (double) inRow.matched() / inRow.translatable() >= HELD_SHARE * usual;
    }

    /**
     * Which tokens of x the other cell y renders, in x's order: a learned pair counts only when the
     * models of both directions learn it.
     */
    private Side side(List<Token> x, List<Token> y, boolean xTranslates, Map<String, Set<String>> xy, Map<String, Set<String>> yx) {
        Set<String> yKeys = new HashSet<>();
        Set<String> yRenders = new HashSet<>();
        for (Token token : y) {
            yKeys.add(token.key());
            if (!xTranslates) {
                yRenders.addAll(lexicon.translations(token.key()));
            }
        }
        List<Boolean> matched = new ArrayList<>();
        List<Boolean> byToken = new ArrayList<>();
        for (Token token : x) {
            String key = token.key();
            boolean isMatched = yKeys.contains(key) || yRenders.contains(key)
                    || (xTranslates && lexicon.translations(key).stream().anyMatch(yKeys::contains))
                    || xy.getOrDefault(key, Set.of()).stream().anyMatch(k -> yKeys.contains(k) && yx.getOrDefault(k, Set.of()).contains(key));
            // A word counts when it could be matched at all: the other side's dictionary direction
            // lists no words of its own, so every word of that side counts.
            boolean translatable = isMatched || token.kind() != TokenKind.WORD || !xTranslates || !lexicon.translations(key).isEmpty()
                    || xy.containsKey(key);
            if (translatable) {
                matched.add(isMatched);
            }
            byToken.add(translatable ? isMatched : null);
        }
        return new Side(matched, byToken);
    }

    private static List<Token> content(List<Token> tokens) {
        return tokens.stream().filter(Token::content).toList();
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The median absolute deviation scaled to a normal distribution's standard deviation: robust to the rows that do diverge. */
    private static double spread(List<Double> values) {
        double median = median(values);
        return 1.4826 * median(values.stream().map(v -> Math.abs(v - median)).toList());
    }

    /**
     * For each translatable content word of a cell, in order, whether the other cell renders it;
     * and the same for every content word (null for a word that could not be matched at all).
     */
    private record Side(List<Boolean> rendered, List<@org.jspecify.annotations.Nullable Boolean> byToken) {

        int translatable() {
            return rendered.size();
        }

        long matched() {
            return rendered.stream().filter(m -> m).count();
        }

        /** The matched share, smoothed so that a cell of few words is not extreme. */
        double share() {
            return smoothedShare(rendered);
        }

        /** Log of the matched share of the second half over that of the first half (smoothed). */
        double tailShare() {
            int half = (rendered.size() + 1) / 2;
            List<Boolean> head = rendered.subList(0, half);
            List<Boolean> tail = rendered.subList(half, rendered.size());
            return Math.log(smoothedShare(tail)) - Math.log(smoothedShare(head));
        }

        private static double smoothedShare(List<Boolean> words) {
            return (words.stream().filter(m -> m).count() + 0.5) / (words.size() + 1);
        }
    }

    private record Match(Side a, Side b) {
    }
}
