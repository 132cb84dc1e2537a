package dev.alinea.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Word, OpenDocument, RTF, PDF and EPUB files, made here, read through Tika into blocks. */
class DocumentFormatsTest {

    private final TikaTextExtractor extractor = new TikaTextExtractor();

    @Test
    void readsParagraphsAndHeadingsOfADocx() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var docx = new XWPFDocument()) {
            var heading = docx.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Scientists Leave the Business Tower");
            docx.createParagraph().createRun().setText("Li Lei joined UCSB. Dr. Fei-Fei Li left Google.");
            docx.write(out);
        }

        ExtractedText text = extract("story.docx", out.toByteArray());

        assertThat(text.blocks()).containsExactly("Scientists Leave the Business Tower", "Li Lei joined UCSB. Dr. Fei-Fei Li left Google.");
    }

    @Test
    void readsThePagesOfAPdfWithAText() throws Exception {
        ExtractedText text = extract("story.pdf", pdf("Li Lei joined UCSB in 2021.", false));

        assertThat(text.text()).contains("Li Lei joined UCSB in 2021.");
    }

    @Test
    void readsRtf() {
        String rtf = "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard Li Lei joined UCSB.\\par Wu Enda left Baidu.\\par}";

        ExtractedText text = extract("story.rtf", rtf.getBytes(StandardCharsets.US_ASCII));

        assertThat(text.blocks()).contains("Li Lei joined UCSB.", "Wu Enda left Baidu.");
    }

    @Test
    void readsOpenDocumentText() throws Exception {
        byte[] odt = zip(new String[][] {
                {"mimetype", "application/vnd.oasis.opendocument.text"},
                {"META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>"},
                {"content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                        + "<text:h>Judul</text:h><text:p>Li Lei bergabung dengan UCSB.</text:p></office:text></office:body></office:document-content>"}});

        ExtractedText text = extract("cerita.odt", odt);

        assertThat(text.blocks()).containsExactly("Judul", "Li Lei bergabung dengan UCSB.");
    }

    @Test
    void readsTheChaptersOfAnEpub() throws Exception {
        byte[] epub = zip(new String[][] {
                {"mimetype", "application/epub+zip"},
                {"META-INF/container.xml", "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                        + "<rootfiles><rootfile full-path=\"content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>"},
                {"content.opf", "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\"><metadata/>"
                        + "<manifest><item id=\"c1\" href=\"c1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                        + "<spine><itemref idref=\"c1\"/></spine></package>"},
                {"c1.xhtml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>C1</title></head>"
                        + "<body><h1>第一章</h1><p>李磊加入了字节跳动。</p></body></html>"}});

        ExtractedText text = extract("book.epub", epub);

        assertThat(text.blocks()).contains("第一章", "李磊加入了字节跳动。");
    }

    @Test
    void aPasswordProtectedPdfIsRefusedByName() throws Exception {
        byte[] locked = pdf("Secret.", true);

        assertThatThrownBy(() -> extract("locked.pdf", locked))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("locked.pdf: the file is password-protected");
    }

    @Test
    void aPdfWithoutTextIsRefusedWithTheReason() throws Exception {
        byte[] blank;
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            blank = out.toByteArray();
        }

        assertThatThrownBy(() -> extract("scan.pdf", blank))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("scan.pdf: the PDF has no text layer (a scan?): run OCR on it first");
    }

    @Test
    void aDecompressionBombIsRefused() throws Exception {
        String bomb = "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>"
                + "a".repeat(60_000_000) + "</text:p></office:text></office:body></office:document-content>";
        byte[] odt = zip(new String[][] {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", bomb}});

        assertThatThrownBy(() -> extract("bomb.odt", odt))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("bomb.odt: the file unpacks to far more than it holds (a decompression bomb?), so it is not read");
    }

    @Test
    void aWordDocumentThatUnpacksToHundredsOfMegabytesOfParagraphsIsRefusedQuickly() throws Exception {
        byte[] docx = dev.alinea.DocumentFixtures.docxBomb();

        assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> assertThatThrownBy(() -> extract("bomb.docx", docx))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("bomb.docx: the file unpacks to far more than it holds (a decompression bomb?), so it is not read"));
    }

    @Test
    void anImageIsNotATextDocument() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};

        assertThatThrownBy(() -> extract("photo.png", png))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("photo.png: this is not a text document (image/png)");
    }

    private ExtractedText extract(String name, byte[] bytes) {
        return extractor.extract(name, new ByteArrayInputStream(bytes));
    }

    private static byte[] pdf(String line, boolean encrypted) throws Exception {
        return dev.alinea.DocumentFixtures.pdf(line, encrypted);
    }

    private static byte[] zip(String[][] entries) throws Exception {
        return dev.alinea.DocumentFixtures.zip(entries);
    }
}
