package dev.alinea.align;

/**
 * The weights of {@link LexicalAligner}'s bead cost.
 *
 * @param lexicalWeight cost per sentence of a bead whose content finds no counterpart at all
 * @param lengthWeight weight of the length model's cost ({@code -ln} probability)
 * @param skipCost cost per sentence of an omission (1-0) or addition (0-1)
 * @param mergePenalty cost per sentence beyond the first on each side of a bead (a 2-2 bead pays it twice)
 * @param learningThreshold least similarity of a first-pass bead for learning translations from it
 * @param temperature how sharply costs turn into probabilities for the beads' confidence (lower: more confident)
 */
record AlignmentParameters(double lexicalWeight, double lengthWeight, double skipCost, double mergePenalty, double learningThreshold, double temperature) {

    static final AlignmentParameters DEFAULT = new AlignmentParameters(1.0, 0.05, 0.9, 0.4, 0.1, 0.1);

    double typePenalty(int a, int b) {
        return mergePenalty * (Math.max(a, b) - 1 + Math.min(a, b) - 1);
    }
}
