package dev.alinea.text;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.alinea.problem.UserErrorException;

/**
 * Segmentation rules in SRX 2.0 (the standard OmegaT and Okapi read): language rules of
 * break/no-break rules, each a regular expression before the break position and one after, and
 * language maps that say which rules apply to a language. With cascading (SRX's default here),
 * the rules of every matching map apply, in map order, and the first rule that matches at a
 * position decides.
 */
public final class SrxRules {

    /**
     * How far a rule looks before and after a position. A rule describes the end of the text before
     * a break and the start of the text after it (an abbreviation, an initial, a quote); looking at
     * the whole paragraph each time made splitting a long paragraph quadratic.
     */
    static final int REACH = 256;

    /** One rule: whether to break where {@code before} ends and {@code after} begins. */
    public record Rule(boolean breaks, Pattern before, Pattern after) {

        /**
         * Whether the rule matches at offset {@code position} of {@code text}, looking at most
         * {@link #REACH} characters either way.
         *
         * @param deadline a {@link System#nanoTime()} value after which matching stops
         * @throws TimedText.TimeLimitExceededException past the deadline
         */
        boolean matches(String text, int position, long deadline) {
            Matcher preceding = before.matcher(TimedText.of(text, position, deadline)).region(Math.max(0, position - REACH), position)
                    .useTransparentBounds(true).useAnchoringBounds(false);
            if (!preceding.find()) {
                return false;
            }
            return after.matcher(TimedText.of(text, text.length(), deadline)).region(position, Math.min(text.length(), position + REACH))
                    .useTransparentBounds(true).useAnchoringBounds(false).lookingAt();
        }

        /** The rule as its file writes it, for messages. */
        String describe() {
            String written = before.pattern();
            return (breaks ? "break" : "no-break") + " rule \"" + written.substring(3, written.length() - 3) + "\" / \"" + after.pattern() + "\"";
        }
    }

    private record LanguageMap(Pattern language, String ruleName) {
    }

    private static final SrxRules BUNDLED = load("alinea.srx", SrxRules.class.getResourceAsStream("/srx/alinea.srx"));

    private final Map<String, List<Rule>> rules;
    private final List<LanguageMap> maps;

    private SrxRules(Map<String, List<Rule>> rules, List<LanguageMap> maps) {
        this.rules = rules;
        this.maps = maps;
    }

    /** Alinea's own rules (abbreviations, initials, ellipses, Chinese closing quotes) in {@code /srx/alinea.srx}. */
    public static SrxRules bundled() {
        return BUNDLED;
    }

    /**
     * Reads an SRX 2.0 file safely (no DTD, no entities).
     *
     * @throws UserErrorException naming the file, the line when known and the reason
     */
    public static SrxRules load(String fileName, InputStream in) {
        if (in == null) {
            throw new UserErrorException(fileName + ": not found");
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, List<Rule>> rules = new LinkedHashMap<>();
        List<LanguageMap> maps = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            String ruleName = null;
            boolean breaks = true;
            String before = "";
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "languagerule" -> {
                        ruleName = xml.getAttributeValue(null, "languagerulename");
                        rules.putIfAbsent(ruleName, new ArrayList<>());
                    }
                    case "rule" -> {
                        breaks = !"no".equals(xml.getAttributeValue(null, "break"));
                        before = "";
                    }
                    case "beforebreak" -> before = xml.getElementText();
                    case "afterbreak" -> rules.get(ruleName).add(rule(fileName, xml, breaks, before, xml.getElementText()));
                    case "languagemap" -> maps.add(new LanguageMap(pattern(fileName, xml, xml.getAttributeValue(null, "languagepattern")),
                            xml.getAttributeValue(null, "languagerulename")));
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new UserErrorException(fileName + (line > 0 ? ", line " + line : "") + ": not well-formed SRX (" + e.getMessage() + ")", e);
        }
        return new SrxRules(rules, maps);
    }

    /** The rules that apply to a language, in order. */
    public List<Rule> rulesFor(String language) {
        List<Rule> applicable = new ArrayList<>();
        for (LanguageMap map : maps) {
            if (map.language().matcher(language).matches()) {
                applicable.addAll(rules.getOrDefault(map.ruleName(), List.of()));
            }
        }
        return applicable;
    }

    private static Rule rule(String fileName, XMLStreamReader xml, boolean breaks, String before, String after) {
        return new Rule(breaks, pattern(fileName, xml, "(?:" + before + ")\\z"), pattern(fileName, xml, after));
    }

    private static Pattern pattern(String fileName, XMLStreamReader xml, String regex) {
        try {
            return Pattern.compile(regex == null ? "" : regex);
        } catch (PatternSyntaxException e) {
            throw new UserErrorException(fileName + ", line " + xml.getLocation().getLineNumber() + ": the rule \"" + regex
                    + "\" is not a valid regular expression (" + e.getDescription() + ")", e);
        }
    }
}
