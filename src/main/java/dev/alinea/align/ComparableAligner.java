package dev.alinea.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Aligns two texts that tell the same story without translating each other (a comparable
 * article): sentences are paired by shared content wherever they stand, never by position alone.
 *
 * <p>Every sentence pair with shared evidence ({@link ContentPairs}) gets a probability of stating
 * the same fact, from four measures: the share of both sentences' evidence weight that matches
 * (a weighted Dice), the matched evidence itself in nats, how close the pair comes to the best
 * pair of each of its two sentences, and whether it is the best of both. The weights of this
 * logistic model were fitted on the six MAC-Dev chapters (zh–en), every sentence pair with shared
 * evidence labelled by the gold alignment; on the UDHR (en–zh, en–id) and on hand-made links
 * between the seed story and the Chinese article, pairs at 0.8 and above were right 90–100 % of
 * the time.
 *
 * A pair next to a confident pair, in the same direction on both texts, gains (a passage
 * translated as a whole, wherever it was moved: on translations shuffled in blocks this raised
 * recall by a tenth at the same precision).
 *
 * <p>The pairs above {@link #CHAIN} that keep the order of both texts and weigh most together (a
 * weighted longest chain) form the rows; a sentence may pair with several neighbouring
 * sentences of the other text. Pairs above {@link #LINK} off that chain (a fact told elsewhere,
 * crossing the rows; above {@link #PASSAGE_LINK} for the pairs of a translation read with moved
 * passages) and pairs above {@link #NEAR} that sit between two of the chain's neighbouring pairs at
 * most {@link #NEAR_GAP} sentences apart (any distance apart in such a reading) become links. Every
 * other sentence stands alone.
 */
final class ComparableAligner {

    /** Probability from which a pair may be part of the rows. */
    static final double CHAIN = 0.4;
    /**
     * Probability from which a pair off the rows' order becomes a link. On shuffled and thinned
     * MAC-Dev (seeds 1 and 2, the chapters read as comparable text), such pairs from 0.7 to 0.8 were
     * right 9 times of 10, from 0.6 to 0.7 0 of 2; on the seed article 2 of 2 (10-21 "people, things,
     * prospects" ↔ 人、事、前景, 4-10 "one of the authoritative NLP scientists" ↔ 最权威的 NLP 科学家之一).
     */
    static final double LINK = 0.7;
    /** Probability from which a pair between two paired rows, crossing nothing, becomes a link. */
    static final double NEAR = 0.1;
    /**
     * The most sentences, on either text, between two paired rows for a pair between them to
     * become a link from {@link #NEAR}: across a wider gap a sentence has many weak pairs, most of
     * them wrong (on the seed article, 5 of 6).
     */
    static final int NEAR_GAP = 2;
    /**
     * Probability from which a pair of a translation read with moved passages becomes a link off
     * the rows: that reading's pairs between 0.5 and 0.8 are mostly right (translations shuffled in
     * blocks and thinned, six seeds of UDHR en-zh and en-id, two of MAC-Dev: with them, and additions
     * made cheaper, recall rose from 0.72, 0.80, 0.42 to 0.76, 0.80, 0.44 and precision from 0.92,
     * 0.98, 0.90 to 0.94, 0.98, 0.92).
     */
    static final double PASSAGE_LINK = 0.5;
    /**
     * Content probability from which a pair of two sentences that a translation read with moved
     * passages left alone becomes a link: on shuffled and thinned MAC-Dev (seeds 1 to 6) such pairs
     * from 0.9 were all right (7 of 7; on UDHR en-id 1 of 1), those from 0.8 to 0.9 more often wrong
     * than right (about 27 of 59 right).
     */
    static final double LONE_LINK = 0.9;

    /**
     * What a pair between two consecutive beads of a reading with moved passages keeps of the
     * lower of their posteriors: the one sentence each text has between them, which the reading
     * left out and added because they share no evidence (a word the dictionary lacks), are most
     * likely a translation of each other. Such pairs were right 22 times of 30 (UDHR en-id and
     * MAC-Dev shuffled and thinned), so they stay under {@link LinkScore#CONFIDENT}.
     */
    static final double BETWEEN = 0.75;

    private static final double W_DICE = -0.917;
    private static final double W_EVIDENCE = 1.108;
    private static final double W_RELATIVE = 5.791;
    private static final double W_MUTUAL = 0.86;
    private static final double W_BIAS = -8.531;
    /** Log-odds a pair gains for each side (before, after) on which a confident pair neighbours it. */
    private static final double W_SUPPORT = 1.5;
    /** The log-odds of {@link #NEAR}: the least a pair must reach to be of any use. */
    private static final double LEAST_LOG_ODDS = Math.log(NEAR / (1 - NEAR));
    /** Probability from which a pair supports its neighbours. */
    private static final double ANCHOR = 0.8;
    /** How many sentences away, on each text, a confident pair supports a pair. */
    private static final int REACH = 2;

    private record Thresholds(double link, double near, int nearGap) {
    }

    private static final Thresholds CONTENT = new Thresholds(LINK, NEAR, NEAR_GAP);
    private static final Thresholds PASSAGES = new Thresholds(PASSAGE_LINK, NEAR, Integer.MAX_VALUE);

    /** A sentence pair and how likely both state the same fact. */
    record Scored(int source, int target, double probability) {
    }

    /**
     * @param beads covering both texts in order: pairs of the chain, every other sentence alone (1-0 or 0-1)
     * @param links pairs outside the beads, as document 0 (source) and 1 (target)
     */
    record Result(List<Bead> beads, List<Link> links) {
    }

    private ComparableAligner() {
    }

    /**
     * Rows and links from the beads of a translation read with moved passages: each sentence pair
     * of a bead with its bead's posterior, or with its content probability ({@link #score}) where
     * that reaches {@link #LINK} and is higher. A passage of one kept sentence, the rest of its
     * block deleted, costs the reading two jumps, so its posterior stays low whatever the two
     * sentences share, and the pair was lost (shuffled and thinned UDHR, seeds 1 to 6: 4 more true
     * pairs found in en-id, 2 in en-zh, 2 in id-zh, none wrong; MAC-Dev recall up by 0.3 to 1.2
     * points at precision within 0.6 points). A content pair from {@link #LONE_LINK} between two
     * sentences the reading left alone is kept too: the reading's jumps cost that pair its place.
     * So is the pair of the one sentence each text leaves alone between two consecutive beads of
     * the reading ({@link #BETWEEN}; shuffled and thinned UDHR, seeds 1 to 6: 4 more true pairs in
     * en-id, none wrong; MAC-Dev seeds 1 and 2: 11 and 7 more true pairs, 4 and 4 wrong). A bead
     * of several sentences claims only its pairs that share evidence ({@code content}) when some
     * do: the others were read with their neighbour (an article heading, 第三十条, with the
     * sentence beside it, its own counterpart deleted). Such pairs were wrong 12 times of 12 on
     * the shuffled UDHR (seeds 1 to 6, three pairs) and 15 of 28 on MAC-Dev (seeds 1 and 2).
     *
     * @param content pairs with their content probability, in any order
     */
    static Result fromPassages(List<MovedPassages.Pair> passages, List<Scored> content, int n, int m) {
        java.util.Map<Long, Scored> pairs = new java.util.HashMap<>();
        java.util.Set<Long> evidenced = new java.util.HashSet<>();
        content.forEach(pair -> evidenced.add(key(pair.source(), pair.target())));
        for (MovedPassages.Pair bead : passages) {
            boolean allPairs = bead.srcCount() * bead.tgtCount() == 1 || noneEvidenced(bead, evidenced);
            for (int s = bead.srcStart(); s < bead.srcStart() + bead.srcCount(); s++) {
                for (int t = bead.tgtStart(); t < bead.tgtStart() + bead.tgtCount(); t++) {
                    if (allPairs || evidenced.contains(key(s, t))) {
                        pairs.put(key(s, t), new Scored(s, t, bead.posterior()));
                    }
                }
            }
        }
        boolean[] sourceRead = new boolean[n];
        boolean[] targetRead = new boolean[m];
        for (MovedPassages.Pair bead : passages) {
            Arrays.fill(sourceRead, bead.srcStart(), bead.srcStart() + bead.srcCount(), true);
            Arrays.fill(targetRead, bead.tgtStart(), bead.tgtStart() + bead.tgtCount(), true);
        }
        for (int k = 0; k + 1 < passages.size(); k++) {
            MovedPassages.Pair before = passages.get(k);
            MovedPassages.Pair after = passages.get(k + 1);
            int source = before.srcStart() + before.srcCount();
            int target = before.tgtStart() + before.tgtCount();
            if (after.srcStart() == source + 1 && after.tgtStart() == target + 1 && !sourceRead[source] && !targetRead[target]) {
                pairs.put(key(source, target), new Scored(source, target, Math.min(before.posterior(), after.posterior()) * BETWEEN));
            }
        }
        for (Scored pair : content) {
            pairs.computeIfPresent(key(pair.source(), pair.target()),
                    (key, read) -> pair.probability() >= LINK && pair.probability() > read.probability() ? pair : read);
            if (pair.probability() >= LONE_LINK && !sourceRead[pair.source()] && !targetRead[pair.target()]) {
                pairs.put(key(pair.source(), pair.target()), pair);
            }
        }
        List<Scored> scored = new ArrayList<>(pairs.values());
        scored.sort(Comparator.comparingInt(Scored::source).thenComparingInt(Scored::target));
        return fromPairs(scored, n, m, PASSAGES);
    }

    private static boolean noneEvidenced(MovedPassages.Pair bead, java.util.Set<Long> evidenced) {
        for (int s = bead.srcStart(); s < bead.srcStart() + bead.srcCount(); s++) {
            for (int t = bead.tgtStart(); t < bead.tgtStart() + bead.tgtCount(); t++) {
                if (evidenced.contains(key(s, t))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Rows and links from scored sentence pairs: the heaviest chain that keeps both texts' order
     * forms the beads, likely pairs off it become links.
     *
     * @param scored pairs sorted by source, then target
     */
    static Result fromPairs(List<Scored> scored, int n, int m) {
        return fromPairs(scored, n, m, CONTENT);
    }

    private static Result fromPairs(List<Scored> scored, int n, int m, Thresholds thresholds) {
        List<Scored> chain = chain(scored, m);
        List<Bead> beads = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        beads(chain, scored, n, m, beads);
        links.addAll(offChain(scored, beads, thresholds));
        java.util.Map<Long, Link> distinct = new java.util.TreeMap<>();
        for (Link link : links) {
            distinct.putIfAbsent(key(link.segment(), link.otherSegment()), link);
        }
        return new Result(beads, List.copyOf(distinct.values()));
    }

    /** Every pair with evidence, with its probability. */
    static List<Scored> score(ContentPairs content) {
        List<ContentPairs.Pair> pairs = content.pairs();
        double[] bestOfSource = new double[content.sourceSentences()];
        double[] bestOfTarget = new double[content.targetSentences()];
        double[] dice = new double[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            ContentPairs.Pair pair = pairs.get(k);
            double mass = content.sourceMass(pair.source()) + content.targetMass(pair.target());
            dice[k] = mass <= 0 ? 0 : pair.evidence() / mass;
            bestOfSource[pair.source()] = Math.max(bestOfSource[pair.source()], dice[k]);
            bestOfTarget[pair.target()] = Math.max(bestOfTarget[pair.target()], dice[k]);
        }
        List<Scored> scored = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            ContentPairs.Pair pair = pairs.get(k);
            double toSource = dice[k] / bestOfSource[pair.source()];
            double toTarget = dice[k] / bestOfTarget[pair.target()];
            boolean mutual = toSource >= 1 && toTarget >= 1;
            double z = W_DICE * dice[k] + W_EVIDENCE * Math.log1p(pair.evidence()) + W_RELATIVE * toSource * toTarget
                    + (mutual ? W_MUTUAL : 0) + W_BIAS;
            // A pair that stays under NEAR even with support on both sides is of no use: most pairs
            // of a long text share a word or two and no more.
            if (z + 2 * W_SUPPORT >= LEAST_LOG_ODDS) {
                scored.add(new Scored(pair.source(), pair.target(), z));
            }
        }
        return supported(scored);
    }

    /**
     * Turns log-odds into probabilities, raising those of pairs next to a confident pair in the
     * same direction on both sides (within {@link #REACH} sentences): a passage translated as a
     * whole, wherever it was moved. Sorted by source, then target.
     */
    private static List<Scored> supported(List<Scored> logOdds) {
        java.util.Map<Long, Double> probability = new java.util.HashMap<>();
        for (Scored pair : logOdds) {
            probability.put(key(pair.source(), pair.target()), 1 / (1 + Math.exp(-pair.probability())));
        }
        List<Scored> scored = new ArrayList<>();
        for (Scored pair : logOdds) {
            int sides = 0;
            for (int direction : new int[] {-1, 1}) {
                boolean anchored = false;
                for (int di = 1; di <= REACH && !anchored; di++) {
                    for (int dj = 1; dj <= REACH && !anchored; dj++) {
                        anchored = probability.getOrDefault(key(pair.source() + direction * di, pair.target() + direction * dj), 0.0) >= ANCHOR;
                    }
                }
                sides += anchored ? 1 : 0;
            }
            double z = pair.probability() + W_SUPPORT * sides;
            scored.add(new Scored(pair.source(), pair.target(), 1 / (1 + Math.exp(-z))));
        }
        scored.sort(Comparator.comparingInt(Scored::source).thenComparingInt(Scored::target));
        return scored;
    }

    private static long key(int source, int target) {
        return ((long) source << 32) + target;
    }

    /**
     * The pairs above {@link #CHAIN} that keep the order of both texts (a pair may share a sentence
     * with the previous one) and together weigh most, each weighing its probability above the
     * threshold. A weighted longest chain, O(K log m) with a prefix-maximum tree over targets.
     */
    static List<Scored> chain(List<Scored> scored, int targets) {
        List<Scored> candidates = scored.stream().filter(s -> s.probability() > CHAIN).toList();
        double[] best = new double[candidates.size()];
        int[] previous = new int[candidates.size()];
        PrefixMax tree = new PrefixMax(targets);
        int top = -1;
        for (int a = 0; a < candidates.size(); a++) {
            Scored pair = candidates.get(a);
            int before = tree.argMax(pair.target());
            best[a] = pair.probability() - CHAIN + (before < 0 ? 0 : best[before]);
            previous[a] = before;
            tree.offer(pair.target(), best[a], a);
            if (top < 0 || best[a] > best[top]) {
                top = a;
            }
        }
        List<Scored> chain = new ArrayList<>();
        for (int a = top; a >= 0; a = previous[a]) {
            chain.add(candidates.get(a));
        }
        return chain.reversed();
    }

    /**
     * Turns the chain into beads over both texts. A chain pair that cannot join a contiguous bead
     * (it shares a sentence with a pair two sentences away) is left to {@link #offChain}, as any
     * pair off the rows: before, it became a link whatever its probability, and on the seed article
     * two such pairs at 0.65 and 0.67 were both wrong.
     */
    private static void beads(List<Scored> chain, List<Scored> scored, int n, int m, List<Bead> beads) {
        double[] bestOfSource = new double[n];
        double[] bestOfTarget = new double[m];
        for (Scored pair : scored) {
            bestOfSource[pair.source()] = Math.max(bestOfSource[pair.source()], pair.probability());
            bestOfTarget[pair.target()] = Math.max(bestOfTarget[pair.target()], pair.probability());
        }
        int i = 0;
        int j = 0;
        int srcStart = -1;
        int srcEnd = -1;
        int tgtStart = -1;
        int tgtEnd = -1;
        double confidence = 1;
        for (Scored pair : chain) {
            boolean extendsSource = srcStart >= 0 && pair.target() == tgtEnd - 1 && pair.source() == srcEnd && tgtEnd - tgtStart == 1;
            boolean extendsTarget = srcStart >= 0 && pair.source() == srcEnd - 1 && pair.target() == tgtEnd && srcEnd - srcStart == 1;
            if (extendsSource || extendsTarget) {
                srcEnd = Math.max(srcEnd, pair.source() + 1);
                tgtEnd = Math.max(tgtEnd, pair.target() + 1);
                confidence = Math.min(confidence, pair.probability());
                continue;
            }
            if (pair.source() < Math.max(i, srcEnd) || pair.target() < Math.max(j, tgtEnd)) {
                continue; // off the rows after all: a link only as any other such pair is (see offChain)
            }
            if (srcStart >= 0) {
                beads.add(new Bead(srcStart, srcEnd - srcStart, tgtStart, tgtEnd - tgtStart, confidence));
                i = srcEnd;
                j = tgtEnd;
            }
            alone(i, pair.source(), j, pair.target(), bestOfSource, bestOfTarget, beads);
            i = pair.source();
            j = pair.target();
            srcStart = pair.source();
            srcEnd = pair.source() + 1;
            tgtStart = pair.target();
            tgtEnd = pair.target() + 1;
            confidence = pair.probability();
        }
        if (srcStart >= 0) {
            beads.add(new Bead(srcStart, srcEnd - srcStart, tgtStart, tgtEnd - tgtStart, confidence));
            i = srcEnd;
            j = tgtEnd;
        }
        alone(i, n, j, m, bestOfSource, bestOfTarget, beads);
    }

    /** Sentences [i, iEnd) and [j, jEnd) each alone, sources first; confident as far as no pair of theirs is likely. */
    private static void alone(int i, int iEnd, int j, int jEnd, double[] bestOfSource, double[] bestOfTarget, List<Bead> beads) {
        for (int s = i; s < iEnd; s++) {
            beads.add(new Bead(s, 1, j, 0, 1 - bestOfSource[s]));
        }
        for (int t = j; t < jEnd; t++) {
            beads.add(new Bead(iEnd, 0, t, 1, 1 - bestOfTarget[t]));
        }
    }

    /** Likely pairs the beads do not hold: far ones above the link threshold, ones between close paired neighbours above the near one. */
    private static List<Link> offChain(List<Scored> scored, List<Bead> beads, Thresholds thresholds) {
        List<Bead> paired = beads.stream().filter(b -> b.srcCount() > 0 && b.tgtCount() > 0).toList();
        int[] starts = paired.stream().mapToInt(Bead::srcStart).toArray();
        List<Link> links = new ArrayList<>();
        for (Scored pair : scored) {
            // the last paired bead starting at or before the pair's source sentence, and the one after it
            int at = Arrays.binarySearch(starts, pair.source());
            int before = at >= 0 ? at : -at - 2;
            Bead holding = before >= 0 ? paired.get(before) : null;
            if (holding != null && pair.source() < holding.srcEnd() && pair.target() >= holding.tgtStart() && pair.target() < holding.tgtEnd()) {
                continue;
            }
            Bead next = holding != null && before + 1 < paired.size() ? paired.get(before + 1) : null;
            boolean between = next != null && pair.target() >= holding.tgtStart() - 1 && pair.target() <= next.tgtEnd()
                    && next.srcStart() - holding.srcEnd() <= thresholds.nearGap() && next.tgtStart() - holding.tgtEnd() <= thresholds.nearGap();
            if (pair.probability() >= thresholds.link() || pair.probability() >= thresholds.near() && between) {
                links.add(new Link(0, pair.source(), 1, pair.target(), pair.probability()));
            }
        }
        return links;
    }
}
