package dev.alinea.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.alinea.language.Languages;
import dev.alinea.lexicon.Model1;
import dev.alinea.lexicon.NameLexicon;
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
    /** Texts up to this many sentence pairs (about 2,000 a side) are searched in a wide band without anchors. */
    private static final long FULL_SEARCH_CELLS = 4_000_000;
    /** Half-width of the band around the first pass's path in which the second pass searches. */
    private static final int REFINE_BAND = 20;
    /** Half-width of that band where the first pass's path may be lost. */
    private static final int LOST_BAND = 80;
    /** Beads of the first pass's path over which its local contrast is measured to tell whether it is lost there. */
    private static final int LOST_WINDOW = 12;
    /** Local contrast of the first pass's path below which it counts as lost (a translation's is 5 to 14, see {@link #TRANSLATION_CONTRAST}). */
    private static final double LOST_CONTRAST = 2;
    /**
     * Below this contrast a pair is not a translation. Translations measure 5 to 14 (MAC-Dev
     * chapters 5.9 to 10.4, UDHR 5.1 to 14.2, the seed story's Indonesian version 13); a comparable
     * Chinese article 2.3, another English article on the same event 2.8, an unrelated text 0.3.
     */
    public static final double TRANSLATION_CONTRAST = 4;
    /**
     * Below this contrast a text shares hardly any content with the other: another story (the
     * unrelated seed, course-text.en.unrelated.txt, measures 0.3), whose sentences all stay alone.
     */
    public static final double RELATED_CONTRAST = 1;
    /**
     * Share of the first pass's paired beads that must match on something (a dictionary word, a
     * name, a number, a cognate) for its contrast to tell a translation from other text. Under it
     * (a French–German pair, for which Alinea has no dictionary, of sentences without names or
     * numbers: none of ten) the text is taken as a translation. UDHR, MAC-Dev and the seeds'
     * versions, translations or not, match on most of them.
     */
    static final double THIN_EVIDENCE = 0.2;
    /**
     * From this contrast the pairs of a text read as a translation with moved passages are taken
     * as its alignment: the least that translations measure (see {@link #TRANSLATION_CONTRAST});
     * translations shuffled in blocks and thinned measure 5.8 to 17, the seeds' comparable Chinese
     * article 2.6 and another English article on the same event 4.9.
     */
    static final double MOVED_CONTRAST = 5;
    /**
     * Up to this contrast a text that reads as a translation is also read with moved passages, if
     * short ({@link #MOVED_CHECK_CELLS}): UDHR articles shuffled in blocks and thinned measured up to
     * 6.5 in order, as much as some translations (5.1 to 14.2).
     */
    private static final double MOVED_CHECK_CONTRAST = 8;
    /** Texts up to this many sentence pairs (about 1,000 a side) that read as translations are checked for moved passages. */
    private static final long MOVED_CHECK_CELLS = 1_000_000;
    /**
     * How many times better than in order such a text must match read with moved passages to be
     * taken as a translation whose passages were moved: translations match no better so read (0.85
     * to 0.99 times as well: MAC-Dev chapters, UDHR), the shuffled UDHR 1.5 to 3.3 times better.
     */
    private static final double MOVED_OVER_ORDER = 1.25;
    /** Texts up to this many sentence pairs (about 2,800 a side) are also read as translations with moved passages. */
    private static final long MOVED_SEARCH_CELLS = 8_000_000;
    /** Cost of reading the source on from another place, in a text read with moved passages. */
    private static final double MOVED_JUMP = 1.5;
    /** Cost of a source sentence left out there: low, since most of a comparable text's source is. */
    private static final double MOVED_OMISSION = 0.15;
    /** Cost of a target sentence without counterpart there (a 0-1 bead). */
    private static final double MOVED_ADDITION = 0.7;
    /** How much a moved-passage bead's cost falls per unit of probability of its likeliest content pair. */
    private static final double ANCHOR_GAIN = 2;
    private static final double MIN_BACKGROUND = 0.01;
    /** Least posterior of a bead of a reading with moved passages for learning translations from it. */
    private static final double LEARNING_POSTERIOR = 0.9;
    /**
     * Texts up to this many sentence pairs (about 1,000 a side) read with moved passages learn the
     * words their dictionary lacks and are read again: reading again costs about as much as the
     * first reading (with it, the three-way bench of 2,000 sentences, 2,011 × 1,341 pairs, took 6.0
     * to 7.0 s of wall time rather than 5.2 s).
     */
    private static final long MOVED_LEARNING_CELLS = 1_000_000;

    private final String sourceLanguage;
    private final String targetLanguage;
    private final AlignmentParameters parameters;
    private final NameLexicon names;

    public LexicalAligner(String sourceLanguage, String targetLanguage) {
        this(sourceLanguage, targetLanguage, NameLexicon.EMPTY);
    }

    /** @param names entities whose renderings match across the languages as a person confirmed them (the project's name list) */
    public LexicalAligner(String sourceLanguage, String targetLanguage, NameLexicon names) {
        this(sourceLanguage, targetLanguage, AlignmentParameters.DEFAULT, names);
    }

    LexicalAligner(String sourceLanguage, String targetLanguage, AlignmentParameters parameters, NameLexicon names) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.parameters = parameters;
        this.names = names;
    }

    @Override
    public List<Bead> align(List<String> source, List<String> target) {
        return alignPair(source, target).beads();
    }

    @Override
    public PairAlignment alignPair(List<String> source, List<String> target) {
        Sides sides = features(source, target);
        SearchSpace space = searchSpace(sides);
        LengthModel initial = LengthModel.fromTotals(sides.src().lengths, sides.tgt().lengths);
        PairMatches matches = PairMatches.compute(space, sides.src(), sides.tgt(), sides.keys().size());
        List<BeadSearch.ScoredBead> path = BeadSearch.search(space, TYPES, costs(matches, sides, initial, parameters));

        int[] guide = pathOf(path, source.size());
        Parallelism parallelism = parallelism(path, guide, matches, source.size(), target.size());
        if (parallelism.contrast() < TRANSLATION_CONTRAST) {
            // Not a translation in this order: sentences pair by what they share, wherever they stand.
            ComparableAligner.Result comparable = parallelism.contrast() < RELATED_CONTRAST
                    ? ComparableAligner.fromPairs(List.of(), source.size(), target.size())
                    : comparable(sides, initial);
            return new PairAlignment(comparable.beads(), parallelism.contrast(), comparable.links());
        }
        if (parallelism.contrast() < MOVED_CHECK_CONTRAST && (long) source.size() * target.size() <= MOVED_CHECK_CELLS) {
            // A short translation whose passages were moved may keep enough of them in order to pass
            // for a translation; read with moved passages, it matches far better than in order.
            Optional<ComparableAligner.Result> moved = moved(sides, initial, ComparableAligner.score(contentPairs(sides)),
                    Math.max(MOVED_CONTRAST, MOVED_OVER_ORDER * parallelism.contrast()));
            if (moved.isPresent()) {
                return new PairAlignment(moved.get().beads(), parallelism.contrast(), moved.get().links());
            }
        }
        learnTranslations(path, matches, sides);
        // The first pass already finds the right neighbourhood; the second refines it in a narrow band, wider where it may be lost.
        space = SearchSpace.aroundPath(source.size(), target.size(), guide, refineWidths(path, guide, matches, source.size(), target.size()));
        matches = PairMatches.compute(space, sides.src(), sides.tgt(), sides.keys().size());
        LengthModel refitted = LengthModel.fit(path.stream().map(b -> new Bead(b.srcStart(), b.srcCount(), b.tgtStart(), b.tgtCount(), 0)).toList(),
                sides.src().lengths, sides.tgt().lengths, initial);
        BeadSearch.BeadCost cost = BeadSearch.remembering(space, TYPES, costs(matches, sides, refitted, parameters));
        path = BeadSearch.search(space, TYPES, cost);
        List<Bead> beads = BeadSearch.posteriors(space, TYPES, cost, path, parameters.temperature()).stream()
                .map(b -> new Bead(b.srcStart(), b.srcCount(), b.tgtStart(), b.tgtCount(), b.posterior()))
                .toList();
        return new PairAlignment(beads, parallelism.contrast());
    }

    /**
     * A related text that is not a translation in this order. It is first read as a translation
     * whose passages were moved ({@link MovedPassages}); if the pairs of that reading match as a
     * translation's beads do (their contrast at least {@link #MOVED_CONTRAST}), they are the
     * alignment. Otherwise it is a comparable text, and its sentences pair by the content they share.
     */
    private ComparableAligner.Result comparable(Sides sides, LengthModel lengths) {
        int n = sides.src().sentences();
        int m = sides.tgt().sentences();
        List<ComparableAligner.Scored> scored = ComparableAligner.score(contentPairs(sides));
        if ((long) n * m > MOVED_SEARCH_CELLS) {
            return ComparableAligner.fromPairs(scored, n, m);
        }
        return moved(sides, lengths, scored, MOVED_CONTRAST).orElseGet(() -> ComparableAligner.fromPairs(scored, n, m));
    }

    private static ContentPairs contentPairs(Sides sides) {
        return ContentPairs.compute(sides.src(), sides.tgt(), sides.keys().size(), sides.keys().formOnly());
    }

    /**
     * The rows and links of the pair read as a translation with moved passages ({@link #movedPassages}),
     * if the pairs of that reading match at least {@code least} times better than the same source
     * sentences with their neighbours' counterparts; empty otherwise.
     */
    private Optional<ComparableAligner.Result> moved(Sides sides, LengthModel lengths, List<ComparableAligner.Scored> scored, double least) {
        int n = sides.src().sentences();
        int m = sides.tgt().sentences();
        PairMatches everywhere = PairMatches.compute(SearchSpace.full(n, m), sides.src(), sides.tgt(), sides.keys().size());
        MovedPassages.Reading passages = movedPassages(everywhere, sides, lengths, scored);
        if (MovedPassages.contrast(passages.pairs(), everywhere, m) < least) {
            return Optional.empty();
        }
        List<MovedPassages.Pair> pairs = passages.withPosteriors(parameters.temperature());
        List<ComparableAligner.Scored> content = scored;
        if ((long) n * m <= MOVED_LEARNING_CELLS && learnUnknownWords(pairs, sides)) {
            // The words learned are evidence for the content pairs and the beads alike: both are worked out again.
            content = ComparableAligner.score(contentPairs(sides));
            everywhere = PairMatches.compute(SearchSpace.full(n, m), sides.src(), sides.tgt(), sides.keys().size());
            pairs = movedPassages(everywhere, sides, lengths, content).withPosteriors(parameters.temperature());
        }
        return Optional.of(ComparableAligner.fromPassages(pairs, content, n, m));
    }

    /**
     * Learns, from the beads of a reading with moved passages at posterior
     * {@link #LEARNING_POSTERIOR} or more, translations of the translating side's words that the
     * dictionary does not know (IBM Model 1, as {@link #learnTranslations} for a translation's
     * first pass), and adds them to that side. A small dictionary misses common words (the en-id
     * one lacks arrest, equal, everyone, include, recognition, whereas), so sentences of a
     * translation share little evidence and their pairs are lost; from the shuffled UDHR it learns
     * whereas = menimbang, recognition = pengakuan, including = termasuk (en-id recall over seeds 1
     * to 6 from 0.78-0.89 to 0.82-0.91, precision not lower on any). Words the dictionary knows
     * keep its translations alone: learning theirs too lowered en-id precision on two of the six
     * seeds and recall on two others (it raised MAC-Dev recall by 3 points, though).
     *
     * @return whether any translation was learned
     */
    private boolean learnUnknownWords(List<MovedPassages.Pair> reading, Sides sides) {
        List<Model1.SentencePair> pairs = reading.stream().filter(bead -> bead.posterior() >= LEARNING_POSTERIOR)
                .map(bead -> trainingPair(sides, bead.srcStart(), bead.srcCount(), bead.tgtStart(), bead.tgtCount())).toList();
        if (pairs.size() < MIN_LEARNING_PAIRS) {
            return false;
        }
        TranslationLexicon lexicon = TranslationLexicon.between(sourceLanguage, targetLanguage);
        java.util.Map<String, java.util.Set<String>> learned = new java.util.HashMap<>(Model1.train(pairs, 5).translations(0.2, 2, 3));
        learned.keySet().removeIf(word -> !lexicon.translations(word).isEmpty());
        (sides.sourceLearns() ? sides.src() : sides.tgt()).addLearned(learned, sides.keys());
        return !learned.isEmpty();
    }

    /** The word keys of a bead's sentences, the learning side's first. */
    private static Model1.SentencePair trainingPair(Sides sides, int srcStart, int srcCount, int tgtStart, int tgtCount) {
        List<String> source = words(sides.src(), srcStart, srcCount);
        List<String> target = words(sides.tgt(), tgtStart, tgtCount);
        return sides.sourceLearns() ? new Model1.SentencePair(source, target) : new Model1.SentencePair(target, source);
    }

    /**
     * The beads of a translation whose passages may have been moved. A bead's cost is a
     * translation bead's, less {@link #ANCHOR_GAIN} times the likeliest content pair it holds: the
     * content model sees facts in common across the whole texts, the bead cost how well a passage
     * reads as a translation once found.
     */
    private MovedPassages.Reading movedPassages(PairMatches everywhere, Sides sides, LengthModel lengths, List<ComparableAligner.Scored> scored) {
        int n = sides.src().sentences();
        int m = sides.tgt().sentences();
        float[][] likely = new float[n][m];
        for (ComparableAligner.Scored pair : scored) {
            likely[pair.source()][pair.target()] = (float) pair.probability();
        }
        BeadSearch.BeadCost translation = costs(everywhere, sides, lengths, parameters);
        BeadSearch.BeadCost cost = (i, a, j, b) -> {
            if (a == 0) {
                return MOVED_ADDITION * b;
            }
            double anchor = 0;
            for (int s = i; s < i + a; s++) {
                for (int t = j; t < j + b; t++) {
                    anchor = Math.max(anchor, likely[s][t]);
                }
            }
            return translation.cost(i, a, j, b) - ANCHOR_GAIN * anchor;
        };
        return MovedPassages.read(n, m, cost, MOVED_OMISSION, MOVED_JUMP);
    }

    /** Both documents' features over one key space, and which side translates. */
    private record Sides(SideFeatures src, SideFeatures tgt, SideFeatures.KeyIds keys, boolean sourceLearns) {
    }

    private Sides features(List<String> source, List<String> target) {
        TranslationLexicon lexicon = TranslationLexicon.between(sourceLanguage, targetLanguage);
        boolean bothLatin = Languages.of(sourceLanguage).isLatinScript() && Languages.of(targetLanguage).isLatinScript();
        SideFeatures.KeyIds keys = new SideFeatures.KeyIds();
        boolean sourceTranslates = lexicon.translatingLanguage().equals(Languages.of(sourceLanguage).code());
        boolean targetTranslates = lexicon.translatingLanguage().equals(Languages.of(targetLanguage).code());
        // Both sides read at once, a long side in pieces so that every core has work until the end;
        // their keys then numbered source first, as one after the other would.
        List<java.util.concurrent.Callable<SideFeatures.Read>> tasks = new ArrayList<>(
                SideFeatures.pieces(source, sourceLanguage, lexicon, names, sourceTranslates, bothLatin));
        int sourcePieces = tasks.size();
        tasks.addAll(SideFeatures.pieces(target, targetLanguage, lexicon, names, targetTranslates, bothLatin));
        List<SideFeatures.Read> read = ParallelTasks.run(tasks, done -> { });
        SideFeatures src = SideFeatures.Read.joined(read.subList(0, sourcePieces)).intern(keys);
        SideFeatures tgt = SideFeatures.Read.joined(read.subList(sourcePieces, read.size())).intern(keys);
        return new Sides(src, tgt, keys, !targetTranslates);
    }

    /**
     * Where to search. Short texts get a wide diagonal band. In long ones the search keeps, between
     * two consecutive anchors (sentence pairs that share rare keys, see {@link Anchors}), to the
     * rectangle they span: time and memory grow with the length of the texts, not its square.
     */
    private static SearchSpace searchSpace(Sides sides) {
        int n = sides.src().sentences();
        int m = sides.tgt().sentences();
        if ((long) n * m <= FULL_SEARCH_CELLS) {
            return SearchSpace.diagonal(n, m, Math.max(100, Math.max(n, m) / 4 + Math.abs(n - m)));
        }
        Anchors.Anchor[] anchors = Anchors.find(sides.src(), sides.tgt(), sides.keys().size(), sides.keys().punctuation());
        int[][] bounds = Anchors.rectangles(anchors, n, m);
        return SearchSpace.within(n, m, bounds[0], bounds[1]);
    }

    /**
     * How much of a pair is translation rather than comparable or unrelated text: how many times
     * more the path's paired beads match than sentence pairs just off the path do.
     *
     * @param contrast mean similarity of the path's paired beads over the mean similarity of
     *        sentence pairs 7 and 13 sentences off the path, &gt;= 0
     */
    record Parallelism(double contrast) {
    }

    private static Parallelism parallelism(List<BeadSearch.ScoredBead> path, int[] guide, PairMatches matches, int n, int m) {
        double background = 0;
        int beside = 0;
        for (int i = 0; i < n; i++) {
            for (int offset : new int[] {-7, 7, 13}) {
                int j = guide[i] + offset;
                if (j >= 0 && j < m) {
                    background += matches.similarity(i, 1, j, 1);
                    beside++;
                }
            }
        }
        double[] similarities = path.stream().filter(b -> b.srcCount() > 0 && b.tgtCount() > 0)
                .mapToDouble(b -> matches.similarity(b.srcStart(), b.srcCount(), b.tgtStart(), b.tgtCount())).toArray();
        double onPath = java.util.Arrays.stream(similarities).average().orElse(0);
        long evidenced = java.util.Arrays.stream(similarities).filter(similarity -> similarity > 0).count();
        if (similarities.length > 0 && evidenced < THIN_EVIDENCE * similarities.length) {
            // Hardly a sentence pair shares anything (no dictionary for the pair, few names or
            // numbers): nothing tells a translation from another text, and a translation is what
            // a version usually is. It is aligned as one, by length and what little matches.
            return new Parallelism(TRANSLATION_CONTRAST);
        }
        if (beside == 0) {
            // Too short to have neighbours: judge by the path alone.
            return new Parallelism(onPath > 0 ? TRANSLATION_CONTRAST : 0);
        }
        double offPath = background / beside;
        return new Parallelism(onPath / Math.max(offPath, MIN_BACKGROUND));
    }

    /**
     * The half-width of the second pass's band at each source position: {@link #REFINE_BAND}, and
     * {@link #LOST_BAND} where the first pass may have lost the path: where its paired beads match
     * hardly better than the sentence pairs beside them (their local {@link Parallelism contrast} is
     * below {@link #LOST_CONTRAST}), so that the second pass can still find the path there.
     * Omissions do not count: a run of them says that the sentences have no counterpart.
     */
    private static int[] refineWidths(List<BeadSearch.ScoredBead> path, int[] guide, PairMatches matches, int n, int m) {
        int[] widths = new int[n + 1];
        java.util.Arrays.fill(widths, REFINE_BAND);
        double[] onPath = new double[path.size() + 1];
        int[] paired = new int[path.size() + 1];
        double[] offPath = new double[path.size() + 1];
        int[] beside = new int[path.size() + 1];
        for (int k = 0; k < path.size(); k++) {
            BeadSearch.ScoredBead bead = path.get(k);
            boolean pair = bead.srcCount() > 0 && bead.tgtCount() > 0;
            onPath[k + 1] = onPath[k] + (pair ? matches.similarity(bead.srcStart(), bead.srcCount(), bead.tgtStart(), bead.tgtCount()) : 0);
            paired[k + 1] = paired[k] + (pair ? 1 : 0);
            double background = 0;
            int count = 0;
            for (int i = bead.srcStart(); pair && i < bead.srcStart() + bead.srcCount(); i++) {
                for (int offset : new int[] {-7, 7}) {
                    int j = guide[i] + offset;
                    if (j >= 0 && j < m) {
                        background += matches.similarity(i, 1, j, 1);
                        count++;
                    }
                }
            }
            offPath[k + 1] = offPath[k] + background;
            beside[k + 1] = beside[k] + count;
        }
        for (int k = 0; k < path.size(); k++) {
            int from = Math.max(0, k - LOST_WINDOW / 2);
            int to = Math.min(path.size(), k + LOST_WINDOW / 2);
            if (paired[to] - paired[from] < LOST_WINDOW / 2 || beside[to] == beside[from]) {
                continue;
            }
            double contrast = (onPath[to] - onPath[from]) / (paired[to] - paired[from])
                    / Math.max(MIN_BACKGROUND, (offPath[to] - offPath[from]) / (beside[to] - beside[from]));
            if (contrast < LOST_CONTRAST) {
                BeadSearch.ScoredBead bead = path.get(k);
                for (int i = bead.srcStart(); i <= bead.srcStart() + bead.srcCount(); i++) {
                    widths[i] = LOST_BAND;
                }
            }
        }
        return widths;
    }

    /** For each source position, the target position a path of beads passes at it. */
    private static int[] pathOf(List<BeadSearch.ScoredBead> beads, int n) {
        int[] path = new int[n + 1];
        for (BeadSearch.ScoredBead bead : beads) {
            for (int i = bead.srcStart(); i <= bead.srcStart() + bead.srcCount(); i++) {
                path[i] = bead.tgtStart() + (bead.srcCount() == 0 ? bead.tgtCount()
                        : bead.tgtCount() * (i - bead.srcStart()) / bead.srcCount());
            }
        }
        return path;
    }

    private static BeadSearch.BeadCost costs(PairMatches matches, Sides sides, LengthModel model, AlignmentParameters parameters) {
        int[] srcPrefix = LengthModel.prefixSums(sides.src().lengths);
        int[] tgtPrefix = LengthModel.prefixSums(sides.tgt().lengths);
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
    private void learnTranslations(List<BeadSearch.ScoredBead> path, PairMatches matches, Sides sides) {
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
            pairs.add(trainingPair(sides, bead.srcStart(), bead.srcCount(), bead.tgtStart(), bead.tgtCount()));
        }
        if (pairs.size() < MIN_LEARNING_PAIRS) {
            return;
        }
        (sides.sourceLearns() ? sides.src() : sides.tgt()).addLearned(Model1.train(pairs, 5).translations(0.2, 2, 3), sides.keys());
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

}
