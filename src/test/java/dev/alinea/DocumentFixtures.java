package dev.alinea;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small documents made on the fly for extraction tests. */
public final class DocumentFixtures {

    private DocumentFixtures() {
    }

    public static byte[] pdf(String line, boolean encrypted) throws Exception {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            if (encrypted) {
                var policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] zip(String[][] entries) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String[] entry : entries) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A Word document encrypted with a password (agile encryption, as Word writes it). */
    public static byte[] encryptedDocx() throws Exception {
        var plain = new ByteArrayOutputStream();
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            docx.createParagraph().createRun().setText("Secret.");
            docx.write(plain);
        }
        var filesystem = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
        var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
        var encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (var opc = org.apache.poi.openxml4j.opc.OPCPackage.open(new java.io.ByteArrayInputStream(plain.toByteArray()));
                var stream = encryptor.getDataStream(filesystem)) {
            opc.save(stream);
        }
        var out = new ByteArrayOutputStream();
        filesystem.writeFilesystem(out);
        return out.toByteArray();
    }

    /** A PDF page without any text: what a scan without OCR looks like to a text extractor. */
    public static byte[] blankPdf() throws Exception {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    /** An OpenDocument text whose content unpacks to 60 MB from a few kilobytes. */
    public static byte[] decompressionBomb() throws Exception {
        String content = "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>"
                + "a".repeat(60_000_000) + "</text:p></office:text></office:body></office:document-content>";
        return zip(new String[][] {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", content}});
    }

    /** A Word document whose document.xml unpacks to 200 MB of paragraphs from a few hundred kilobytes. */
    public static byte[] docxBomb() throws Exception {
        String types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
        String rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
        String document = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                + "Hello.</w:t></w:r></w:p>" + "<w:p><w:r><w:t>All work and no play.</w:t></w:r></w:p>".repeat(4_000_000) + "</w:body></w:document>";
        return zip(new String[][] {{"[Content_Types].xml", types}, {"_rels/.rels", rels}, {"word/document.xml", document}});
    }

    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
}
