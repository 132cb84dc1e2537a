package dev.alinea.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KeyTableTest {

    private final Map<String, List<String>> map = new LinkedHashMap<>(Map.of(
            "科学家", List.of("scientist"),
            "大学", List.of("univers", "colleg"),
            "科学", List.of("scienc"),
            "b", List.of("colleg", "b"),
            "a", List.of()));

    @Test
    void findsEveryKeyWithItsValuesInOrder() {
        KeyTable table = KeyTable.of(map);

        assertThat(table.get("大学")).containsExactly("univers", "colleg");
        assertThat(table.get("科学家")).containsExactly("scientist");
        assertThat(table.get("科学")).containsExactly("scienc");
        assertThat(table.get("b")).containsExactly("colleg", "b");
        assertThat(table.contains("科学家")).isTrue();
    }

    @Test
    void aKeyWithoutValuesOrUnknownIsAbsent() {
        KeyTable table = KeyTable.of(map);

        assertThat(table.size()).isEqualTo(4);
        assertThat(table.contains("a")).isFalse();
        assertThat(table.get("科")).isEmpty();
        assertThat(table.get("科学家们")).isEmpty();
        assertThat(table.get("")).isEmpty();
        assertThat(KeyTable.EMPTY.get("b")).isEmpty();
    }

    @Test
    void listsKeysInSortedOrder() {
        KeyTable table = KeyTable.of(map);

        assertThat(List.of(table.key(0), table.key(1), table.key(2), table.key(3))).containsExactly("b", "大学", "科学", "科学家");
    }

    @Test
    void readsBackWhatItWrites() throws IOException {
        KeyTable table = KeyTable.of(map);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.write(new DataOutputStream(bytes));

        KeyTable read = KeyTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        assertThat(read.size()).isEqualTo(table.size());
        for (int k = 0; k < table.size(); k++) {
            assertThat(read.key(k)).isEqualTo(table.key(k));
            assertThat(read.values(k)).containsExactlyElementsOf(table.values(k));
        }
    }
}
