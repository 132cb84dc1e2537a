package dev.alinea.language;

/**
 * A unit of measurement a number may be followed by.
 *
 * @param symbol the unit, the same in every language (kg, lb, m, ft)
 * @param dimension what it measures (mass, length, area, volume, temperature), the same in every language
 */
public record Unit(String symbol, String dimension) {

    static final String MASS = "mass";
    static final String LENGTH = "length";
    static final String AREA = "area";
    static final String VOLUME = "volume";
    static final String TEMPERATURE = "temperature";
}
