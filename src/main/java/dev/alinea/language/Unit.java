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

    static final Unit KG = new Unit("kg", MASS);
    static final Unit G = new Unit("g", MASS);
    static final Unit T = new Unit("t", MASS);
    static final Unit LB = new Unit("lb", MASS);
    static final Unit M = new Unit("m", LENGTH);
    static final Unit CM = new Unit("cm", LENGTH);
    static final Unit KM = new Unit("km", LENGTH);
    static final Unit FT = new Unit("ft", LENGTH);
    static final Unit IN = new Unit("in", LENGTH);
    static final Unit MI = new Unit("mi", LENGTH);
    static final Unit YD = new Unit("yd", LENGTH);
    static final Unit HA = new Unit("ha", AREA);
}
