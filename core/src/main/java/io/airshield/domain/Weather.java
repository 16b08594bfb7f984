package io.airshield.domain;

/** The day's weather in a region, in three states that limit flying, detection and aiming. */
public enum Weather {
  /** Good visibility: every unit flies. */
  CLEAR,
  /** Cloud or haze: units without instrument training fly less and aim worse. */
  MARGINAL,
  /** Low cloud, rain or snow: only all-weather units intercept; bombing by radar only. */
  ADVERSE
}
