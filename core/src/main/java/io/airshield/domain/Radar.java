package io.airshield.domain;

/**
 * An early-warning radar. Its range against a target is the lesser of its instrumented range and
 * the radar horizon, {@code 4.12 (sqrt(h_antenna) + sqrt(h_target))} km with heights in metres
 * (standard 4/3-earth refraction; Skolnik, Introduction to Radar Systems, 3rd ed., 2.11).
 *
 * @param id identifier
 * @param name display name
 * @param at position
 * @param commandPostId the command post it reports to
 * @param antennaHeightM antenna height above the terrain (m)
 * @param rangeM instrumented range against a bomber-sized target (m)
 * @param scanS antenna rotation period (s)
 * @param detectProbPerScan probability of a detection on one scan of a target in range
 * @param reportDelayS delay from detection to the command post's plot (s)
 * @param source source tag or "estimate"
 * @param gciErrorM the error (m, per axis) with which its controllers place a fighter on a raid; 0
 *     for a set that controls no interception
 * @param gciControllers interceptions its controllers can direct at once (0: no limit)
 */
public record Radar(
    String id,
    String name,
    GeoPoint at,
    String commandPostId,
    double antennaHeightM,
    double rangeM,
    double scanS,
    double detectProbPerScan,
    double reportDelayS,
    String source,
    double gciErrorM,
    int gciControllers) {

  /**
   * An early-warning radar that controls no interception.
   *
   * @param id identifier
   * @param name display name
   * @param at position
   * @param commandPostId the command post it reports to
   * @param antennaHeightM antenna height (m)
   * @param rangeM instrumented range (m)
   * @param scanS scan period (s)
   * @param detectProbPerScan detection probability per scan
   * @param reportDelayS reporting delay (s)
   * @param source source
   */
  public Radar(
      final String id,
      final String name,
      final GeoPoint at,
      final String commandPostId,
      final double antennaHeightM,
      final double rangeM,
      final double scanS,
      final double detectProbPerScan,
      final double reportDelayS,
      final String source) {
    this(
        id,
        name,
        at,
        commandPostId,
        antennaHeightM,
        rangeM,
        scanS,
        detectProbPerScan,
        reportDelayS,
        source,
        0,
        0);
  }

  /**
   * @return whether it controls interceptions (ground-controlled interception, GCI)
   */
  public boolean isGci() {
    return gciErrorM > 0;
  }
}
