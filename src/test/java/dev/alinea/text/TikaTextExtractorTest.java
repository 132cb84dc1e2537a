package dev.alinea.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.alinea.Seeds;

class TikaTextExtractorTest {

    private final TikaTextExtractor extractor = new TikaTextExtractor();

    @Test
    void chineseSeedBecomesCleanTextWithTheTitleFirst() {
        ExtractedText text = extractor.extract(Seeds.CHINESE, Seeds.stream(Seeds.CHINESE));

        assertThat(text.title()).isEqualTo("字节跳动 AI Lab 总监李磊离职加盟美国高校：曾为百度少帅科学家，交大 ACM 班成员");
        assertThat(text.blocks().get(0)).isEqualTo(text.title());
        assertThat(text.blocks().get(1)).isEqualTo("据 AI 研究者王威廉推特消息，字节跳动 AI 实验室总监李磊重返学术界，进入加州大学圣巴巴拉分校担任助理教授。");
        assertThat(text.blocks()).contains("2、反映了怎样的趋势？");
        assertThat(text.text()).doesNotContain("<", ">", "http", "headimg", "categories", "referrerpolicy", "accentTextColor");
        assertThat(text.metadata()).containsEntry("author", "IT 之家").doesNotContainKey("title");
    }

    @Test
    void plainTextGivesOneBlockPerNonEmptyLine() {
        ExtractedText text = extractor.extract(Seeds.ENGLISH, Seeds.stream(Seeds.ENGLISH));

        assertThat(text.blocks()).hasSize(11);
        assertThat(text.blocks().get(0)).startsWith("ByteDance AI Lab Director Confirms Resignation");
        assertThat(text.blocks()).contains("Li Lei, former ByteDance’s AI Lab director (Source: Sina)");
        assertThat(text.title()).isEmpty();
    }

    @Test
    void detectsALegacyChineseEncoding() {
        byte[] gb18030 = "李磊是 ACL 2021 最佳论文合著作者之一，上海交通大学 ACM 班 2002 级校友。\n他表示非常激动加入 UCSB。\n"
                .getBytes(Charset.forName("GB18030"));

        ExtractedText text = extractor.extract("gbk.txt", new ByteArrayInputStream(gb18030));

        assertThat(text.blocks()).containsExactly("李磊是 ACL 2021 最佳论文合著作者之一，上海交通大学 ACM 班 2002 级校友。", "他表示非常激动加入 UCSB。");
    }

    @Test
    void detectsUtf16WithAByteOrderMarkBig5AndWindows1252() {
        String chinese = "李磊離開了字節跳動，加入了加州大學聖塔芭芭拉分校。他是自然語言處理的專家，發表了四十多篇論文。\n";
        String english = "The café’s director — a “well-known” scientist — left ByteDance in 2021 for UCSB.\n";

        assertThat(extract("utf16.txt", ("\uFEFF" + english).getBytes(StandardCharsets.UTF_16BE)).blocks()).containsExactly(english.strip());
        assertThat(extract("big5.txt", chinese.repeat(3).getBytes(Charset.forName("Big5"))).blocks().getFirst()).isEqualTo(chinese.strip());
        assertThat(extract("cp1252.txt", english.repeat(3).getBytes(Charset.forName("windows-1252"))).blocks().getFirst()).isEqualTo(english.strip());
    }

    @Test
    void anEncodingGivenByTheUserOverridesDetection() {
        byte[] latin1 = "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);

        ExtractedText text = extractor.extract("short.txt", new ByteArrayInputStream(latin1), StandardCharsets.ISO_8859_1);

        assertThat(text.blocks()).containsExactly("Café crème");
    }

    @Test
    void htmlHeadingsAndParagraphsStaySeparateAndScriptsAreDropped() {
        String html = "<html><head><title>T</title><script>alert(1)</script></head><body>"
                + "<h1>Heading</h1><p>First <b>para</b>graph.</p><ul><li>Item one</li><li>Item two</li></ul>"
                + "<style>p{}</style></body></html>";

        ExtractedText text = extractor.extract("page.html", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

        assertThat(text.blocks()).containsExactly("Heading", "First paragraph.", "Item one", "Item two");
    }

    private ExtractedText extract(String name, byte[] bytes) {
        return extractor.extract(name, new ByteArrayInputStream(bytes));
    }

    @Test
    void markdownHeadingsAndListItemsAreBlocksWithoutTheirMarkup() {
        String markdown = "---\ntitle: Li Lei leaves ByteDance\n---\n# A new chapter\n\nLi Lei joined **UCSB** in [2021](https://x.y).\n\n"
                + "- first item\n- second *item*\n\n---\n> A quote.\n";

        ExtractedText text = extract("story.md", markdown.getBytes(StandardCharsets.UTF_8));

        assertThat(text.blocks()).containsExactly("Li Lei leaves ByteDance", "A new chapter", "Li Lei joined UCSB in 2021.",
                "first item", "second item", "A quote.");
    }

    @Test
    void malformedHtmlIsRepairedAndFlagged() {
        String html = "<html><body><p>Li Lei joined <b>UCSB.<p>He left <i>ByteDance</b></i>.</td></tr></table></span></div><p>The end";

        ExtractedText text = extract("broken.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(text.blocks()).containsExactly("Li Lei joined UCSB.", "He left ByteDance.", "The end");
        assertThat(text.metadata().get(TikaTextExtractor.WARNING)).startsWith("the HTML is malformed (");
        assertThat(extract("fine.html", "<html><body><p>Fine.</p></body></html>".getBytes(StandardCharsets.UTF_8)).metadata())
                .doesNotContainKey(TikaTextExtractor.WARNING);
    }

    @Test
    void navigationSideBarsAndFootersAreDropped() {
        String html = "<html><body><nav><a href='/'>Home</a> <a href='/tech'>Tech</a></nav><h1>Li Lei leaves</h1>"
                + "<aside>Most read today</aside><p>Li Lei joined UCSB.</p><footer>© 2021 Example News</footer></body></html>";

        assertThat(extract("page.html", html.getBytes(StandardCharsets.UTF_8)).blocks()).containsExactly("Li Lei leaves", "Li Lei joined UCSB.");
    }

    @Test
    void aFileOverTheConfiguredLimitIsRefusedByName() {
        var small = new TikaTextExtractor(10);

        assertThatThrownBy(() -> small.extract("long.txt", new ByteArrayInputStream("More than ten bytes of text.".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("long.txt: the file is larger than the limit of 10 bytes");
    }

    @Test
    void refusesAFileWithNoTextNamingIt() {
        assertThatThrownBy(() -> extractor.extract("empty.txt", new ByteArrayInputStream("  \n\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("empty.txt: the file contains no text");
    }
}
