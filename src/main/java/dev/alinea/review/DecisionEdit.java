package dev.alinea.review;

import org.jspecify.annotations.Nullable;

/**
 * The decision on one divergence changed: {@code before} replaced by {@code after} (null: no
 * decision). Divergences are named by a key that stays the same as long as the row's text does,
 * so a decision outlives re-alignment; the alignment itself is not touched.
 *
 * @param key the divergence's decision key (type, fact and a hash of the row's text)
 */
public record DecisionEdit(String key, @Nullable DivergenceDecision before, @Nullable DivergenceDecision after) {

    public DecisionEdit {
        if (key.isBlank()) {
            throw new IllegalArgumentException("A decision edit names the divergence's key");
        }
    }

    DecisionEdit inverse() {
        return new DecisionEdit(key, after, before);
    }
}
