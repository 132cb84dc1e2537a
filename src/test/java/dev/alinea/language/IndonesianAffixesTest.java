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

    /** Each word (even places) stems to the root after it (odd places). */
    private static void assertStems(IndonesianAffixes stemmer, String... wordAndRoot) {
        for (int i = 0; i < wordAndRoot.length; i += 2) {
            assertThat(stemmer.apply(wordAndRoot[i])).as(wordAndRoot[i]).isEqualTo(wordAndRoot[i + 1]);
        }
    }

    @Test
    void stripsPrefixesAndSuffixesFromARootTheDictionaryKnows() {
        IndonesianAffixes stemmer = stemmer("hak", "laku", "orang", "tindak", "lalai");

        assertStems(stemmer, "berhak", "hak", "haknya", "hak", "berlaku", "laku", "tindakan", "tindak", "kelalaian", "lalai");
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

        assertStems(stemmer, "memiliki", "milik", "meninggalkan", "tinggal", "memakai", "pakai", "mengirim", "kirim", "menyampaikan", "sampai",
                "menentang", "tentang", "memakan", "makan");
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
