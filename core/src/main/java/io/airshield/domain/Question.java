package io.airshield.domain;

/**
 * The question a scenario asks, which names its headline measure: what the assessment leads with.
 */
public enum Question {
  /** Is the supply delivered enough? (cable 1: the rail shipments and the airfield network) */
  SUPPLY,
  /**
   * Are the intrusions stopped? The share of intrusions intercepted, by night and in bad weather,
   * and the share that reached their targets (cable 2).
   */
  INTRUSIONS,
  /**
   * Are the cities defended? The share of the cities' value destroyed, by city, and the share of
   * the raids against them intercepted before they released their bombs (the interior, issue 19).
   */
  CITIES
}
