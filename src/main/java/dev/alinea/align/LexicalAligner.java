package dev.alinea.align;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.lang.UScript;

import dev.alinea.lexicon.Model1;
import dev.alinea.lexicon.TranslationLexicon;

/**
 * Aligns sentences on translation evidence and length together. A bead's cost adds, per sentence
 * it holds, how much of its content finds no counterpart across the bead (dictionary and learned
 * translations, numbers, names, Latin tokens, cognates: see {@link SideFeatures}); the
 * improbability of its length ratio under a length model fitted to the pair; and a small penalty
 * for bead types other than 1-1. An omitted or added sentence costs a fixed amount, so that a
 * sentence with no counterpart stays alone rather than being forced into a pair.
 *
 * <p>The search runs twice: after the first pass, a translation lexicon is learned from the
 * confident beads of the document pair itself (IBM Model 1) and the length model is refitted.
 */
public final class LexicalAligner implements SentenceAligner {

    static final int[][] TYPES = {{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {1, 3}, {3, 1}, {2, 2}, {1, 4}, {4, 1}, {2, 3}, {3, 2}};

    private static final int MIN_LEARNING_PAIRS = 10;

    private final String sourceLanguage;
    private final String targetLanguage;
    private final AlignmentParameters parameters;

    public LexicalAligner(String sourceLanguage, String targetLanguage) {
        this(sourceLanguage, targetLanguage, AlignmentParameters.DEFAULT);
    }

    LexicalAligner(String sourceLanguage, String targetLanguage, AlignmentParameters parameters) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.parameters = parameters;
    }

    @Override
    public List<Bead> align(List<String> source, List<String> target) {
        TranslationLexicon lexicon = TranslationLexicon.between(sourceLanguage, targetLanguage);
        boolean bothLatin = isLatinLanguage(sourceLanguage) && isLatinLanguage(targetLanguage);
        SideFeatures.KeyIds keys = new SideFeatures.KeyIds();
        boolean sourceTranslates = lexicon.translatingLanguage().equals(base(sourceLanguage));
        SideFeatures src = SideFeatures.extract(source, sourceLanguage, lexicon, sourceTranslates, bothLatin, keys);
        SideFeatures tgt = SideFeatures.extract(target, targetLanguage, lexicon, !sourceTranslates && !lexicon.translatingLanguage().isEmpty(), bothLatin, keys);
        int n = source.size();
        int m = target.size();
        SearchSpace space = SearchSpace.diagonal(n, m, Math.max(100, Math.max(n, m) / 4 + Math.abs(n - m)));

        LengthModel initial = LengthModel.fromTotals(src.lengths, tgt.lengths);
        PairMatches matches = PairMatches.compute(space, src, tgt, keys.size());
        List<BeadSearch.ScoredBead> path = BeadSearch.search(space, TYPES, costs(matches, src, tgt, initial));

        learnTranslations(path, matches, sourceTranslates || lexicon.translatingLanguage().isEmpty() ? src : tgt,
                sourceTranslates || lexicon.translatingLanguage().isEmpty() ? tgt : src, sourceTranslates || lexicon.translatingLanguage().isEmpty(), keys);
        matches = PairMatches.compute(space, src, tgt, keys.size());
        LengthModel refitted = LengthModel.fit(path.stream().map(b -> new Bead(b.srcStart(), b.srcCount(), b.tgtStart(), b.tgtCount(), 0)).toList(),
                src.lengths, tgt.lengths, initial);
        BeadSearch.BeadCost cost = costs(matches, src, tgt, refitted);
        path = BeadSearch.search(space, TYPES, cost);
        return BeadSearch.posteriors(space, TYPES, cost, path, parameters.temperature()).stream()
                .map(b -> new Bead(b.srcStart(), b.srcCount(), b.tgtStart(), b.tgtCount(), b.posterior()))
                .toList();
    }

    private BeadSearch.BeadCost costs(PairMatches matches, SideFeatures src, SideFeatures tgt, LengthModel model) {
        int[] srcPrefix = prefixSums(src.lengths);
        int[] tgtPrefix = prefixSums(tgt.lengths);
        return (i, a, j, b) -> {
            if (a == 0 || b == 0) {
                return parameters.skipCost() * (a + b);
            }
            double dissimilarity = 1 - matches.similarity(i, a, j, b);
            double lengthCost = model.lengthCost(srcPrefix[i + a] - srcPrefix[i], tgtPrefix[j + b] - tgtPrefix[j]);
            return parameters.typePenalty(a, b) + (a + b) / 2.0 * (parameters.lexicalWeight() * dissimilarity)
                    + parameters.lengthWeight() * lengthCost;
        };
    }

    /**
     * Trains IBM Model 1 on the beads of a pass whose content mostly matches, from the translating
     * side's words to the other side's word keys, and adds what it learns to the translating side.
     */
    private void learnTranslations(List<BeadSearch.ScoredBead> path, PairMatches matches, SideFeatures learner, SideFeatures other,
            boolean learnerIsSource, SideFeatures.KeyIds keys) {
        // Learn from the better half of the first pass's beads (and never from weak ones), so that
        // a pair without a dictionary still bootstraps from its numbers, names and cognates.
        List<BeadSearch.ScoredBead> paired = path.stream().filter(b -> b.srcCount() > 0 && b.tgtCount() > 0).toList();
        double[] similarities = paired.stream()
                .mapToDouble(b -> matches.similarity(b.srcStart(), b.srcCount(), b.tgtStart(), b.tgtCount())).toArray();
        double threshold = Math.max(parameters.learningThreshold(), median(similarities));
        List<Model1.SentencePair> pairs = new ArrayList<>();
        for (int k = 0; k < paired.size(); k++) {
            BeadSearch.ScoredBead bead = paired.get(k);
            if (similarities[k] < threshold) {
                continue;
            }
            List<String> learnerWords = words(learner, learnerIsSource ? bead.srcStart() : bead.tgtStart(), learnerIsSource ? bead.srcCount() : bead.tgtCount());
            List<String> otherWords = words(other, learnerIsSource ? bead.tgtStart() : bead.srcStart(), learnerIsSource ? bead.tgtCount() : bead.srcCount());
            pairs.add(new Model1.SentencePair(learnerWords, otherWords));
        }
        if (pairs.size() < MIN_LEARNING_PAIRS) {
            return;
        }
        learner.addLearned(Model1.train(pairs, 5).translations(0.2, 2, 3), keys);
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<String> words(SideFeatures side, int start, int count) {
        List<String> words = new ArrayList<>();
        for (int s = start; s < start + count; s++) {
            for (String word : side.wordKeys[s]) {
                if (word != null) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static int[] prefixSums(int[] values) {
        int[] prefix = new int[values.length + 1];
        for (int k = 0; k < values.length; k++) {
            prefix[k + 1] = prefix[k] + values[k];
        }
        return prefix;
    }

    private static boolean isLatinLanguage(String language) {
        int[] scripts = UScript.getCode(com.ibm.icu.util.ULocale.forLanguageTag(language));
        return scripts != null && scripts.length > 0 && scripts[0] == UScript.LATIN;
    }

    private static String base(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }
}
