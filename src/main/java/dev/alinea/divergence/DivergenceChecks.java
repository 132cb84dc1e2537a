package dev.alinea.divergence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.alinea.language.Language;
import dev.alinea.language.Languages;

/**
 * Which checks divergence detection runs on a project, in words for the reviewer: they depend on
 * how many versions are translations of each other, which scripts they are written in and which
 * pairs Alinea has a dictionary for.
 */
public final class DivergenceChecks {

    private DivergenceChecks() {
    }

    /**
     * @param languages each document's language, in project order (any BCP 47 tag, any number)
     * @param translations for each document, whether it is a translation of the pivot
     * @return one sentence per check that ran or did not, never empty
     */
    public static List<String> describe(List<String> languages, List<Boolean> translations) {
        List<String> lines = new ArrayList<>();
        if (languages.size() < 2) {
            lines.add("One language only: no comparison between versions.");
            return lines;
        }
        List<Integer> compared = new ArrayList<>();
        for (int d = 0; d < languages.size(); d++) {
            if (translations.get(d)) {
                compared.add(d);
            } else {
                lines.add("The " + name(languages.get(d)) + " does not read as a translation: it is not compared row by row.");
            }
        }
        if (compared.size() < 2) {
            lines.addFirst("Fewer than two versions translate each other: no comparison between versions.");
            return lines;
        }
        List<String> checks = new ArrayList<>();
        List<String> digitsOnly = compared.stream().map(languages::get).filter(tag -> !Languages.of(tag).spellsNumbers()).distinct().toList();
        checks.add(digitsOnly.isEmpty() ? "Numbers, in digits and in words."
                : "Numbers, in digits" + (digitsOnly.size() < compared.size() ? ", and in words except in " : " only: no number words for ") + names(digitsOnly) + ".");
        checks.add("Sentences omitted, and counterparts much shorter or longer than expected.");
        checks.add("Names: by spelling" + (compared.stream().anyMatch(d -> Languages.of(languages.get(d)).romanisation().isPresent())
                ? ", and by romanisation (pinyin) for " + names(compared.stream().filter(d -> Languages.of(languages.get(d)).romanisation().isPresent())
                        .map(languages::get).toList())
                : "") + "; an entity written two ways in one version.");
        List<String> withDictionary = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            for (int j = i + 1; j < compared.size(); j++) {
                Language a = Languages.of(languages.get(compared.get(i)));
                Language b = Languages.of(languages.get(compared.get(j)));
                if (a.code().equals(b.code())) {
                    continue;
                }
                (hasDictionary(a, b) ? withDictionary : without).add(a.displayName() + "–" + b.displayName());
            }
        }
        if (!withDictionary.isEmpty()) {
            checks.add("Names through the dictionary: " + String.join(", ", withDictionary) + ".");
        }
        if (!without.isEmpty()) {
            checks.add("No dictionary for " + String.join(", ", without) + ": names there are compared by spelling only.");
        }
        for (String tag : compared.stream().map(languages::get).distinct().toList()) {
            if (Languages.of(tag).capitalisesNouns()) {
                checks.add("The " + name(tag) + " capitalises every noun: a name there is found only as several capitalised words in a row, "
                        + "and a name the " + name(tag) + " seems to lack is not reported.");
            }
        }
        checks.addAll(lines);
        return checks;
    }

    /** Whether Alinea bundles a dictionary for the pair, directly or through a third language. */
    private static boolean hasDictionary(Language a, Language b) {
        Set<String> fromA = a.dictionaryTargets();
        Set<String> fromB = b.dictionaryTargets();
        if (fromA.contains(b.code()) || fromB.contains(a.code())) {
            return true;
        }
        return fromA.stream().anyMatch(via -> Languages.of(via).dictionaryTargets().contains(b.code()))
                || fromB.stream().anyMatch(via -> Languages.of(via).dictionaryTargets().contains(a.code()));
    }

    private static String name(String language) {
        return Languages.of(language).displayName();
    }

    private static String names(List<String> languages) {
        return String.join(" and ", languages.stream().map(DivergenceChecks::name).distinct().toList());
    }
}
