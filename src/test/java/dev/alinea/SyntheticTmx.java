package dev.alinea;

import java.nio.charset.StandardCharsets;

/** Large projects for measurements: a TMX of unconfirmed English, Indonesian and Chinese units. */
public final class SyntheticTmx {

    private SyntheticTmx() {
    }

    public static byte[] units(int count) {
        var out = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en"
                 srclang="en" datatype="plaintext"/><body>
                """);
        for (int r = 0; r < count; r++) {
            out.append("<tu><prop type=\"x-alinea-status\">aligned</prop><prop type=\"x-alinea-confidence\">0.8</prop>")
                    .append("<tuv xml:lang=\"en\"><seg>The reviewer reads sentence ").append(r).append(" of the long story.</seg></tuv>")
                    .append("<tuv xml:lang=\"id\"><seg>Peninjau membaca kalimat ").append(r).append(" dari cerita panjang.</seg></tuv>")
                    .append("<tuv xml:lang=\"zh-CN\"><seg>审校者阅读长篇故事的第").append(r).append("句。</seg></tuv></tu>\n");
        }
        return out.append("</body></tmx>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
