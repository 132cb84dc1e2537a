package dev.alinea.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;

/** A real consumer, the Okapi Framework's TMX filter (used by Rainbow and CheckMate), reads our TMX. */
class OkapiTmxRoundTripTest {

    private static final TmxUnit NG = TmxUnit.of(List.of("Andrew Ng left Baidu & Google.", "Wu Enda meninggalkan Baidu & Google.", "吴恩达离开了百度和谷歌。"));
    private static final TmxUnit LI = TmxUnit.of(List.of("Dr. Fei-Fei Li <joined> academia.", "Dr. Li Feifei bergabung.", "李飞飞回到学术界。"));

    @Test
    void readsAMultilingualFile() {
        byte[] tmx = write("en", List.of("en", "id", "zh-CN"), List.of(NG, LI));

        List<ITextUnit> units = read(tmx, "en", "id");

        assertThat(units).hasSize(2);
        assertThat(units.get(0).getSource().toString()).isEqualTo("Andrew Ng left Baidu & Google.");
        assertThat(units.get(0).getTarget(LocaleId.fromString("id")).toString()).isEqualTo("Wu Enda meninggalkan Baidu & Google.");
        assertThat(units.get(0).getTarget(LocaleId.fromString("zh-CN")).toString()).isEqualTo("吴恩达离开了百度和谷歌。");
        assertThat(units.get(1).getSource().toString()).isEqualTo("Dr. Fei-Fei Li <joined> academia.");
    }

    @Test
    void readsAPairFile() {
        List<TmxUnit> pairs = List.of(TmxUnit.of(List.of(NG.variants().get(0), NG.variants().get(2))),
                TmxUnit.of(List.of(LI.variants().get(0), LI.variants().get(2))));
        byte[] tmx = write("en", List.of("en", "zh-CN"), pairs);

        List<ITextUnit> units = read(tmx, "en", "zh-CN");

        assertThat(units).extracting(u -> u.getTarget(LocaleId.fromString("zh-CN")).toString())
                .containsExactly("吴恩达离开了百度和谷歌。", "李飞飞回到学术界。");
    }

    private static byte[] write(String source, List<String> languages, List<TmxUnit> units) {
        var out = new ByteArrayOutputStream();
        new TmxWriter().write(new TmxHeader("Alinea", "test", source, Instant.EPOCH), languages, units, out);
        return out.toByteArray();
    }

    private static List<ITextUnit> read(byte[] tmx, String source, String target) {
        List<ITextUnit> units = new ArrayList<>();
        try (TmxFilter filter = new TmxFilter();
                RawDocument document = new RawDocument(new ByteArrayInputStream(tmx), "UTF-8", LocaleId.fromString(source), LocaleId.fromString(target))) {
            filter.open(document);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    units.add(event.getTextUnit());
                }
            }
        }
        return units;
    }
}
