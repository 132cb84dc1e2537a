package dev.alinea.language;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.tartarus.snowball.ext.EnglishStemmer;

/** English: Snowball stemming, cardinal number words, and the English side of the English–Indonesian dictionary. */
final class English extends Language {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from",
            "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "am", "as", "that", "this", "these", "those", "it",
            "its", "he", "she", "they", "we", "you", "i", "me", "him", "her", "them", "us", "my", "your", "his", "their", "our", "do",
            "does", "did", "have", "has", "had", "not", "no", "so", "if", "then", "there", "here", "what", "which", "who", "whom",
            "would", "could", "should", "will", "shall", "can", "may", "might", "must", "s", "t", "than", "into", "out", "up", "down",
            "about", "all", "any", "some", "such", "very", "just", "only", "also", "too", "how", "when", "where", "why", "whose");
    private static final Map<String, Long> NUMBERS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
            Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("twenty", 20L), Map.entry("thirty", 30L),
            Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L),
            Map.entry("eighty", 80L), Map.entry("ninety", 90L), Map.entry("hundred", 100L), Map.entry("thousand", 1000L),
            Map.entry("million", 1_000_000L));
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "his", "her", "its", "they", "their", "we",
            "this", "that", "these", "those", "in", "on", "at", "for", "and", "but", "or", "as", "so", "if", "when", "while", "after",
            "before", "even", "just", "recently", "such", "see", "also", "do", "does", "no", "not", "let", "yes", "oh", "o", "now", "then",
            "thus", "behold", "why", "what", "how", "who", "where", "dr", "mr", "mrs", "ms", "prof",
            // the pronouns of older English, which open speech after a comma ("said unto him, Thy name is Jacob")
            "thy", "thine", "thou", "thee");

    /**
     * Irregular past forms and participles by their verb (said = say, thought = think): the
     * Snowball stemmer leaves them as they are, so "said" never met a dictionary's "say". Forms that
     * are as often another word (left, lay, rose, wound, bore, bit) are left out.
     */
    private static final Map<String, String> IRREGULAR_VERBS = pairs(
            "said", "say", "says", "say", "made", "make", "went", "go", "gone", "go", "thought", "think", "came", "come",
            "took", "take", "taken", "take", "saw", "see", "seen", "see", "knew", "know", "known", "know", "told", "tell",
            "gave", "give", "given", "give", "kept", "keep", "stood", "stand", "heard", "hear", "held", "hold",
            "brought", "bring", "began", "begin", "begun", "begin", "ran", "run", "sat", "sit", "got", "get", "gotten", "get",
            "wrote", "write", "written", "write", "spoke", "speak", "spoken", "speak", "became", "become", "caught", "catch",
            "fought", "fight", "sent", "send", "spent", "spend", "lost", "lose", "meant", "mean", "met", "meet", "paid", "pay",
            "sold", "sell", "taught", "teach", "understood", "understand", "won", "win", "wore", "wear", "worn", "wear",
            "drew", "draw", "drawn", "draw", "drove", "drive", "driven", "drive", "ate", "eat", "eaten", "eat", "broke", "break",
            "broken", "break", "chose", "choose", "chosen", "choose", "forgot", "forget", "forgotten", "forget", "hid", "hide",
            "hidden", "hide", "led", "lead", "rode", "ride", "ridden", "ride", "shot", "shoot", "shook", "shake",
            "shaken", "shake", "sang", "sing", "sung", "sing", "slept", "sleep", "struck", "strike", "threw", "throw",
            "thrown", "throw", "woke", "wake", "woken", "wake", "wept", "weep", "laid", "lay", "built", "build", "bought", "buy",
            "dealt", "deal", "dug", "dig", "fed", "feed", "fled", "flee", "flew", "fly", "flown", "fly", "grew", "grow",
            "grown", "grow", "swore", "swear", "sworn", "swear", "swept", "sweep", "swam", "swim", "tore", "tear",
            "torn", "tear", "bent", "bend", "bitten", "bite", "blew", "blow", "blown", "blow", "bled", "bleed", "fell", "fall",
            "fallen", "fall", "felt", "feel", "forgave", "forgive", "forgiven", "forgive", "froze", "freeze", "frozen", "freeze",
            "hung", "hang", "knelt", "kneel", "leapt", "leap", "lent", "lend", "overcame", "overcome", "rang", "ring",
            "rung", "ring", "risen", "rise", "sought", "seek", "shone", "shine", "shrank", "shrink", "slid", "slide",
            "spun", "spin", "sprang", "spring", "stole", "steal", "stolen", "steal", "stuck", "stick", "stung", "sting",
            "strode", "stride", "strove", "strive", "swung", "swing", "trod", "tread", "trodden", "tread", "wrung", "wring",
            "found", "find", "sank", "sink", "sunk", "sink", "borne", "bear", "beaten", "beat", "mistook", "mistake",
            "mistaken", "mistake", "withdrew", "withdraw", "withdrawn", "withdraw", "undertook", "undertake",
            "undertaken", "undertake", "arose", "arise", "arisen", "arise", "awoke", "awake", "forbade", "forbid",
            "forbidden", "forbid", "foresaw", "foresee", "foreseen", "foresee");

    private static final SpelledNumbers SPELLED = spelled();
    private static final List<String> GENTILIC_ENDINGS = List.of("itish", "itess", "ites", "ite");
    private static final Map<String, String> SPELLINGS = pairs("ph", "f", "sh", "s", "ch", "k", "th", "t", "j", "y");

    English() {
        super("en");
    }

    private static SpelledNumbers spelled() {
        Map<String, SpelledNumbers.Op> words = new java.util.HashMap<>();
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 1; i < units.length; i++) {
            words.put(units[i], new SpelledNumbers.Add(i));
        }
        for (int i = 2; i < tens.length; i++) {
            words.put(tens[i], new SpelledNumbers.Add(i * 10L));
        }
        words.put("both", new SpelledNumbers.Add(2));
        // Older English counts in scores: three score and ten, threescore and six, an hundred and fourscore.
        words.put("score", new SpelledNumbers.TimesLast(20));
        for (int i = 2; i <= 10; i++) {
            words.put(units[i] + "score", new SpelledNumbers.Add(i * 20L));
        }
        words.put("hundred", new SpelledNumbers.TimesLast(100));
        words.put("dozen", new SpelledNumbers.TimesLast(12));
        // four decades = 40 (years), a decade = 10.
        words.put("decade", new SpelledNumbers.TimesLast(10));
        words.put("decades", new SpelledNumbers.TimesLast(10));
        words.put("thousand", new SpelledNumbers.Scale(1000));
        words.put("million", new SpelledNumbers.Scale(1_000_000));
        words.put("billion", new SpelledNumbers.Scale(1_000_000_000));
        words.put("trillion", new SpelledNumbers.Scale(1_000_000_000_000L));
        words.put("dozens", new SpelledNumbers.About(24, 99));
        words.put("scores", new SpelledNumbers.About(40, 99));
        words.put("hundreds", new SpelledNumbers.About(200, 999));
        words.put("thousands", new SpelledNumbers.About(2000, 99_999));
        words.put("millions", new SpelledNumbers.About(2_000_000, 999_999_999));
        Map<String, Long> ordinals = new java.util.HashMap<>(Map.of("first", 1L, "second", 2L, "third", 3L, "fifth", 5L, "eighth", 8L,
                "ninth", 9L, "twelfth", 12L, "hundredth", 100L, "thousandth", 1000L));
        for (int i = 4; i < units.length; i++) {
            ordinals.putIfAbsent(units[i] + "th", (long) i);
        }
        for (int i = 2; i < tens.length; i++) {
            ordinals.put(tens[i].substring(0, tens[i].length() - 1) + "ieth", i * 10L);
        }
        // the eighties = 80–89, as 八十年代.
        for (int i = 2; i < tens.length; i++) {
            words.put(tens[i].substring(0, tens[i].length() - 1) + "ies", new SpelledNumbers.About(i * 10L, i * 10L + 9));
        }
        // "one" is also a pronoun ("one of them"), "first" and "second" are also "at first" and a unit of time; "both" is two without saying so;
        // a score alone is more often a game's.
        return new SpelledNumbers(words, ordinals, List.of(), List.of("and"), List.of("one", "first", "second", "both", "decade", "decades", "score"),
                List.of("or"), List.of()).withMonths("january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december");
    }

    private static final Map<String, Unit> UNITS = units(
            "pound", Unit.LB, "pounds", Unit.LB, "lb", Unit.LB, "lbs", Unit.LB, "kilo", Unit.KG, "kilos", Unit.KG, "kilogram", Unit.KG,
            "kilograms", Unit.KG, "kg", Unit.KG, "gram", Unit.G, "grams", Unit.G, "ton", Unit.T, "tons", Unit.T, "tonne", Unit.T,
            "tonnes", Unit.T, "foot", Unit.FT, "feet", Unit.FT, "ft", Unit.FT, "inch", Unit.IN, "inches", Unit.IN, "mile", Unit.MI,
            "miles", Unit.MI, "yard", Unit.YD, "yards", Unit.YD, "meter", Unit.M, "meters", Unit.M, "metre", Unit.M, "metres", Unit.M,
            "centimeter", Unit.CM, "centimeters", Unit.CM, "centimetre", Unit.CM, "centimetres", Unit.CM, "cm", Unit.CM,
            "kilometer", Unit.KM, "kilometers", Unit.KM, "kilometre", Unit.KM, "kilometres", Unit.KM, "km", Unit.KM,
            "li", new Unit("li", Unit.LENGTH), "acre", new Unit("acre", Unit.AREA), "acres", new Unit("acre", Unit.AREA),
            "hectare", Unit.HA, "hectares", Unit.HA, "mu", new Unit("mu", Unit.AREA));

    @Override
    public Map<String, Unit> units() {
        return UNITS;
    }

    private static final Map<String, Boolean> BOUNDS = Map.of("more than", true, "more than a", true, "at least", true, "upwards of", true,
            "almost", false, "nearly", false, "less than", false, "fewer than", false, "not quite", false);

    @Override
    public Map<String, Boolean> numberBounds() {
        return BOUNDS;
    }

    @Override
    public List<String> decadeSuffixes() {
        return List.of("s", "'s", "’s");
    }

    @Override
    public boolean spellsNumbers() {
        return true;
    }

    @Override
    public List<NumberSpan> spelledNumbers(String text) {
        return SPELLED.find(text);
    }

    @Override
    public UnaryOperator<String> newStemmer() {
        UnaryOperator<String> snowball = Snowball.stemmer(new EnglishStemmer());
        // UCSB’s is UCSB's: the stemmer takes the possessive off only when written with a straight apostrophe.
        return word -> {
            String straight = word.replace('’', '\'');
            return snowball.apply(IRREGULAR_VERBS.getOrDefault(straight, straight));
        };
    }

    @Override
    public Set<String> stopWords() {
        return STOP_WORDS;
    }

    @Override
    public Map<String, Long> numberWords() {
        return NUMBERS;
    }

    /** ph, sh, ch and j as Indonesian writes them in foreign names: Pharaoh/Firaun, Manasseh/Manasye, Jacob/Yakub. */
    @Override
    public Map<String, String> nameSpellings() {
        return SPELLINGS;
    }

    @Override
    public List<String> gentilicEndings() {
        return GENTILIC_ENDINGS;
    }

    @Override
    public Set<String> notNames() {
        return NOT_NAMES;
    }

    @Override
    public Set<String> dictionaryTargets() {
        return Set.of("id");
    }

    @Override
    public List<DictionarySide> commonWordSources() {
        return List.of(new DictionarySide("en", "id", true));
    }
}
