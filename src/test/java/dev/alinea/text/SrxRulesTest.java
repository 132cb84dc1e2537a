package dev.alinea.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.alinea.problem.UserErrorException;

class SrxRulesTest {

    @Test
    void theBundledRulesKeepAbbreviationsInitialsAndEllipsesInsideSentences() {
        assertThat(sentences("en", "J. K. Rowling met Dr. Fei-Fei Li in the U.S. in May. They talked... and left. Then it rained."))
                .containsExactly("J. K. Rowling met Dr. Fei-Fei Li in the U.S. in May.", "They talked... and left.", "Then it rained.");
        assertThat(sentences("id", "Ia membeli buku, pena, dll. dan pulang ke Jl. Sudirman. Prof. Li Feifei datang."))
                .containsExactly("Ia membeli buku, pena, dll. dan pulang ke Jl. Sudirman.", "Prof. Li Feifei datang.");
    }

    @Test
    void decimalNumbersStayInsideTheirSentence() {
        assertThat(sentences("en", "Revenue grew 3.5 percent to 2.75 billion. It was a record."))
                .containsExactly("Revenue grew 3.5 percent to 2.75 billion.", "It was a record.");
        assertThat(sentences("id", "Pendapatan naik 3,5 persen. Itu rekor."))
                .containsExactly("Pendapatan naik 3,5 persen.", "Itu rekor.");
    }

    @Test
    void aProjectRuleFileCanAddAndRemoveBreaks() {
        SrxRules rules = SrxRules.load("project.srx", stream("""
                <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="yes"/><body>
                <languagerules><languagerule languagerulename="Custom">
                  <rule break="no"><beforebreak>\\bFig\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
                  <rule break="yes"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule>
                </languagerule></languagerules>
                <maprules><languagemap languagepattern="en.*" languagerulename="Custom"/></maprules>
                </body></srx>"""));

        List<String> sentences = new SentenceSegmenter("en", rules).segment("See Fig. 3 for details; it shows the lab. Done.")
                .stream().map(Segment::text).toList();

        assertThat(sentences).containsExactly("See Fig. 3 for details;", "it shows the lab.", "Done.");
        assertThat(rules.rulesFor("zh")).isEmpty();
    }

    @Test
    void anInvalidRuleIsReportedWithItsFileAndLine() {
        assertThatThrownBy(() -> SrxRules.load("bad.srx", stream("""
                <srx xmlns="http://www.lisa.org/srx20" version="2.0"><body><languagerules>
                <languagerule languagerulename="X">
                <rule break="no"><beforebreak>(unclosed</beforebreak><afterbreak>\\s</afterbreak></rule>
                </languagerule></languagerules></body></srx>""")))
                .isInstanceOf(UserErrorException.class)
                .hasMessageStartingWith("bad.srx, line 3: the rule \"(?:(unclosed)\\z\" is not a valid regular expression");
    }

    @Test
    void segmentsRebuildTheTextExactlyWithTheWhitespaceBetweenThem() {
        String text = "J. K. Rowling met Dr. Li.  They talked... and left.\nA new block. 他说：“好。”然后走了。";
        List<Segment> segments = new SentenceSegmenter("en").segment(text);

        StringBuilder rebuilt = new StringBuilder();
        int previous = 0;
        for (Segment segment : segments) {
            rebuilt.append(text, previous, segment.start()).append(segment.text());
            assertThat(text.substring(previous, segment.start())).isBlank();
            previous = segment.end();
        }
        rebuilt.append(text.substring(previous));

        assertThat(rebuilt.toString()).isEqualTo(text);
    }

    private static List<String> sentences(String language, String text) {
        return new SentenceSegmenter(language).segment(text).stream().map(Segment::text).toList();
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
