package dev.alinea.language;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.tartarus.snowball.ext.IndonesianStemmer;

/** Indonesian: Snowball stemming, number words, the withdrawn code {@code in}, and the Indonesian side of the English–Indonesian dictionary. */
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
            "sebelumnya", "setelah", "hanya", "baru", "lihat", "juga", "dr", "prof");

    Indonesian() {
        super("id");
    }

    @Override
    public UnaryOperator<String> newStemmer() {
        return Snowball.stemmer(new IndonesianStemmer());
    }

    @Override
    public Set<String> stopWords() {
        return STOP_WORDS;
    }

    @Override
    public Map<String, Long> numberWords() {
        return NUMBERS;
    }

    @Override
    public Set<String> notNames() {
        return NOT_NAMES;
    }

    @Override
    public List<DictionarySide> commonWordSources() {
        return List.of(new DictionarySide("en", "id", false));
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
