package io.airshield.campaign;

import io.airshield.domain.GeoPoint;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;

/**
 * Distances and routes on the WGS84 ellipsoid (Karney, "Algorithms for geodesics", J. Geodesy 87
 * (2013) 43-55, through GeographicLib). Routes are geodesic legs, sampled once when the theatre is
 * compiled; the many base-to-route distances of the intercept geometry use the haversine on the
 * mean radius, whose error (under 0.5%) is far below the model's.
 */
public final class Geodesy {
  /** Mean earth radius (m), IUGG. */
  public static final double MEAN_RADIUS_M = 6_371_008.8;

  private Geodesy() {}

  /**
   * @param a first point
   * @param b second point
   * @return the geodesic distance (m)
   */
  public static double distanceM(final GeoPoint a, final GeoPoint b) {
    final GeodesicData g =
        Geodesic.WGS84.Inverse(
            a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg(), GeodesicMask.DISTANCE);
    return g.s12;
  }

  /**
   * Samples the geodesic from a to b at n+1 evenly spaced points, ends included.
   *
   * @param a start
   * @param b end
   * @param n number of intervals
   * @param lat output latitudes (degrees), n+1 long
   * @param lon output longitudes (degrees), n+1 long
   * @return the length (m)
   */
  public static double sample(
      final GeoPoint a, final GeoPoint b, final int n, final double[] lat, final double[] lon) {
    final GeodesicData g = Geodesic.WGS84.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg());
    final GeodesicLine line = Geodesic.WGS84.Line(a.latDeg(), a.lonDeg(), g.azi1);
    for (int i = 0; i <= n; i++) {
      final GeodesicData p = line.Position(g.s12 * i / n);
      lat[i] = p.lat2;
      lon[i] = p.lon2;
    }
    return g.s12;
  }

  /**
   * @param lat1 latitude (degrees)
   * @param lon1 longitude (degrees)
   * @param lat2 latitude (degrees)
   * @param lon2 longitude (degrees)
   * @return the great-circle distance on the mean sphere (m)
   */
  public static double haversineM(
      final double lat1, final double lon1, final double lat2, final double lon2) {
    final double p1 = Math.toRadians(lat1);
    final double p2 = Math.toRadians(lat2);
    final double dp = p2 - p1;
    final double dl = Math.toRadians(lon2 - lon1);
    final double h =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * The radar horizon for standard refraction (4/3 earth): 4.12 (sqrt(h1) + sqrt(h2)) km with
   * heights in metres (Skolnik, Introduction to Radar Systems, 3rd ed., section 2.11).
   *
   * @param antennaM antenna height (m)
   * @param targetM target altitude (m)
   * @return the horizon range (m)
   */
  public static double radarHorizonM(final double antennaM, final double targetM) {
    return 4120.0 * (Math.sqrt(Math.max(0, antennaM)) + Math.sqrt(Math.max(0, targetM)));
  }
}
