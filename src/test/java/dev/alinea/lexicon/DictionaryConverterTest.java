package dev.alinea.lexicon;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.alinea.problem.UserErrorException;

class DictionaryConverterTest {

    private static final String DICTD_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    @TempDir
    Path dir;

    @Test
    void dropsClassifiersAndParentheticalsFromCedictGlosses() throws IOException {
        List<String> lines = convertCedict("""
                科學家 科学家 [ke1 xue2 jia1] /scientist/CL:個|个[ge4]/
                打 打 [da3] /to hit; to strike/to fight/(coll.) from; since (as in 打那以後|打那以后[da3 na4 yi3 hou4] "since then")/
                """);

        assertThat(lines).containsExactly("打\thit strike fight since", "科学家\tscientist");
    }

    @Test
    void dropsVariantCrossReferenceAndPinyinOnlyGlosses() throws IOException {
        List<String> lines = convertCedict("""
                簡 简 [jian3] /simple/see 簡單|简单[jian3 dan1]/abbr. for 簡體|简体[jian3 ti3]/Jian3 dan1/
                簡 简 [jian3] /old variant of 簡|简[jian3]/used in 簡直|简直[jian3 zhi2]/also written 柬[jian3]/
                """);

        assertThat(lines).containsExactly("简\tsimple");
    }

    @Test
    void mergesEntriesBySimplifiedFormAndPutsSurnamesFirst() throws IOException {
        List<String> lines = convertCedict("""
                # CC-CEDICT
                李 李 [Li3] /surname Li/
                李 李 [li3] /plum/
                恩 恩 [en1] /favor; grace; kindness/
                㤙 恩 [en1] /variant of 恩[en1]/
                安 安 [An1] /surname An/
                張 张 [zhang1] /to spread; to spread out/to spread open/
                張 张 [Zhang1] /surname Zhang/
                """);

        assertThat(lines).containsExactly("安\tan", "张\tzhang spread out open", "恩\tfavor grace kindness", "李\tli plum");
    }

    @Test
    void prefersShortSensesAndCommonWordsToDescriptionsAndProperNouns() throws IOException {
        List<String> lines = convertCedict("""
                吳 吴 [Wu2] /surname Wu/area comprising southern Jiangsu, northern Zhejiang and Shanghai/
                大學 大学 [Da4 xue2] /the Great Learning, one of the Four Books 四書|四书[Si4 shu1] in Confucianism/
                大學 大学 [da4 xue2] /university/college/
                禊 禊 [xi4] /ceremony of purification held in spring and autumn at the riverside/
                """);

        assertThat(lines).containsExactly("吴\twu", "大学\tuniversity college", "禊\tceremony purification held spring autumn riverside");
    }

    @Test
    void skipsHeadwordsWithoutHanCharacters() throws IOException {
        List<String> lines = convertCedict("""
                3C 3C [san1 C] /computers, communications, and consumer electronics/
                3D打印 3D打印 [san1 D da3 yin4] /to 3D print; 3D printing/
                """);

        assertThat(lines).containsExactly("3D打印\tprint printing");
    }

    @Test
    void ranksTheMostFrequentWordsFirstAndKeepsTwelve() throws IOException {
        List<String> lines = convertCedict("""
                多 多 [duo1] /many; much/a lot of; lots/numerous/more/excessive/too many/over/odd/multi-/\
                many-/much more/how/what/big/
                """);

        assertThat(lines).containsExactly("多\tmany much more lot lots numerous excessive too over odd how what");
    }

