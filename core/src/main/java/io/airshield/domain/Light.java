package io.airshield.domain;

/**
 * The light at a place and time, from the sun's elevation: day above the horizon, twilight down to
 * 6 degrees below it (civil twilight), night below.
 */
public enum Light {
  /** Sun above the horizon. */
  DAY,
  /** Civil twilight. */
  TWILIGHT,
  /** Sun more than 6 degrees below the horizon. */
  NIGHT
}
