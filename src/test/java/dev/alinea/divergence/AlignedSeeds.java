package dev.alinea.divergence;

import java.util.ArrayList;
import java.util.List;

import dev.alinea.Seeds;
import dev.alinea.align.Aligners;
import dev.alinea.align.LexicalAligner;
import dev.alinea.align.MultiAligner;
import dev.alinea.align.MultiAlignment;
import dev.alinea.text.Segment;
import dev.alinea.text.SentenceSegmenter;
import dev.alinea.text.TikaTextExtractor;

/**
 * The demo story (en 000, id 002, zh 003) split and aligned as the workbench does it, for tests of
 * the divergences found on it.
 *
 * @param languages the versions' languages
 * @param rows each row's cell texts
 * @param translations whether each version reads as a translation of the first
 */
record AlignedSeeds(List<String> languages, List<List<String>> rows, List<Boolean> translations) {

    static AlignedSeeds align() {
        List<String> languages = List.of("en", "id", "zh");
        List<List<String>> documents = new ArrayList<>();
        String[] seeds = {Seeds.ENGLISH, Seeds.INDONESIAN, Seeds.CHINESE};
        for (int d = 0; d < seeds.length; d++) {
            String text = new TikaTextExtractor().extract(seeds[d], Seeds.stream(seeds[d])).text();
            documents.add(new SentenceSegmenter(languages.get(d)).segment(text).stream().map(Segment::text).toList());
        }
        MultiAlignment alignment = new MultiAligner(Aligners::forPair).align(documents, languages, 0);
        return new AlignedSeeds(languages, alignment.cellTexts(documents, languages),
                alignment.contrast().stream().map(c -> c >= LexicalAligner.TRANSLATION_CONTRAST).toList());
    }
}
