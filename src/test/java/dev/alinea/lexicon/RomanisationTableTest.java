package dev.alinea.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.ibm.icu.text.Transliterator;

import dev.alinea.language.Languages;

class RomanisationTableTest {

    private static final String ID = Languages.of("zh").romanisation().orElseThrow();
    private static final Transliterator ICU = Transliterator.getInstance(ID);

    private static RomanisationTable table;
    private static String written;

    @BeforeAll
    static void writeTheTable() throws IOException {
        StringWriter out = new StringWriter();
        RomanisationTable.write(ID, out);
        written = out.toString();
        table = RomanisationTable.read(new BufferedReader(new StringReader(written)));
    }

    @Test
    void readsNamesAsIcuDoes() {
        for (String name : List.of("李飞飞", "吴恩达", "单田芳", "曾国藩", "王二", "陈清扬", "长孙无忌", "令狐冲", "万俟卨", "澹台灭明", "重庆", "秘鲁", "藏文", "行长", "乐", "单")) {
            assertThat(table.romanise(name)).as(name).isEqualTo(icu(name));
        }
        assertThat(table.romanise("单田芳")).isEqualTo("shan tian fang");
        assertThat(table.romanise("长孙无忌")).isEqualTo("zhang sun wu ji");
    }

    @Test
    void readsEveryHanRunOfTheSeedsAsIcuDoes() throws IOException {
        String text = Files.readString(Path.of("seeds/story.zh.comparable.txt"));
        Matcher run = Pattern.compile("\\p{IsHan}+").matcher(text);
        int compared = 0;
        while (run.find()) {
            for (int start = run.start(); start < run.end(); start++) {
                for (int end = start + 1; end <= Math.min(run.end(), start + 4); end++) {
                    String name = text.substring(start, end);
                    assertThat(table.romanise(name)).as(name).isEqualTo(icu(name));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void readsRandomRunsWithTheCharactersOfItsRulesAsIcuDoes() {
        List<Integer> characters = new ArrayList<>();
        List<Integer> special = new ArrayList<>();
        written.lines().skip(1).map(line -> line.split("\t")).filter(fields -> !fields[1].isEmpty()).forEach(fields -> {
            fields[0].codePoints().forEach(characters::add);
            if (fields[0].length() > 1 || fields.length > 2) {
                fields[0].codePoints().forEach(special::add);
            }
        });
        assertThat(special).contains((int) '单', (int) '长', (int) '孙', (int) '重', (int) '庆');
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int length = 1 + random.nextInt(4); length > 0; length--) {
                List<Integer> from = random.nextBoolean() ? special : characters;
                name.appendCodePoint(from.get(random.nextInt(from.size())));
            }
            assertThat(table.romanise(name.toString())).as(name.toString()).isEqualTo(icu(name.toString()));
        }
    }

    @Test
    void leavesWhatItDoesNotHoldToIcu() {
        assertThat(table.romanise("")).isNull();
        assertThat(table.romanise("李A")).isNull();
        assertThat(table.romanise("Ａ")).isNull();
        assertThat(table.romanise("𠀀")).isNull();
        assertThat(table.romanise("A")).isEqualTo("a");
    }

    @Test
    void theStoredTableIsUsedOnlyForItsTransliterator() {
        assertThat(RomanisationTable.stored("zh", "Han-Latin")).isEmpty();
    }

    private static String icu(String text) {
        return ICU.transliterate(text).strip().replaceAll("\\s+", " ");
    }
}
