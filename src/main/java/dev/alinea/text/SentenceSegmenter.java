package dev.alinea.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

import dev.alinea.problem.UserErrorException;

/**
 * Splits extracted text into sentences with ICU's sentence {@link BreakIterator} for the
 * document's language, never across a block boundary ({@code '\n'}), and suppresses breaks after
 * common abbreviations and titles ("Dr. Fei-Fei Li" stays one sentence).
 */
public final class SentenceSegmenter {

    /** Where a break rule may add a break even without a space (Chinese writes none). */
    private static final String SENTENCE_TERMINALS = "。！？!?";

    /** How long the rules may take on one text, by default. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    private final BreakIterator breakIterator;
    private final List<SrxRules.Rule> rules;
    private final Duration timeLimit;

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
        this(language, rules, DEFAULT_TIME_LIMIT);
    }

    /**
     * @param timeLimit how long the rules may take on one text (a rule such as {@code ((a+)+)+b}
     *        can take longer than anyone waits); past it, {@link #segment} refuses the text
     */
    public SentenceSegmenter(String language, SrxRules rules, Duration timeLimit) {
        ULocale locale = ULocale.forLanguageTag(language);
        this.breakIterator = FilteredBreakIteratorBuilder.getInstance(locale).wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
        this.rules = rules.rulesFor(language);
        this.timeLimit = timeLimit;
    }

    /**
     * Splits text into sentences.
     *
     * @param text extracted text whose blocks are separated by {@code '\n'}
     * @return the sentences in order, indexed from 0, with offsets into {@code text}; empty for blank text
     * @throws UserErrorException naming the rule when the rules take longer than the time limit
     */
    public List<Segment> segment(String text) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        List<Segment> segments = new ArrayList<>();
        int blockStart = 0;
        while (blockStart <= text.length()) {
            int blockEnd = text.indexOf('\n', blockStart);
            if (blockEnd < 0) {
                blockEnd = text.length();
            }
            segmentBlock(text, blockStart, blockEnd, segments, deadline);
            blockStart = blockEnd + 1;
        }
        return segments;
    }

    private void segmentBlock(String text, int blockStart, int blockEnd, List<Segment> out, long deadline) {
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
        applyRules(block, breaks, deadline);
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
    private void applyRules(String block, java.util.TreeSet<Integer> breaks, long deadline) {
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
                if (position < block.length() && matches(rule, block, position, deadline)) {
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

    private boolean matches(SrxRules.Rule rule, String block, int position, long deadline) {
        try {
            return rule.matches(block, position, deadline);
        } catch (TimedText.TimeLimitExceededException e) {
            throw new UserErrorException("Splitting the text into sentences took longer than " + timeLimit.toSeconds()
                    + " seconds: the segmentation " + rule.describe() + " costs too much on this text. Simplify the rule "
                    + "(nested repetitions such as (a+)+ take exponential time).");
        }
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
