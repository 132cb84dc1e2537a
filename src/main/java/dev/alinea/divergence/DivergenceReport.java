package dev.alinea.divergence;

import java.util.List;

/**
 * What divergence detection found in a project.
 *
 * @param divergences by row, in row order
 * @param nameList the entities mentioned in more than one version or more than once, most mentioned first
 */
public record DivergenceReport(List<Divergence> divergences, List<Entity> nameList) {

    public DivergenceReport {
        divergences = List.copyOf(divergences);
        nameList = List.copyOf(nameList);
    }
}
