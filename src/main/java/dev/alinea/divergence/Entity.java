package dev.alinea.divergence;

import java.util.List;
import java.util.Map;

/**
 * One entry of the project's name list: an entity and how each version writes it.
 *
 * @param renderings per document position, the distinct ways the document writes the entity, most frequent first
 * @param mentions how many times it is mentioned in all
 */
public record Entity(Map<Integer, List<String>> renderings, int mentions) {

    public Entity {
        renderings = Map.copyOf(renderings);
    }
}
