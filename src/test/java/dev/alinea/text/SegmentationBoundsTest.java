package dev.alinea.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.alinea.problem.UserErrorException;

/**
 * Issue 16, finding 6: sentence splitting takes time in proportion to the text, however long its
 * paragraphs (the rules look a bounded distance around each break), and a project's own SRX rule
 * that would backtrack for minutes is stopped at a time limit with a message naming it. The
 * bounds are generous (the broken versions took a minute and more), so a slow machine passes.
 */
class SegmentationBoundsTest {

    @Test
    void aLongOneLineParagraphSplitsInLinearTime() {
        String sentence = "Dr. Fei-Fei Li met J. K. Rowling in the U.S. in May, and they talked for 3.5 hours... about it. ";
        String paragraph = sentence.repeat(200_000 / sentence.length());

        List<Segment> segments = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> new SentenceSegmenter("en").segment(paragraph));

        assertThat(segments).hasSize(200_000 / sentence.length());
        assertThat(segments.getFirst().text()).isEqualTo(sentence.strip());
    }

    @Test
    void theBundledRulesStillSeeTheStartOfTheParagraph() {
        assertThat(new SentenceSegmenter("en").segment("A. Smith came. He left.").stream().map(Segment::text))
                .containsExactly("A. Smith came.", "He left.");
    }

    @Test
    void aProjectRuleThatBacktracksForeverIsStoppedWithItsName() {
        SrxRules rules = SrxRules.load("project.srx", new ByteArrayInputStream("""
                <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="yes"/><body>
                <languagerules><languagerule languagerulename="Slow">
                  <rule break="no"><beforebreak>((a+)+)+b</beforebreak><afterbreak>\\s</afterbreak></rule>
                </languagerule></languagerules>
                <maprules><languagemap languagepattern="en.*" languagerulename="Slow"/></maprules>
                </body></srx>""".getBytes(StandardCharsets.UTF_8)));
        var segmenter = new SentenceSegmenter("en", rules, Duration.ofSeconds(1));
        String text = "a".repeat(200) + " then more. " + "a".repeat(200) + "c again.";

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> segmenter.segment(text))
                .isInstanceOf(UserErrorException.class)
                .hasMessage("Splitting the text into sentences took longer than 1 seconds: the segmentation no-break rule \"((a+)+)+b\" / \"\\s\" "
                        + "costs too much on this text. Simplify the rule (nested repetitions such as (a+)+ take exponential time)."));
    }
}
