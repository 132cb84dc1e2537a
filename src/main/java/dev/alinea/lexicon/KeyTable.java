package dev.alinea.lexicon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable map from string keys to short lists of strings, held in a few flat arrays rather
 * than one object per entry: the keys concatenated in sorted order (found by binary search), the
 * values interned once, and each key's values as a run of value ids. CC-CEDICT's 114,000
 * headwords take a few megabytes this way and load without building a hash table. Thread-safe.
 */
final class KeyTable {

    static final KeyTable EMPTY = of(Map.of());

    /** All keys, sorted ({@link String#compareTo}), one after another. */
    private final String keys;
    /** Key {@code k} is {@code keys[keyStarts[k], keyStarts[k + 1])}; length size + 1. */
    private final int[] keyStarts;
    /** Key {@code k}'s values are {@code values[valueIds[valueStarts[k]...valueStarts[k + 1]-1]]}; length size + 1. */
    private final int[] valueStarts;
    private final int[] valueIds;
    private final String[] values;

    private KeyTable(String keys, int[] keyStarts, int[] valueStarts, int[] valueIds, String[] values) {
        this.keys = keys;
        this.keyStarts = keyStarts;
        this.valueStarts = valueStarts;
        this.valueIds = valueIds;
        this.values = values;
    }

    /** The table of a map; each key's values keep their order, a key with no values is left out. */
    static KeyTable of(Map<String, ? extends Collection<String>> map) {
        TreeMap<String, ? extends Collection<String>> sorted = new TreeMap<>(map);
        sorted.values().removeIf(Collection::isEmpty);
        StringBuilder keys = new StringBuilder();
        int[] keyStarts = new int[sorted.size() + 1];
        int[] valueStarts = new int[sorted.size() + 1];
        List<Integer> valueIds = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        List<String> values = new ArrayList<>();
        int k = 0;
        for (var entry : sorted.entrySet()) {
            keys.append(entry.getKey());
            for (String value : entry.getValue()) {
                valueIds.add(ids.computeIfAbsent(value, v -> {
                    values.add(v);
                    return values.size() - 1;
                }));
            }
            k++;
            keyStarts[k] = keys.length();
            valueStarts[k] = valueIds.size();
        }
        return new KeyTable(keys.toString(), keyStarts, valueStarts, valueIds.stream().mapToInt(Integer::intValue).toArray(),
                values.toArray(String[]::new));
    }

    int size() {
        return keyStarts.length - 1;
    }

    /** The values of a key, in their order; empty when the key is absent. */
    List<String> get(String key) {
        int index = indexOf(key);
        return index < 0 ? List.of() : values(index);
    }

    boolean contains(String key) {
        return indexOf(key) >= 0;
    }

    /** The key at a position of the sorted order, 0 &lt;= index &lt; {@link #size()}. */
    String key(int index) {
        return keys.substring(keyStarts[index], keyStarts[index + 1]);
    }

    /** The values of the key at a position, as an unmodifiable view. */
    List<String> values(int index) {
        int from = valueStarts[index];
        int count = valueStarts[index + 1] - from;
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                java.util.Objects.checkIndex(i, count);
                return values[valueIds[from + i]];
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    private int indexOf(String key) {
        int low = 0;
        int high = size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = compareKeyAt(middle, key);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** As {@code key(index).compareTo(key)}, without making the string. */
    private int compareKeyAt(int index, String key) {
        int start = keyStarts[index];
        int length = keyStarts[index + 1] - start;
        int common = Math.min(length, key.length());
        for (int c = 0; c < common; c++) {
            char mine = keys.charAt(start + c);
            char theirs = key.charAt(c);
            if (mine != theirs) {
                return mine - theirs;
            }
        }
        return length - key.length();
    }

    void write(DataOutputStream out) throws IOException {
        writeString(out, keys);
        writeInts(out, keyStarts);
        writeInts(out, valueStarts);
        writeInts(out, valueIds);
        writeString(out, String.join("\n", values));
    }

    static KeyTable read(DataInputStream in) throws IOException {
        String keys = readString(in);
        int[] keyStarts = readInts(in);
        int[] valueStarts = readInts(in);
        int[] valueIds = readInts(in);
        String joined = readString(in);
        String[] values = joined.isEmpty() ? new String[0] : joined.split("\n", -1);
        return new KeyTable(keys, keyStarts, valueStarts, valueIds, values);
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    private static void writeInts(DataOutputStream out, int[] ints) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(ints.length * Integer.BYTES);
        buffer.asIntBuffer().put(ints);
        out.writeInt(ints.length);
        out.write(buffer.array());
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] ints = new int[in.readInt()];
        ByteBuffer.wrap(in.readNBytes(ints.length * Integer.BYTES)).asIntBuffer().get(ints);
        return ints;
    }
}
