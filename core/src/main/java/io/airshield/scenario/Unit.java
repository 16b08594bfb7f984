package io.airshield.scenario;

/**
 * The units a file's numeric fields are written in, and their factor to SI. The unit is part of
 * each field's name ({@code rangeKm}, {@code speedKmh}); the conversion happens here, once, at the
 * boundary, and everything inside is SI (metres, seconds, m/s, fractions).
 */
public enum Unit {
  /** Kilometres. */
  KM("km", 1000.0),
  /** Metres. */
  M("m", 1.0),
  /** Kilometres per hour. */
  KMH("km/h", 1.0 / 3.6),
  /** Metres per second. */
  MPS("m/s", 1.0),
  /** Seconds. */
  S("s", 1.0),
  /** Minutes. */
  MIN("min", 60.0),
  /** Hours. */
  H("h", 3600.0),
  /** Days. */
  DAYS("days", 86_400.0),
  /** Percent, stored as a fraction. */
  PERCENT("%", 0.01),
  /** A plain number with no unit. */
  NONE("", 1.0),
  /** Degrees of latitude or longitude, kept in degrees. */
  DEG("degrees", 1.0),
  /** Metric tons, kept in tons (supply is counted in tons throughout). */
  TONS("t", 1.0),
  /** Square kilometres. */
  KM2("km2", 1e6);

  private final String symbol;
  private final double toSi;

  Unit(final String symbol, final double toSi) {
    this.symbol = symbol;
    this.toSi = toSi;
  }

  /**
   * @return the unit's symbol for messages
   */
  public String symbol() {
    return symbol;
  }

  /**
   * @param value a value in this unit
   * @return the value in SI
   */
  public double toSi(final double value) {
    return value * toSi;
  }
}