    @Test
    void convertsTheJsonOfTheCcCedictNpmPackageToGzippedLines() throws IOException {
        Path input = Files.writeString(dir.resolve("all.js"), """
                export default {"all":[["吳","吴","Wu2",["surname Wu","name of states"],[],[]],\
                ["大學","大学","da4 xue2",["university","college"],[],[0]],\
                ["科學家","科学家","ke1 xue2 jia1","scientist",[],[1]],\
                ["𠮷","𠮷","ji2","\\"lucky\\" \\u0028variant\\u0029",[],[]]],\
                "variantLookup":[],"classifierLookup":[["所","所","suo3"],["個","个","ge4"]]}""");
        Path output = dir.resolve("lexicon/zh-en.tsv.gz");

        int headwords = DictionaryConverter.convert("cedict", input.toString(), output.toString());

        assertThat(headwords).isEqualTo(4);
        assertThat(gunzipLines(output)).containsExactly("吴\twu name states", "大学\tuniversity college", "科学家\tscientist", "𠮷\tlucky");
    }

    @Test
    void convertsDictdArticlesToIndonesianWords() throws IOException {
        List<String> lines = convertFreedict(List.of(
                Map.entry("00databaseshort", "English-Indonesian test dictionary\n"),
                Map.entry("10th", "10th /tˈɛnθ/ <adj>\nke-10\nabbreviation of tenth\n"),
                Map.entry("a burnt child dreads the fire", """
                        a burnt child dreads the fire /ɐ bˈɜːnt/ <proverb>
                        anak yang terbakar takut api
                        experience teaches caution
                        """),
                Map.entry("brotherinlaw", "brother-in-law /ˈbɹʌðə ɪn lɔː/ <n>\nipar, saudara ipar\n"),
                Map.entry("scientist", """
                        scientist //ˈsaɪ.ən.tɪst// <n>
                        ilmuwan
                        one whose activities make use of the scientific method
                        """),
                Map.entry("university", """
                        university //junɪˈvɝsəti// <n>
                        universitas, universitet
                        institution of higher education
                        """),
                Map.entry("water", """
                        water /ˈwɔːtə/ <n>
                        1. perairan, air
                        body of water, or specific part of it
                        2. air 2.
                        clear liquid H₂O
                         3.
                        one of the basic elements
                        """),
                Map.entry("water", """
                        water /ˈwɔːtə/ <v>
                        1. buang air kecil, kencing
                        colloquial: to urinate
                        2. menyiram (tanaman)
                        to pour water into the soil surrounding (plants)
                        """)));

        assertThat(lines).containsExactly("brother-in-law\tipar saudara", "scientist\tilmuwan",
                "university\tuniversitas universitet", "water\tair perairan buang kecil kencing menyiram");
    }

    @Test
    void rejectsUnknownArguments() {
        assertThatExceptionOfType(UserErrorException.class).isThrownBy(() -> DictionaryConverter.convert("wordnet", "in", "out"))
                .withMessageStartingWith("usage: DictionaryConverter cedict");
    }

    private static List<String> convertCedict(String cedict) throws IOException {
        return DictionaryConverter.cedictLines(new StringReader(cedict));
    }

    /** Writes a dictd pair the way dictfmt does (articles back to back, base64 offsets) and converts it. */
    private List<String> convertFreedict(List<Map.Entry<String, String>> articles) throws IOException {
        ByteArrayOutputStream dict = new ByteArrayOutputStream();
        StringBuilder index = new StringBuilder();
        for (Map.Entry<String, String> article : articles) {
            byte[] bytes = article.getValue().getBytes(UTF_8);
            index.append(article.getKey()).append('\t').append(dictdNumber(dict.size())).append('\t')
                    .append(dictdNumber(bytes.length)).append('\n');
            dict.writeBytes(bytes);
        }
        Path indexFile = Files.writeString(dir.resolve("eng-ind.index"), index);
        Path dictFile = dir.resolve("eng-ind.dict.dz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dictFile))) {
            dict.writeTo(out);
        }
        return DictionaryConverter.freedictLines(indexFile, dictFile);
    }

    private static String dictdNumber(int value) {
        StringBuilder digits = new StringBuilder();
        int rest = value;
        do {
            digits.insert(0, DICTD_DIGITS.charAt(rest % 64));
            rest /= 64;
        } while (rest > 0);
        return digits.toString();
    }

    private static List<String> gunzipLines(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), UTF_8).lines().toList();
        }
    }
}
