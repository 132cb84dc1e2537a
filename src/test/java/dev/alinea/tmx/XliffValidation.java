package dev.alinea.tmx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/** Reads XLIFF 2.0 with Okapi's reader at its strictest: the OASIS schemas and the specification's processing rules. */
public final class XliffValidation {

    private XliffValidation() {
    }

    /** @return the units; an invalid document fails with Okapi's message */
    public static List<Unit> readValid(byte[] xliff) {
        List<Unit> units = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(xliff));
            while (reader.hasNext()) {
                var event = reader.next();
                if (event.isUnit()) {
                    units.add(event.getUnit());
                }
            }
        }
        return units;
    }
}
