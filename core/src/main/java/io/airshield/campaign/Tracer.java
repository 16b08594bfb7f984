package io.airshield.campaign;

/**
 * Receives a replication's events, for the replay of one replication ({@code assess --trace}). The
 * arguments are indices into the compiled theatre; their meaning depends on the kind.
 */
@FunctionalInterface
public interface Tracer {
  /** A new day: a = day. */
  int DAY = 0;

  /** A raid plotted: a = raid, b = command post. */
  int DETECTED = 1;

  /** A flight ordered up: a = raid, b = unit, c = aircraft, d = intercept time (s). */
  int SCRAMBLE = 2;

  /** An engagement: a = raid, b = unit, c = enemy destroyed, d = own lost. */
  int COMBAT = 3;

  /** An attack delivered: a = raid, b = target, c = hits, d = destroyed by AA. */
  int ATTACK = 4;

  /** A target repaired: a = target. */
  int REPAIRED = 5;

  /**
   * A raid launched (traced when it is generated, at the start of its day): a = raid, b = route
   * (see {@link Theatre#route(int)}), c = mission, d = time over target (s). It flies its route at
   * constant speed, entering at d minus {@link Theatre#routeDurationS(int)}.
   */
  int RAID = 6;

  /**
   * Aircraft lost, with the cause: a = raid, b = cause ({@link #CAUSE_FIGHTERS}, ...), c =
   * aircraft, d = the fighter unit for the causes in air combat, the AA battery for point AA, -1
   * for the guns along the line.
   */
  int LOSS = 7;

  /** Cause: enemy aircraft destroyed by our fighters. */
  int CAUSE_FIGHTERS = 0;

  /** Cause: enemy aircraft destroyed by heavy AA. */
  int CAUSE_HEAVY_AA = 1;

  /** Cause: enemy aircraft destroyed by light AA, machine guns or small arms. */
  int CAUSE_LIGHT_AA = 2;

  /** Cause: our fighters lost in the engagement (to escorts, sweeps, fighter-bombers, gunners). */
  int CAUSE_OWN_IN_COMBAT = 3;

  /**
   * @param time event time (s from the epoch)
   * @param kind one of the constants above
   * @param a first argument
   * @param b second argument
   * @param c third argument
   * @param d fourth argument
   */
  void event(long time, int kind, int a, int b, long c, long d);
}
