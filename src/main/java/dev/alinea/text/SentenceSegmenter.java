package dev.alinea.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

/**
 * Splits extracted text into sentences with ICU's sentence {@link BreakIterator} for the
 * document's language, never across a block boundary ({@code '\n'}), and suppresses breaks after
 * common abbreviations and titles ("Dr. Fei-Fei Li" stays one sentence).
 */
public final class SentenceSegmenter {

    private static final Map<String, Set<String>> ABBREVIATIONS = Map.of(
            "en", Set.of("Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "Jr.", "Sr.", "U.S.", "e.g.", "i.e.", "etc.", "vs.", "No.", "Inc.", "Ltd.", "Co."),
            "id", Set.of("Dr.", "dr.", "Prof.", "Ir.", "H.", "Hj.", "Drs.", "dll.", "dsb.", "dst.", "No.", "Jl.", "Tn.", "Ny.", "Sdr.", "St."));

    private final String language;
    private final BreakIterator breakIterator;

    /**
     * @param language a BCP 47 language tag such as {@code en}, {@code id} or {@code zh}
     */
    public SentenceSegmenter(String language) {
        this.language = language;
        ULocale locale = ULocale.forLanguageTag(language);
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
        ABBREVIATIONS.getOrDefault(baseLanguage(language), Set.of()).forEach(builder::suppressBreakAfter);
        this.breakIterator = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    }

    public String language() {
        return language;
    }

    /**
     * Splits text into sentences.
     *
     * @param text extracted text whose blocks are separated by {@code '\n'}
     * @return the sentences in order, indexed from 0, with offsets into {@code text}; empty for blank text
     */
    public List<Segment> segment(String text) {
        List<Segment> segments = new ArrayList<>();
        int blockStart = 0;
        while (blockStart <= text.length()) {
            int blockEnd = text.indexOf('\n', blockStart);
            if (blockEnd < 0) {
                blockEnd = text.length();
            }
            segmentBlock(text, blockStart, blockEnd, segments);
            blockStart = blockEnd + 1;
        }
        return segments;
    }

    private void segmentBlock(String text, int blockStart, int blockEnd, List<Segment> out) {
        if (blockStart >= blockEnd) {
            return;
        }
        BreakIterator sentences = (BreakIterator) breakIterator.clone();
        sentences.setText(text.substring(blockStart, blockEnd));
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            addTrimmed(text, blockStart + start, blockStart + end, out);
        }
    }

    private static void addTrimmed(String text, int start, int end, List<Segment> out) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new Segment(out.size(), text.substring(start, end), start, end));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String baseLanguage(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase();
    }
}
