package dev.alinea.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class IndonesianAffixesTest {

    /** Marks what Snowball would have stemmed, so a test sees which words the affix rules settled. */
    private static final UnaryOperator<String> SNOWBALL = word -> "snowball:" + word;

    private static IndonesianAffixes stemmer(String... known) {
        return new IndonesianAffixes(Set.of(known)::contains, Set.of("maka", "oleh"), SNOWBALL);
    }

    @Test
    void stripsPrefixesAndSuffixesFromATwoSyllableRootTheDictionaryKnows() {
        IndonesianAffixes stemmer = stemmer("hak", "laku", "orang", "tindak");

        assertThat(stemmer.apply("berhak")).isEqualTo("snowball:hak");
        assertThat(stemmer.apply("haknya")).isEqualTo("snowball:hak");
        assertThat(stemmer.apply("berlaku")).isEqualTo("snowball:laku");
        assertThat(stemmer.apply("tindakan")).isEqualTo("snowball:tindak");
    }

    @Test
    void aKnownWordThatSnowballLeavesAsItIsIsARootEvenWhenItLooksPrefixed() {
        IndonesianAffixes stemmer = new IndonesianAffixes(Set.of("kelas", "las", "sebab", "bab")::contains, Set.of(),
                UnaryOperator.identity());

        assertThat(stemmer.apply("kelas")).isEqualTo("kelas");
        assertThat(stemmer.apply("sebab")).isEqualTo("sebab");
        assertThat(stemmer.apply("kelasnya")).isEqualTo("kelas");
    }

    @Test
    void nasalPrefixesGiveBackTheSoundTheyReplaced() {
        IndonesianAffixes stemmer = new IndonesianAffixes(Set.of("milik", "tinggal", "pakai", "kirim", "sampai", "tentang", "makan")::contains,
                Set.of(), UnaryOperator.identity());

        assertThat(stemmer.apply("memiliki")).isEqualTo("milik");
        assertThat(stemmer.apply("meninggalkan")).isEqualTo("tinggal");
        assertThat(stemmer.apply("memakai")).isEqualTo("pakai");
        assertThat(stemmer.apply("mengirim")).isEqualTo("kirim");
        assertThat(stemmer.apply("menyampaikan")).isEqualTo("sampai");
        assertThat(stemmer.apply("menentang")).isEqualTo("tentang");
        assertThat(stemmer.apply("memakan")).isEqualTo("makan");
    }

    @Test
    void aWordWithoutAKnownRootIsLeftToSnowball() {
        assertThat(stemmer().apply("berhak")).isEqualTo("snowball:berhak");
        assertThat(stemmer("hak").apply("berhakim")).isEqualTo("snowball:berhakim");
    }

    @Test
    void functionWordsAreNoRoots() {
        assertThat(stemmer("maka", "pakai").apply("memakai")).isEqualTo("snowball:pakai");
    }

    @Test
    void prefixesAreNotReadWithASuffixTheyNeverTakeTogether() {
        // di-...-an does not exist: dimakan is di- + makan, never di- + mak + -an.
        assertThat(stemmer("mak").apply("dimakan")).isEqualTo("snowball:dimakan");
    }

    @Test
    void aFullReduplicationIsItsHalf() {
        IndonesianAffixes stemmer = stemmer("hak");

        assertThat(stemmer.apply("hak-hak")).isEqualTo(stemmer.apply("hak"));
        assertThat(stemmer.apply("undang-undang")).isEqualTo("snowball:undang");
    }

    @Test
    void theProfileReadsItsRootsFromTheBundledDictionary() {
        UnaryOperator<String> indonesian = Languages.of("id").newStemmer();

        assertThat(indonesian.apply("berhak")).isEqualTo(indonesian.apply("hak"));
        assertThat(indonesian.apply("bekerja")).isEqualTo(indonesian.apply("kerja"));
        assertThat(indonesian.apply("meninggalkan")).isEqualTo("tinggal");
        assertThat(indonesian.apply("kelas")).isEqualTo("kelas");
    }
}
