package dev.alinea.align;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of the sentence pairs an alignment claims against hand-made links: a pair
 * is claimed when a bead holds both sentences or a link joins them. For texts that are not
 * translations, where beads cannot be compared one to one.
 *
 * @param claimed pairs claimed
 * @param gold pairs in the gold standard
 * @param correct claimed pairs the gold standard holds
 * @param confident claimed pairs with confidence at least {@link #CONFIDENT}
 * @param confidentCorrect of those, the ones the gold standard holds
 * @param targets target sentences with at least one gold pair
 * @param targetsFound of those, the ones with at least one gold pair claimed: in a translation
 *     shuffled and thinned, the kept sentences whose counterpart is found (a sentence of an n-to-m
 *     bead of the gold counts once, where its pairs count n or m times)
 */
public record LinkScore(int claimed, int gold, int correct, int confident, int confidentCorrect, int targets, int targetsFound) {

    /** Confidence from which a claimed pair counts as confident. */
    public static final double CONFIDENT = 0.8;

    public static final LinkScore ZERO = new LinkScore(0, 0, 0, 0, 0, 0, 0);

    /**
     * @param alignment beads over both texts and links between them (source as document 0)
     * @param gold the right pairs, as {@code sourceIndex * 1_000_000 + targetIndex}
     */
    public static LinkScore of(PairAlignment alignment, Set<Long> gold) {
        Map<Long, Double> claimed = claimed(alignment);
        int correct = 0;
        int confident = 0;
        int confidentCorrect = 0;
        Set<Integer> targetsFound = new java.util.HashSet<>();
        for (Map.Entry<Long, Double> pair : claimed.entrySet()) {
            boolean right = gold.contains(pair.getKey());
            correct += right ? 1 : 0;
            if (right) {
                targetsFound.add(target(pair.getKey()));
            }
            if (pair.getValue() >= CONFIDENT) {
                confident++;
                confidentCorrect += right ? 1 : 0;
            }
        }
        long targets = gold.stream().map(LinkScore::target).distinct().count();
        return new LinkScore(claimed.size(), gold.size(), correct, confident, confidentCorrect, (int) targets, targetsFound.size());
    }

    /** Each sentence pair the alignment claims, by {@link #key(int, int)}, with its highest confidence. */
    public static Map<Long, Double> claimed(PairAlignment alignment) {
        Map<Long, Double> claimed = new HashMap<>();
        for (Bead bead : alignment.beads()) {
            for (int s = bead.srcStart(); s < bead.srcEnd(); s++) {
                for (int t = bead.tgtStart(); t < bead.tgtEnd(); t++) {
                    claimed.merge(key(s, t), bead.confidence(), Math::max);
                }
            }
        }
        for (Link link : alignment.links()) {
            claimed.merge(key(link.segment(), link.otherSegment()), link.confidence(), Math::max);
        }
        return claimed;
    }

    /** The key of a sentence pair in a gold set. */
    public static long key(int source, int target) {
        return source * 1_000_000L + target;
    }

    /** The source sentence of a pair's {@link #key(int, int)}. */
    public static int source(long key) {
        return (int) (key / 1_000_000L);
    }

    /** The target sentence of a pair's {@link #key(int, int)}. */
    public static int target(long key) {
        return (int) (key % 1_000_000L);
    }

    public LinkScore plus(LinkScore other) {
        return new LinkScore(claimed + other.claimed, gold + other.gold, correct + other.correct, confident + other.confident,
                confidentCorrect + other.confidentCorrect, targets + other.targets, targetsFound + other.targetsFound);
    }

    /** Share of claimed pairs that are right, in [0, 1]; 0 when nothing is claimed. */
    public double precision() {
        return claimed == 0 ? 0 : (double) correct / claimed;
    }

    /** Share of gold pairs claimed, in [0, 1]; 0 when the gold standard is empty. */
    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    /** Share of the target sentences with gold pairs for which a right pair is claimed, in [0, 1]; 0 when there are none. */
    public double targetRecall() {
        return targets == 0 ? 0 : (double) targetsFound / targets;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of confident claimed pairs that are right; 0 when none is confident. */
    public double confidentPrecision() {
        return confident == 0 ? 0 : (double) confidentCorrect / confident;
    }
}
