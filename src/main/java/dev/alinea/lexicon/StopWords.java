package dev.alinea.lexicon;

import java.util.Map;
import java.util.Set;

/** Function words that carry no translation evidence, per language. */
final class StopWords {

    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or", "but",
                    "is", "are", "was", "were", "be", "been", "being", "am", "as", "that", "this", "these", "those", "it", "its",
                    "he", "she", "they", "we", "you", "i", "me", "him", "her", "them", "us", "my", "your", "his", "their", "our",
                    "do", "does", "did", "have", "has", "had", "not", "no", "so", "if", "then", "there", "here", "what", "which",
                    "who", "whom", "would", "could", "should", "will", "shall", "can", "may", "might", "must", "s", "t", "than",
                    "into", "out", "up", "down", "about", "all", "any", "some", "such", "very", "just", "only", "also", "too"),
            "id", Set.of("yang", "dan", "di", "ke", "dari", "untuk", "dengan", "itu", "ini", "sebuah", "seorang", "suatu",
                    "adalah", "ialah", "pada", "dalam", "atau", "tetapi", "juga", "akan", "telah", "sudah", "oleh", "bagi",
                    "ia", "dia", "mereka", "kami", "kita", "saya", "anda", "nya", "para", "tidak", "bukan", "se", "pun",
                    "lah", "kah", "sebagai", "karena", "agar", "supaya", "bahwa", "jika", "maka", "tersebut"),
            "zh", Set.of("的", "了", "是", "在", "和", "与", "也", "就", "都", "而", "及", "之", "着", "过", "把", "被", "这",
                    "那", "个", "我", "你", "他", "她", "它", "们", "一", "不", "有", "说", "要", "去", "来", "到", "得", "地",
                    "吗", "呢", "吧", "啊", "又", "很", "还", "便", "却", "再", "让", "给", "对", "从", "向", "为", "以", "于"));

    private StopWords() {
    }

    static boolean isStopWord(String language, String word) {
        return WORDS.getOrDefault(language, Set.of()).contains(word);
    }
}
