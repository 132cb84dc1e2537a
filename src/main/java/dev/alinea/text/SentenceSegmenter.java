package dev.alinea.text;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

/**
 * Splits extracted text into sentences with ICU's sentence {@link BreakIterator} for the
 * document's language, never across a block boundary ({@code '\n'}), and suppresses breaks after
 * common abbreviations and titles ("Dr. Fei-Fei Li" stays one sentence).
 */
public final class SentenceSegmenter {

    /** Where a break rule may add a break even without a space (Chinese writes none). */
    private static final String SENTENCE_TERMINALS = "。！？!?";

    private final BreakIterator breakIterator;
    private final List<SrxRules.Rule> rules;

    /**
     * @param language a BCP 47 language tag such as {@code en}, {@code id} or {@code zh}
     */
    public SentenceSegmenter(String language) {
        this(language, SrxRules.bundled());
    }

    /**
     * @param rules SRX rules that refine ICU's breaks: no-break rules remove a break (after "Dr."),
     *        break rules add one
     */
    public SentenceSegmenter(String language, SrxRules rules) {
        ULocale locale = ULocale.forLanguageTag(language);
        this.breakIterator = FilteredBreakIteratorBuilder.getInstance(locale).wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
        this.rules = rules.rulesFor(language);
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
        String block = text.substring(blockStart, blockEnd);
        BreakIterator sentences = (BreakIterator) breakIterator.clone();
        sentences.setText(block);
        java.util.TreeSet<Integer> breaks = new java.util.TreeSet<>();
        for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
            breaks.add(end);
        }
        applyRules(block, breaks);
        int start = 0;
        for (int end : breaks) {
            addTrimmed(text, blockStart + start, blockStart + end, out);
            start = end;
        }
    }

    /**
     * Lets the SRX rules decide at each break ICU proposes and at each run of whitespace (where a
     * break rule may add one). Rules are tried where the whitespace before the next sentence
     * begins; the first rule that matches wins, and where none does ICU's decision stands.
     */
    private void applyRules(String block, java.util.TreeSet<Integer> breaks) {
        java.util.TreeSet<Integer> proposed = new java.util.TreeSet<>();
        for (int position : breaks) {
            proposed.add(backOverSpace(block, position));
        }
        breaks.clear();
        java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>(proposed);
        for (int i = 1; i < block.length() && !rules.isEmpty(); i++) {
            boolean spaceStarts = Character.isWhitespace(block.charAt(i)) && !Character.isWhitespace(block.charAt(i - 1));
            boolean afterTerminal = SENTENCE_TERMINALS.indexOf(block.charAt(i - 1)) >= 0;
            if (spaceStarts || afterTerminal) {
                candidates.add(i);
            }
        }
        for (int position : candidates) {
            Boolean decision = null;
            for (SrxRules.Rule rule : rules) {
                if (position < block.length() && rule.matches(block, position)) {
                    decision = rule.breaks();
                    break;
                }
            }
            if (decision == null ? proposed.contains(position) : decision) {
                breaks.add(position);
            }
        }
        breaks.add(block.length());
    }

    private static int backOverSpace(String block, int position) {
        int p = position;
        while (p > 0 && Character.isWhitespace(block.charAt(p - 1))) {
            p--;
        }
        return p;
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
}
