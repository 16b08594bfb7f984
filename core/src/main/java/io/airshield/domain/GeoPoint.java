package io.airshield.domain;

/**
 * A point on the WGS84 ellipsoid.
 *
 * @param latDeg latitude (degrees, north positive)
 * @param lonDeg longitude (degrees, east positive)
 */
public record GeoPoint(double latDeg, double lonDeg) {}
