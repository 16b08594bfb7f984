package io.airshield.app;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on standard error with replications per second and the time left. On a terminal it
 * redraws in place a few times a second; elsewhere (a log) it prints a line at each quarter. With
 * {@code --precision} it counts toward the replications the precision is estimated to need, not
 * toward the cap, and says what its "+-" is: the half-width of the 95% confidence interval of
 * supply delivered, relative to its mean, beside the target. It reads the wall clock, which only
 * the shell may do: the model never does.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean tty;
  private final long startNs = System.nanoTime();
  private long lastNs;
  private int lastQuarter;
  private final String what;

  /** The precision asked for (relative half-width), or 0 when the run goes to its cap. */
  private double target;

  Progress(final PrintWriter err, final String what) {
    this.err = err;
    this.tty = System.console() != null;
    this.what = what;
  }

  /**
   * Measures progress toward a precision instead of toward the cap: the interval's half-width
   * shrinks as one over the square root of the replications, so {@code (hw / target)^2} times the
   * replications done is the estimate of those needed (issue 18: the bar counted toward the cap of
   * 100,000 and said hours were left when a minute was).
   *
   * @param relativeHalfWidth the precision asked for, 0 for none
   */
  void target(final double relativeHalfWidth) {
    this.target = relativeHalfWidth;
  }

  void update(final long done, final long cap, final double relHalfWidth) {
    final long nowNs = System.nanoTime();
    final double secs = (nowNs - startNs) / 1e9;
    final double rate = done / Math.max(1e-9, secs);
    final boolean toPrecision = target > 0 && !Double.isNaN(relHalfWidth) && relHalfWidth > 0;
    final long goal =
        toPrecision
            ? Math.min(
                cap,
                Math.max(done, (long) Math.ceil(done * Math.pow(relHalfWidth / target, 2) - 1e-9)))
            : cap;
    final double frac = Math.min(1, (double) done / Math.max(1, goal));
    final String prec =
        Double.isNaN(relHalfWidth)
            ? ""
            : String.format(
                Locale.ROOT,
                "  supply within +-%.2f%% (95%% CI)%s",
                100 * relHalfWidth,
                target > 0 ? String.format(Locale.ROOT, ", target +-%.2f%%", 100 * target) : "");
    final String of = (toPrecision && goal < cap ? "~" : "") + goal;
    final String eta =
        String.format(Locale.ROOT, "ETA %.0fs", (goal - done) / Math.max(1e-9, rate));
    if (tty) {
      if (nowNs - lastNs < 150_000_000L && done < goal) {
        return;
      }
      lastNs = nowNs;
      final int width = 30;
      final int full = (int) Math.round(frac * width);
      err.printf(
          Locale.ROOT,
          "\r%s [%s%s] %d/%s  %.0f rep/s  %s%s   ",
          what,
          "#".repeat(full),
          ".".repeat(width - full),
          done,
          of,
          rate,
          eta,
          prec);
      err.flush();
    } else {
      final int quarter = (int) (frac * 4);
      if (quarter > lastQuarter) {
        lastQuarter = quarter;
        err.printf(
            Locale.ROOT, "%s: %d/%s replications, %.0f rep/s%s%n", what, done, of, rate, prec);
        err.flush();
      }
    }
  }

  void done(final long reps) {
    final double secs = (System.nanoTime() - startNs) / 1e9;
    if (tty) {
      err.print("\r" + " ".repeat(100) + "\r");
    }
    err.printf(
        Locale.ROOT,
        "%s: %d replications in %.1f s (%.0f rep/s)%n",
        what,
        reps,
        secs,
        reps / Math.max(1e-9, secs));
    err.flush();
  }
}
