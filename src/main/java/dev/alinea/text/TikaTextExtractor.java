package dev.alinea.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.tika.Tika;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.JSoupParser;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Extracts clean text through Apache Tika. Text-like files: the encoding is detected, YAML front
 * matter becomes the title and metadata, and an HTML body (in an .html file or after front matter
 * in a .txt file) is parsed into its blocks with markup, scripts and images dropped; plain text
 * gives one block per non-empty line. Word (DOCX, DOC), OpenDocument, RTF, PDF with a text layer
 * and EPUB go through Tika's parsers, whose paragraphs, headings and list items become blocks.
 * Images, password-protected files, PDFs without text and files over the size limit (by default
 * {@value #MAX_BYTES} bytes) are refused with a message naming the file.
 */
public final class TikaTextExtractor {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\s*---[ \\t]*\\R(.*?)\\R---[ \\t]*(\\R|\\z)", Pattern.DOTALL);
    private static final Pattern HTML_MARKUP = Pattern.compile(
            "<(html|body|div|p|h[1-6]|ul|ol|li|table|article|section)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    /**
     * Reads a file's text.
     *
     * @param fileName the file's name, used for messages and to recognise HTML files
     * @param content the file's bytes; the stream is read to its end but not closed
     * @return the text, with at least one block
     * @throws ExtractionException naming the file when it cannot be read or holds no text
     */
    public ExtractedText extract(String fileName, InputStream content) {
        return extract(fileName, content, null);
    }

    /**
     * Reads a file's text, decoding a text file with the given encoding instead of the detected one.
     *
     * @param encoding the text's encoding, or null to detect it (byte order marks always win)
     * @throws ExtractionException naming the file when it cannot be read or holds no text
     */
    public ExtractedText extract(String fileName, InputStream content, java.nio.charset.@Nullable Charset encoding) {
        byte[] bytes = read(fileName, content);
        String type = Detector.TIKA.detect(bytes, fileName);
        if (!isTextLike(type)) {
            return document(fileName, bytes, type);
        }
        String raw = encoding == null ? decode(fileName, bytes) : decodeAs(bytes, encoding);
        Map<String, String> metadata = new LinkedHashMap<>();
        String body = raw;
        var frontMatter = FRONT_MATTER.matcher(raw);
        if (frontMatter.find()) {
            metadata.putAll(parseFrontMatter(fileName, frontMatter.group(1)));
            body = raw.substring(frontMatter.end());
        }
        String title = metadata.getOrDefault("title", "").strip();
        metadata.remove("title");


        List<String> blocks = new ArrayList<>();
        if (!title.isEmpty()) {
            blocks.add(title);
        }
        if (looksLikeHtml(fileName, body)) {
            blocks.addAll(htmlBlocks(fileName, body, metadata));
        } else {
            blocks.addAll(isMarkdown(fileName, type) ? markdownBlocks(body) : plainBlocks(body));
        }
        if (blocks.isEmpty()) {
            throw new ExtractionException(fileName, "the file contains no text");
        }
        return new ExtractedText(fileName, title, blocks, metadata);
    }

    /** The default most a file may hold; larger files are refused before anything is parsed. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final long maxBytes;

    /** An extractor that refuses files over {@value #MAX_BYTES} bytes. */
    public TikaTextExtractor() {
        this(MAX_BYTES);
    }

    /** @param maxBytes the most a file may hold, &gt; 0 */
    public TikaTextExtractor(long maxBytes) {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("The size limit must be between 1 byte and 2 GB, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Tika's detectors and parsers, loaded by the first file read, not with the class: making an
     * extractor is then free (the workbench makes one while it starts, and reads a file later).
     */
    private static final class Detector {
        static final Tika TIKA = new Tika();
    }

    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/html", "application/xhtml+xml", "text/markdown",
            "text/x-web-markdown", "text/x-yaml", "application/xml", "text/xml");

    private byte[] read(String fileName, InputStream content) {
        try {
            byte[] bytes = content.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new ExtractionException(fileName, "the file is larger than the limit of " + limit() );
            }
            return bytes;
        } catch (IOException e) {
            throw new ExtractionException(fileName, "the file could not be read (" + e.getMessage() + ")", e);
        }
    }

    private String limit() {
        return maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes";
    }

    private static boolean isTextLike(String type) {
        return TEXT_TYPES.contains(type) || (type.startsWith("text/") && !type.equals("text/rtf"));
    }

    /** Word, OpenDocument, RTF, PDF, EPUB: Tika's parsers, their XHTML collected into blocks. */
    private static ExtractedText document(String fileName, byte[] bytes, String type) {
        if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/") || type.equals("application/octet-stream")) {
            throw new ExtractionException(fileName, "this is not a text document (" + type + ")");
        }
        refuseDecompressionBombs(fileName, bytes);
        var handler = new BlockCollectingHandler();
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        var context = new ParseContext();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            new AutoDetectParser().parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(fileName, "the file is password-protected", e);

        } catch (ZeroByteFileException e) {
            throw new ExtractionException(fileName, "the file is empty", e);
        } catch (IOException | SAXException | TikaException e) {
            if (rootMessage(e).toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                throw new ExtractionException(fileName, "the file unpacks to far more than it holds (a decompression bomb?), so it is not read", e);
            }
            throw new ExtractionException(fileName, "the " + type + " file could not be read (" + rootMessage(e) + ")", e);
        }
        List<String> blocks = handler.blocks();
        if (blocks.isEmpty()) {
            throw new ExtractionException(fileName, type.equals("application/pdf")
                    ? "the PDF has no text layer (a scan?): run OCR on it first" : "the file contains no text");
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        return new ExtractedText(fileName, title == null ? "" : title.strip(), blocks, Map.of("content-type", type));
    }

    /** An archive (DOCX, ODT, EPUB) may unpack to this many times its size, and never to more than {@link #MAX_UNPACKED}. */
    static final int MAX_INFLATION = 100;
    static final long MAX_UNPACKED = 512L * 1024 * 1024;

    /**
     * Unpacks a ZIP-based file once, counting and discarding, before a parser builds anything from
     * it: Word's parser builds the whole document in memory, so a few megabytes unpacking to
     * gigabytes of paragraphs would exhaust the heap long before any of Tika's checks saw text.
     */
    private static void refuseDecompressionBombs(String fileName, byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            return;
        }
        long allowed = Math.min(MAX_UNPACKED, Math.max(16L * 1024 * 1024, (long) MAX_INFLATION * bytes.length));
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > allowed) {
                        throw new ExtractionException(fileName, "the file unpacks to far more than it holds (a decompression bomb?), so it is not read");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a ZIP file Java reads: the parser will say what it is
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String decodeAs(byte[] bytes, java.nio.charset.Charset encoding) {
        String text = new String(bytes, encoding);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Decodes with the encoding Tika detects. ISO-8859-1 is read as windows-1252, its superset, as
     * browsers do: a text with curly quotes or dashes in 0x80-0x9F is windows-1252 in practice.
     */
    private static String decode(String fileName, byte[] bytes) {
        try (var reader = new AutoDetectReader(new ByteArrayInputStream(bytes), new Metadata())) {
            java.nio.charset.Charset detected = reader.getCharset();
            if (detected.equals(java.nio.charset.StandardCharsets.ISO_8859_1)) {
                return decodeAs(bytes, java.nio.charset.Charset.forName("windows-1252"));
            }
            String text = reader.lines().reduce(new StringBuilder(), (sb, line) -> sb.append(line).append('\n'), StringBuilder::append).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (TikaException e) {
            throw new ExtractionException(fileName, "the text encoding could not be detected", e);
        } catch (IOException e) {
            throw new ExtractionException(fileName, "the file could not be read (" + e.getMessage() + ")", e);
        }
    }

    private static Map<String, String> parseFrontMatter(String fileName, String yaml) {
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new ExtractionException(fileName, "the YAML front matter is malformed", e);
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        if (parsed instanceof Map<?, ?> map) {
            map.forEach((key, value) -> metadata.put(String.valueOf(key), valueText(value)));
        }
        return metadata;
    }

    private static String valueText(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value == null ? "" : String.valueOf(value);
    }

    private static boolean looksLikeHtml(String fileName, String body) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml") || HTML_MARKUP.matcher(body).find();
    }

    /** Metadata key of a warning about how the file was read. */
    public static final String WARNING = "alinea-warning";

    /** How many markup errors a page may have before it is called malformed (browsers tolerate a few). */
    private static final int MALFORMED_HTML_ERRORS = 3;
    private static final int TRACKED_HTML_ERRORS = 50;
    /** Page furniture that is not the text: navigation, side bars, footers, forms. */
    private static final String FURNITURE = "nav, aside, footer, form, noscript, script, style, iframe, button, [role=navigation], [role=banner]";

    /**
     * The blocks of an HTML body. jsoup repairs it first (noting in {@code metadata} when it is
     * malformed, as browsers would read it) and drops the page furniture; Tika then maps it to blocks.
     */
    private static List<String> htmlBlocks(String fileName, String rawBody, Map<String, String> notes) {
        var parser = org.jsoup.parser.Parser.htmlParser().setTrackErrors(TRACKED_HTML_ERRORS);
        var page = org.jsoup.Jsoup.parse(rawBody, "", parser);
        var errors = parser.getErrors();
        if (errors.size() >= MALFORMED_HTML_ERRORS) {
            notes.put(WARNING, "the HTML is malformed (" + errors.size() + (errors.size() == TRACKED_HTML_ERRORS ? "+" : "")
                    + " errors, first: " + errors.getFirst().getErrorMessage() + "); it was read as a browser repairs it, check the text");
        }
        page.select(FURNITURE).remove();
        String body = page.outerHtml();
        var handler = new BlockCollectingHandler();
        var metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "text/html; charset=UTF-8");
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream html = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))) {
            new JSoupParser().parse(html, handler, metadata, new ParseContext());
        } catch (IOException | SAXException | TikaException e) {
            throw new ExtractionException(fileName, "the HTML could not be parsed", e);
        }
        return handler.blocks();
    }

    private static final Pattern MARKDOWN_MARKER = Pattern.compile("^(?:#{1,6}\\s+|>\\s*|[-*+]\\s+|\\d+[.)]\\s+)");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^(?:[-*_]\\s*){3,}$|^=+$|^-+$");

    private static boolean isMarkdown(String fileName, String type) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return type.contains("markdown") || lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    /**
     * Markdown: headings, list items and quoted lines are blocks of their own, their markers
     * dropped; emphasis and link markup give way to their text; rules and code fences are dropped.
     */
    private static List<String> markdownBlocks(String body) {
        List<String> blocks = new ArrayList<>();
        for (String line : body.lines().toList()) {
            String stripped = line.strip();
            if (stripped.isEmpty() || MARKDOWN_RULE.matcher(stripped).matches() || stripped.startsWith("```")) {
                continue;
            }
            String text = MARKDOWN_MARKER.matcher(stripped).replaceFirst("")
                    .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                    .replaceAll("(\\*\\*|__|\\*|_|`)(\\S(?:.*?\\S)?)\\1", "$2");
            String block = BlockCollectingHandler.normalizeSpace(text);
            if (!block.isEmpty()) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    private static List<String> plainBlocks(String body) {
        return body.lines().map(BlockCollectingHandler::normalizeSpace).filter(line -> !line.isEmpty()).toList();
    }
}
