package dev.alinea.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import dev.alinea.align.BeadIds;
import dev.alinea.divergence.Divergence;
import dev.alinea.divergence.DivergenceDetector;
import dev.alinea.divergence.DivergenceType;
import dev.alinea.language.Languages;
import dev.alinea.problem.UserErrorException;

/**
 * Measures the divergence detector on one gold-aligned text pair: how many divergences it flags in
 * the untouched translation, and how many of the divergences injected into its 1-1 rows, one at a
 * time, it finds. Deterministic for a given seed.
 */
final class DivergenceBenchmark {

    /** What is injected, and the divergence types that count as finding it. */
    enum Kind {
        NUMBER(Set.of(DivergenceType.NUMBER_MISMATCH)),
        NAME(Set.of(DivergenceType.NAME_RENDERING, DivergenceType.NAME_ORDER, DivergenceType.NAME_MISSING, DivergenceType.INCONSISTENT_RENDERING)),
        OMISSION(Set.of(DivergenceType.OMISSION, DivergenceType.LENGTH_OUTLIER)),
        PARTIAL(Set.of(DivergenceType.OMISSION, DivergenceType.LENGTH_OUTLIER));

        final Set<DivergenceType> fitting;

        Kind(Set<DivergenceType> fitting) {
            this.fitting = fitting;
        }
    }

    /**
     * @param rows the rows of the gold alignment (beads empty on both sides dropped)
     * @param flags divergences the detector reports on the untouched rows, by type (every type present, possibly 0)
     * @param injected divergences injected, by kind (every kind present, possibly 0)
     * @param found of those, how many the detector found, by kind (each at most the injected count)
     */
    record Result(int rows, Map<DivergenceType, Integer> flags, Map<Kind, Integer> injected, Map<Kind, Integer> found, List<String> details) {

        static final Result ZERO = new Result(0, counts(DivergenceType.class), counts(Kind.class), counts(Kind.class), List.of());

        /**
         * @param details what {@code --show} prints: each flag on the untouched rows and each injection not found, with its row
         */
        Result {
            flags = Collections.unmodifiableMap(new EnumMap<>(flags));
            injected = Collections.unmodifiableMap(new EnumMap<>(injected));
            found = Collections.unmodifiableMap(new EnumMap<>(found));
            details = List.copyOf(details);
        }

        int totalFlags() {
            return flags.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Divergences of a type per 100 rows; 0 for no rows. */
        double flagsPer100Rows(DivergenceType type) {
            return rows == 0 ? 0 : 100.0 * flags.get(type) / rows;
        }

        double flagsPer100Rows() {
            return rows == 0 ? 0 : 100.0 * totalFlags() / rows;
        }

        Result plus(Result other) {
            List<String> allDetails = new ArrayList<>(details);
            allDetails.addAll(other.details);
            return new Result(rows + other.rows, sum(flags, other.flags), sum(injected, other.injected), sum(found, other.found), allDetails);
        }

        private static <K extends Enum<K>> Map<K, Integer> counts(Class<K> keys) {
            Map<K, Integer> counts = new EnumMap<>(keys);
            for (K key : keys.getEnumConstants()) {
                counts.put(key, 0);
            }
            return counts;
        }

        private static <K extends Enum<K>> Map<K, Integer> sum(Map<K, Integer> a, Map<K, Integer> b) {
            Map<K, Integer> sum = new EnumMap<>(a);
            b.forEach((key, count) -> sum.merge(key, count, Integer::sum));
            return sum;
        }
    }

    private final DivergenceDetector detector = new DivergenceDetector();
    private final List<String> languages;
    private final long seed;
    private final int injections;

    /**
     * @param source the source language tag
     * @param target the target language tag
     * @param seed the seed of the random choice of rows and replacement names
     * @param injections how many divergences of each kind to inject, at most (fewer when fewer rows qualify), &gt;= 0
     */
    DivergenceBenchmark(String source, String target, long seed, int injections) {
        if (injections < 0) {
            throw new UserErrorException("--injections must be 0 or more, not " + injections);
        }
        this.languages = List.of(source, target);
        this.seed = seed;
        this.injections = injections;
    }

