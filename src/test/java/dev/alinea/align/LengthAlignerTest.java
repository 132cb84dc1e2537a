package dev.alinea.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class LengthAlignerTest {

    private final LengthAligner aligner = new LengthAligner();

    private static final List<String> ENGLISH = List.of(
            "Recently, ByteDance has had a change up of personnel.",
            "Li Lei, ByteDance's AI Lab director, left his post and joined the University of California, Santa Barbara (UCSB) as an assistant professor.",
            "His information as a teacher is now available on UCSB's website.",
            "Li Lei is one of the authoritative Neurolinguistic Programming (NLP) scientists of our time.",
            "At present, he has published and presented more than 40 papers about machine learning, data mining and understanding natural language at top international academic conferences.",
            "Li Lei, former ByteDance's AI Lab director (Source: Sina)",
            "He joined ByteDance in 2016 as the director of the AI Lab and was responsible for the technical direction in addition to the short-term and long-term technical development goals.",
            "His team focuses on how to use AI to build better content creation and distribution platforms for users and creators.");
    private static final List<String> INDONESIAN = List.of(
            "Baru-baru ini, ByteDance melakukan pergantian personel.",
            "Li Lei, direktur ByteDance AI Labs, meninggalkan pekerjaannya dan bergabung dengan University of California, Santa Barbara (UCSB) sebagai asisten profesor.",
            "Informasinya sebagai guru sekarang tersedia di situs web UCSB.",
            "Li Lei adalah salah satu ilmuwan pemrograman neuro-linguistik (NLP) otoritatif kontemporer.",
            "Saat ini, ia telah menerbitkan dan mempresentasikan lebih dari 40 makalah tentang pembelajaran mesin, penambangan data, dan pemahaman bahasa alami di konferensi akademik internasional terkemuka.",
            "Bergabung dengan ByteDance sebagai Direktur AI Labs pada 2016, ia bertanggung jawab atas arahan teknis selain tujuan pengembangan teknologi jangka pendek dan jangka panjang.",
            "Timnya fokus pada bagaimana menggunakan AI untuk membangun platform pembuatan dan distribusi konten yang lebih baik bagi pengguna dan kreator.");

    @Test
    void alignsAParallelTextOneToOne() {
        List<String> target = INDONESIAN.subList(0, 5);

        List<Bead> beads = aligner.align(ENGLISH.subList(0, 5), target);

        assertThat(beads).extracting(Bead::format).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]");
        assertThat(beads).allSatisfy(b -> assertThat(b.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void anOmittedSentenceBecomesAOneToZeroBead() {
        List<Bead> beads = aligner.align(ENGLISH, INDONESIAN);

        assertThat(beads).extracting(Bead::format)
                .containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]", "[5]:[]", "[6]:[5]", "[7]:[6]");
        assertThat(beads.get(5).type()).isEqualTo("1-0");
    }

    @Test
    void twoEmptyDocumentsGiveNoBeads() {
        assertThat(aligner.align(List.of(), List.of())).isEmpty();
    }

    @Test
    void aDocumentAgainstAnEmptyOneIsAllOmissions() {
        assertThat(aligner.align(ENGLISH.subList(0, 2), List.of())).extracting(Bead::format).containsExactly("[0]:[]", "[1]:[]");
    }

    @RepeatedTest(20)
    void beadsCoverEverySentenceExactlyOnceInOrder() {
        Random random = new Random();
        List<String> source = randomSentences(random, random.nextInt(60));
        List<String> target = randomSentences(random, random.nextInt(60));

        List<Bead> beads = aligner.align(source, target);

        int src = 0;
        int tgt = 0;
        for (Bead bead : beads) {
            assertThat(bead.srcStart()).isEqualTo(src);
            assertThat(bead.tgtStart()).isEqualTo(tgt);
            src = bead.srcEnd();
            tgt = bead.tgtEnd();
        }
        assertThat(src).isEqualTo(source.size());
        assertThat(tgt).isEqualTo(target.size());
    }

    private static List<String> randomSentences(Random random, int count) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sentences.add("x".repeat(1 + random.nextInt(200)));
        }
        return sentences;
    }
}
