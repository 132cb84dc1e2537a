package dev.alinea.language;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.tartarus.snowball.ext.IndonesianStemmer;

/** Indonesian: Snowball stemming (and the affix rules, guarded by the dictionary's words, where Snowball strips nothing), number words, the withdrawn code {@code in}, and the Indonesian side of the English–Indonesian dictionary. */
final class Indonesian extends Language {

    private static final Set<String> STOP_WORDS = Set.of("yang", "dan", "di", "ke", "dari", "untuk", "dengan", "itu", "ini", "sebuah",
            "seorang", "suatu", "adalah", "ialah", "pada", "dalam", "atau", "tetapi", "juga", "akan", "telah", "sudah", "oleh", "bagi",
            "ia", "dia", "mereka", "kami", "kita", "saya", "anda", "nya", "para", "tidak", "bukan", "se", "pun", "lah", "kah",
            "sebagai", "karena", "agar", "supaya", "bahwa", "jika", "maka", "tersebut");
    private static final Map<String, Long> NUMBERS = Map.ofEntries(
            Map.entry("satu", 1L), Map.entry("dua", 2L), Map.entry("tiga", 3L), Map.entry("empat", 4L), Map.entry("lima", 5L),
            Map.entry("enam", 6L), Map.entry("tujuh", 7L), Map.entry("delapan", 8L), Map.entry("sembilan", 9L),
            Map.entry("sepuluh", 10L), Map.entry("seratus", 100L), Map.entry("seribu", 1000L), Map.entry("juta", 1_000_000L));
    private static final Set<String> NOT_NAMES = Set.of("ia", "dia", "mereka", "pada", "saat", "dan", "yang", "ini", "itu", "sebelum",
            "sebelumnya", "setelah", "hanya", "baru", "lihat", "juga", "tetapi", "sebab", "karena", "hai", "ya", "bukankah", "lalu",
            "kemudian", "maka", "sesudah", "ketika", "adapun", "demikianlah", "sesungguhnya", "tidak", "jangan", "apakah", "mengapa",
            "dr", "prof");

    private static final List<DictionarySide> WORD_SOURCES = List.of(new DictionarySide("en", "id", false));
    private static final SpelledNumbers SPELLED = spelled();
    private static final Map<String, String> SPELLINGS = pairs("sy", "s", "kh", "k", "dj", "y", "tj", "k", "oe", "u");

    Indonesian() {
        super("id");
    }

    private static SpelledNumbers spelled() {
        Map<String, SpelledNumbers.Op> words = new java.util.HashMap<>();
        String[] units = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"};
        for (int i = 1; i < units.length; i++) {
            words.put(units[i], new SpelledNumbers.Add(i));
        }
        words.put("sepuluh", new SpelledNumbers.Add(10));
        words.put("sebelas", new SpelledNumbers.Add(11));
        words.put("seratus", new SpelledNumbers.Add(100));
        words.put("belas", new SpelledNumbers.PlusLast(10));
        words.put("puluh", new SpelledNumbers.TimesLast(10));
        words.put("ratus", new SpelledNumbers.TimesLast(100));
        words.put("seribu", new SpelledNumbers.Scale(1000));
        words.put("ribu", new SpelledNumbers.Scale(1000));
        words.put("sejuta", new SpelledNumbers.Scale(1_000_000));
        words.put("juta", new SpelledNumbers.Scale(1_000_000));
        words.put("miliar", new SpelledNumbers.Scale(1_000_000_000));
        words.put("triliun", new SpelledNumbers.Scale(1_000_000_000_000L));
        words.put("selusin", new SpelledNumbers.Add(12));
        words.put("lusin", new SpelledNumbers.TimesLast(12));
        words.put("lusinan", new SpelledNumbers.About(24, 99));
        words.put("belasan", new SpelledNumbers.About(11, 19));
        words.put("puluhan", new SpelledNumbers.About(20, 99));
        words.put("ratusan", new SpelledNumbers.About(200, 999));
        words.put("ribuan", new SpelledNumbers.About(2000, 99_999));
        words.put("jutaan", new SpelledNumbers.About(2_000_000, 999_999_999));
        // kedua, ketiga, kesebelas: ke- makes an ordinal of a cardinal; "satu" is also "salah satu" (one of), "kedua" also "both".
        return new SpelledNumbers(words, Map.of("pertama", 1L), List.of("ke"), List.of(), List.of("satu", "pertama", "kedua"), List.of("atau"), List.of("sampai", "hingga"))
                .withMonths("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
                        "november", "desember");
    }

    private static final Map<String, Unit> UNITS = units(
            "kilogram", Unit.KG, "kg", Unit.KG, "kilo", Unit.KG, "gram", Unit.G, "ton", Unit.T, "pon", Unit.LB, "meter", Unit.M,
            "sentimeter", Unit.CM, "cm", Unit.CM, "kilometer", Unit.KM, "km", Unit.KM, "kaki", Unit.FT, "inci", Unit.IN, "mil", Unit.MI,
            "hektar", Unit.HA, "yard", Unit.YD, "are", new Unit("are", Unit.AREA));

    @Override
    public Map<String, Unit> units() {
        return UNITS;
    }

    @Override
    public List<String> decadeSuffixes() {
        return List.of("-an");
    }

    @Override
    public boolean spellsNumbers() {
        return true;
    }

    @Override
    public List<NumberSpan> spelledNumbers(String text) {
        return SPELLED.find(text);
    }

    /** The Indonesian words of the bundled dictionary, read once, when the first stemmer is made. */
    private static final class KnownWords {
        static final Set<String> WORDS = DictionaryWords.of(WORD_SOURCES);
    }

    @Override
    public UnaryOperator<String> newStemmer() {
        return new IndonesianAffixes(KnownWords.WORDS::contains, STOP_WORDS, Snowball.stemmer(new IndonesianStemmer()));
    }

    private static final Map<String, Boolean> BOUNDS = Map.of("lebih dari", true, "lebih daripada", true, "sedikitnya", true,
            "setidaknya", true, "paling sedikit", true, "hampir", false, "kurang dari", false, "nyaris", false);

    @Override
    public Map<String, Boolean> numberBounds() {
        return BOUNDS;
    }

    @Override
    public Set<String> stopWords() {
        return STOP_WORDS;
    }

    @Override
    public Map<String, Long> numberWords() {
        return NUMBERS;
    }

    /** sy, kh and the y of foreign names (Manasye, Mikhael, Yakub) as the skeleton writes them. */
    @Override
    public Map<String, String> nameSpellings() {
        return SPELLINGS;
    }

    @Override
    public Set<String> notNames() {
        return NOT_NAMES;
    }

    @Override
    public List<DictionarySide> commonWordSources() {
        return WORD_SOURCES;
    }

    @Override
    public Set<String> aliases() {
        return Set.of("in");
    }

    @Override
    public String tmxCode(String canonicalTag, boolean byScript) {
        return canonicalTag.equals("in") ? "id" : canonicalTag.replaceFirst("^in-", "id-");
    }
}
