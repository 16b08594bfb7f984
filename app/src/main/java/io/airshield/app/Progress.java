package io.airshield.app;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on standard error with replications per second and the time left. On a terminal it
 * redraws in place a few times a second; elsewhere (a log) it prints a line at each quarter. It
 * reads the wall clock, which only the shell may do: the model never does.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean tty;
  private final long startNs = System.nanoTime();
  private long lastNs;
  private int lastQuarter;
  private final String what;

  Progress(final PrintWriter err, final String what) {
    this.err = err;
    this.tty = System.console() != null;
    this.what = what;
  }

  void update(final long done, final long cap, final double relHalfWidth) {
    final long nowNs = System.nanoTime();
    final double secs = (nowNs - startNs) / 1e9;
    final double rate = done / Math.max(1e-9, secs);
    final double frac = Math.min(1, (double) done / Math.max(1, cap));
    final String prec =
        Double.isNaN(relHalfWidth)
            ? ""
            : String.format(Locale.ROOT, "  +-%.2f%%", 100 * relHalfWidth);
    final String eta = String.format(Locale.ROOT, "ETA %.0fs", (cap - done) / Math.max(1e-9, rate));
    if (tty) {
      if (nowNs - lastNs < 150_000_000L && done < cap) {
        return;
      }
      lastNs = nowNs;
      final int width = 30;
      final int full = (int) Math.round(frac * width);
      err.printf(
          Locale.ROOT,
          "\r%s [%s%s] %d/%d  %.0f rep/s  %s%s   ",
          what,
          "#".repeat(full),
          ".".repeat(width - full),
          done,
          cap,
          rate,
          eta,
          prec);
      err.flush();
    } else {
      final int quarter = (int) (frac * 4);
      if (quarter > lastQuarter) {
        lastQuarter = quarter;
        err.printf(
            Locale.ROOT, "%s: %d/%d replications, %.0f rep/s%s%n", what, done, cap, rate, prec);
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
