package dev.alinea.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class IndonesianAffixesTest {

    /** Snowball strips nothing from the short words these tests read. */
    private static IndonesianAffixes stemmer(String... known) {
        return new IndonesianAffixes(Set.of(known)::contains, Set.of("maka", "oleh"), UnaryOperator.identity());
    }

    @Test
    void stripsPrefixesAndSuffixesFromARootTheDictionaryKnows() {
        IndonesianAffixes stemmer = stemmer("hak", "laku", "orang", "tindak", "lalai");

        assertThat(stemmer.apply("berhak")).isEqualTo("hak");
        assertThat(stemmer.apply("haknya")).isEqualTo("hak");
        assertThat(stemmer.apply("berlaku")).isEqualTo("laku");
        assertThat(stemmer.apply("tindakan")).isEqualTo("tindak");
        assertThat(stemmer.apply("kelalaian")).isEqualTo("lalai");
    }

    @Test
    void aKnownWordIsARootEvenWhenItLooksPrefixed() {
        IndonesianAffixes stemmer = stemmer("kelas", "las", "sebab", "bab");

        assertThat(stemmer.apply("kelas")).isEqualTo("kelas");
        assertThat(stemmer.apply("sebab")).isEqualTo("sebab");
        assertThat(stemmer.apply("kelasnya")).isEqualTo("kelas");
    }

    @Test
    void nasalPrefixesKeepOrGiveBackTheRootsFirstSound() {
        IndonesianAffixes stemmer = stemmer("milik", "tinggal", "pakai", "kirim", "sampai", "tentang", "makan");

        assertThat(stemmer.apply("memiliki")).isEqualTo("milik");
        assertThat(stemmer.apply("meninggalkan")).isEqualTo("tinggal");
        assertThat(stemmer.apply("memakai")).isEqualTo("pakai");
        assertThat(stemmer.apply("mengirim")).isEqualTo("kirim");
        assertThat(stemmer.apply("menyampaikan")).isEqualTo("sampai");
        assertThat(stemmer.apply("menentang")).isEqualTo("tentang");
        assertThat(stemmer.apply("memakan")).isEqualTo("makan");
    }

    @Test
    void aWordWithoutAKnownRootStaysAsWritten() {
        assertThat(stemmer().apply("berhak")).isEqualTo("berhak");
        assertThat(stemmer("hak").apply("berhakim")).isEqualTo("berhakim");
    }

    @Test
    void aWordThatSnowballStemsKeepsSnowballsStemReadOnWhereSnowballStops() {
        UnaryOperator<String> snowball = word -> word.equals("kepergiannya") ? "pergi" : word.equals("berhaknya") ? "berhak" : word;
        IndonesianAffixes stemmer = new IndonesianAffixes(Set.of("gian", "hak")::contains, Set.of(), snowball);

        assertThat(stemmer.apply("kepergiannya")).isEqualTo("pergi");
        assertThat(stemmer.apply("berhaknya")).isEqualTo("hak");
    }

    @Test
    void functionWordsAreNoRoots() {
        assertThat(stemmer("maka", "pakai").apply("memakai")).isEqualTo("pakai");
    }

    @Test
    void prefixesAreNotReadWithASuffixTheyNeverTakeTogether() {
        // di-...-an does not exist: dimakan is di- + makan, never di- + mak + -an.
        assertThat(stemmer("mak").apply("dimakan")).isEqualTo("dimakan");
    }

    @Test
    void aFullReduplicationIsItsHalf() {
        IndonesianAffixes stemmer = stemmer("hak");

        assertThat(stemmer.apply("hak-hak")).isEqualTo("hak");
        assertThat(stemmer.apply("undang-undang")).isEqualTo("undang");
    }

    @Test
    void theProfileReadsItsRootsFromTheBundledDictionary() {
        UnaryOperator<String> indonesian = Languages.of("id").newStemmer();

        assertThat(indonesian.apply("berhak")).isEqualTo(indonesian.apply("hak"));
        assertThat(indonesian.apply("haknya")).isEqualTo(indonesian.apply("hak"));
        assertThat(indonesian.apply("berhaknya")).isEqualTo(indonesian.apply("hak"));
        assertThat(indonesian.apply("seluas")).isEqualTo(indonesian.apply("luas"));
        assertThat(indonesian.apply("kelas")).isEqualTo("kelas");
    }
}
