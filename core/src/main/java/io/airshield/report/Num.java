package io.airshield.report;

import java.util.Locale;

/**
 * Numbers for people: no exponent ({@code 6.77e+03} is {@code 6,770}), no {@code -0}, thousands
 * separated, and as many decimals as the size of the number deserves (three significant digits, at
 * least none and at most four decimals). An interval takes the decimals of its mean, so that the
 * three numbers line up. Every page of the report writes its numbers through here.
 */
public final class Num {
  private Num() {}

  /** What a missing number reads as. */
  static final String NO_DATA = "no data";

  /**
   * @param v a number
   * @return the decimals it deserves: three significant digits, between 0 and 4
   */
  static int decimals(final double v) {
    final double a = Math.abs(v);
    if (a == 0 || Double.isNaN(a) || Double.isInfinite(a) || a >= 100) {
      return 0;
    }
    final int mag = (int) Math.floor(Math.log10(a));
    return Math.max(0, Math.min(4, 2 - mag));
  }

  /**
   * @param v a number
   * @return it for a reader, e.g. {@code 6,770}, {@code 13.3}, {@code 0.0072}, {@code 0}
   */
  public static String of(final double v) {
    return of(v, decimals(v));
  }

  /**
   * @param v a number
   * @param decimals decimals wanted
   * @return it with thousands separated and no negative zero
   */
  public static String of(final double v, final int decimals) {
    if (Double.isNaN(v)) {
      return NO_DATA;
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "unbounded" : "-unbounded";
    }
    final String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
    return isNegativeZero(s) ? s.substring(1) : s;
  }

  /**
   * @param mean the mean
   * @param low the interval's low end, or NaN
   * @param high the interval's high end, or NaN
   * @return "mean (low to high)", all three with the mean's decimals, or the mean alone
   */
  public static String interval(final double mean, final double low, final double high) {
    if (Double.isNaN(mean)) {
      return NO_DATA;
    }
    final int d = decimals(mean);
    if (Double.isNaN(low) || Double.isNaN(high)) {
      return of(mean, d);
    }
    return of(mean, d) + " (" + of(low, d) + " to " + of(high, d) + ")";
  }

  private static boolean isNegativeZero(final String s) {
    if (!s.startsWith("-")) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      final char c = s.charAt(i);
      if (c != '0' && c != '.' && c != ',') {
        return false;
      }
    }
    return true;
  }
}