    /** Measures the detector on one text pair, its sentences aligned by the gold beads. */
    Result run(List<String> sourceSentences, List<String> targetSentences, List<BeadIds> gold) {
        List<BeadIds> beads = gold.stream().filter(bead -> !bead.isEmpty()).toList();
        List<List<String>> sentences = List.of(sourceSentences, targetSentences);
        List<List<String>> rows = beads.stream().map(bead -> List.of(cell(0, bead.source(), sentences), cell(1, bead.target(), sentences))).toList();
        List<Divergence> untouched = detect(rows);
        Map<DivergenceType, Integer> flags = new EnumMap<>(Result.ZERO.flags());
        untouched.forEach(d -> flags.merge(d.type(), 1, Integer::sum));
        Map<Integer, List<String>> baseline = byRow(untouched);
        List<String> details = new ArrayList<>();
        for (Divergence divergence : untouched) {
            details.add("flag   row " + (divergence.row() + 1) + " " + divergence.type() + ": " + divergence.explanation() + "\n  "
                    + String.join("\n  ", rows.get(divergence.row())));
        }

        List<Injector> injectors = List.of(new Injector(Languages.of(languages.get(0)), sourceSentences),
                new Injector(Languages.of(languages.get(1)), targetSentences));
        Map<Kind, Integer> injected = new EnumMap<>(Result.ZERO.injected());
        Map<Kind, Integer> found = new EnumMap<>(Result.ZERO.found());
        Random random = new Random(seed);
        for (Kind kind : Kind.values()) {
            for (Site site : sites(kind, beads, rows, injectors, random)) {
                List<List<String>> changed = new ArrayList<>(rows);
                List<String> row = new ArrayList<>(rows.get(site.row()));
                row.set(site.side(), site.text());
                changed.set(site.row(), row);
                injected.merge(kind, 1, Integer::sum);
                if (isNew(detect(changed), site.row(), kind, baseline)) {
                    found.merge(kind, 1, Integer::sum);
                } else {
                    details.add("missed row " + (site.row() + 1) + " " + kind + " in " + languages.get(site.side()) + "\n  "
                            + String.join("\n  ", row) + "\n  was: " + rows.get(site.row()).get(site.side()));
                }
            }
        }
        return new Result(rows.size(), flags, injected, found, details);
    }

    /**
     * Up to {@link #injections} injections of a kind, each in a different 1-1 row, chosen at random
     * among the rows and sides where the kind can be injected.
     */
    private List<Site> sites(Kind kind, List<BeadIds> beads, List<List<String>> rows, List<Injector> injectors, Random random) {
        List<int[]> candidates = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (beads.get(r).source().size() == 1 && beads.get(r).target().size() == 1) {
                for (int side = 0; side < 2; side++) {
                    if (!rows.get(r).get(side).isBlank()) {
                        candidates.add(new int[] {r, side});
                    }
                }
            }
        }
        Collections.shuffle(candidates, random);
        List<Site> sites = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (int[] candidate : candidates) {
            if (sites.size() == injections) {
                break;
            }
            int r = candidate[0];
            int side = candidate[1];
            if (used.contains(r)) {
                continue;
            }
            String sentence = rows.get(r).get(side);
            Injector injector = injectors.get(side);
            Optional<String> changed = switch (kind) {
                case NUMBER -> injector.changeNumber(sentence);
                case NAME -> injector.replaceName(sentence, rows.get(r).get(1 - side), random);
                case OMISSION -> Optional.of(Injector.delete(sentence));
                case PARTIAL -> injector.cut(sentence);
            };
            changed.ifPresent(text -> {
                sites.add(new Site(r, side, text));
                used.add(r);
            });
        }
        return sites;
    }

    /** Whether the detector reports on the row a divergence of a fitting type that the untouched rows did not give. */
    private static boolean isNew(List<Divergence> divergences, int row, Kind kind, Map<Integer, List<String>> baseline) {
        List<String> before = new ArrayList<>(baseline.getOrDefault(row, List.of()));
        for (Divergence divergence : divergences) {
            if (divergence.row() == row && !before.remove(key(divergence)) && kind.fitting.contains(divergence.type())) {
                return true;
            }
        }
        return false;
    }

    private static Map<Integer, List<String>> byRow(List<Divergence> divergences) {
        Map<Integer, List<String>> byRow = new HashMap<>();
        divergences.forEach(d -> byRow.computeIfAbsent(d.row(), r -> new ArrayList<>()).add(key(d)));
        return byRow;
    }

    /** A divergence as the reviewer sees it: its type and explanation (which names both sides). */
    private static String key(Divergence divergence) {
        return divergence.type() + "\n" + divergence.explanation();
    }

    private List<Divergence> detect(List<List<String>> rows) {
        return detector.detect(languages, List.of(true, true), rows).divergences();
    }

    private String cell(int side, List<Integer> ids, List<List<String>> sentences) {
        List<String> document = sentences.get(side);
        for (int id : ids) {
            if (id < 0 || id >= document.size()) {
                throw new UserErrorException("the gold standard names " + (side == 0 ? "source" : "target") + " sentence " + id
                        + ", but the text has " + document.size());
            }
        }
        return Languages.of(languages.get(side)).join(ids.stream().map(document::get).toList());
    }

    /** One injection: the row, the side (0 source, 1 target) and the cell's new text. */
    private record Site(int row, int side, String text) {
    }
}
