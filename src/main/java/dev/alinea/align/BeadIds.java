package dev.alinea.align;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.alinea.problem.UserErrorException;

/**
 * A bead as two lists of sentence indexes, the form gold standards are written in:
 * {@code [8,9]:[8]}, {@code [5]:[]}.
 *
 * @param source 0-based source sentence indexes
 * @param target 0-based target sentence indexes
 */
public record BeadIds(List<Integer> source, List<Integer> target) {

    public BeadIds {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    public static BeadIds of(Bead bead) {
        return new BeadIds(IntStream.range(bead.srcStart(), bead.srcEnd()).boxed().toList(),
                IntStream.range(bead.tgtStart(), bead.tgtEnd()).boxed().toList());
    }

    /**
     * Parses one line of the bead notation.
     *
     * @throws UserErrorException with the offending text when the line is not {@code [ids]:[ids]}
     */
    public static BeadIds parse(String line) {
        String text = line.strip();
        int colon = text.indexOf("]:[");
        if (!text.startsWith("[") || !text.endsWith("]") || colon < 0) {
            throw new UserErrorException("Not a bead of the form [0,1]:[2]: \"" + line + "\"");
        }
        return new BeadIds(ids(text.substring(1, colon), line), ids(text.substring(colon + 3, text.length() - 1), line));
    }

    public boolean hasBothSides() {
        return !source.isEmpty() && !target.isEmpty();
    }

    public boolean isEmpty() {
        return source.isEmpty() && target.isEmpty();
    }

    private static List<Integer> ids(String list, String line) {
        List<Integer> ids = new ArrayList<>();
        if (list.isBlank()) {
            return ids;
        }
        for (String id : list.split(",")) {
            try {
                ids.add(Integer.parseInt(id.strip()));
            } catch (NumberFormatException e) {
                throw new UserErrorException("Not a sentence index \"" + id.strip() + "\" in bead \"" + line + "\"", e);
            }
        }
        return ids;
    }
}
