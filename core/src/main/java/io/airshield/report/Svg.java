package io.airshield.report;

import java.util.Locale;

/**
 * A minimal SVG writer: well-formed XML (so the report parses as XHTML), numbers in the root locale
 * with one decimal, and every text escaped. Kept tiny on purpose: the report must not pull a
 * graphics or web library into the core.
 */
final class Svg {
  private final StringBuilder sb = new StringBuilder(8192);

  Svg raw(final String s) {
    sb.append(s);
    return this;
  }

  Svg text(final double x, final double y, final String anchor, final String cls, final String s) {
    sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
    if (anchor != null) {
      sb.append(" text-anchor=\"").append(anchor).append('"');
    }
    if (cls != null) {
      sb.append(" class=\"").append(cls).append('"');
    }
    sb.append('>').append(esc(s)).append("</text>\n");
    return this;
  }

  Svg line(final double x1, final double y1, final double x2, final double y2, final String attrs) {
    sb.append("<line x1=\"")
        .append(n(x1))
        .append("\" y1=\"")
        .append(n(y1))
        .append("\" x2=\"")
        .append(n(x2))
        .append("\" y2=\"")
        .append(n(y2))
        .append("\" ")
        .append(attrs)
        .append("/>\n");
    return this;
  }

  Svg rect(final double x, final double y, final double w, final double h, final String attrs) {
    sb.append("<rect x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" width=\"")
        .append(n(Math.max(0, w)))
        .append("\" height=\"")
        .append(n(Math.max(0, h)))
        .append("\" ")
        .append(attrs)
        .append("/>\n");
    return this;
  }

  Svg circle(final double x, final double y, final double r, final String attrs) {
    sb.append("<circle cx=\"")
        .append(n(x))
        .append("\" cy=\"")
        .append(n(y))
        .append("\" r=\"")
        .append(n(r))
        .append("\" ")
        .append(attrs)
        .append("/>\n");
    return this;
  }

  @Override
  public String toString() {
    return sb.toString();
  }

  static String n(final double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "0";
    }
    final long r = Math.round(v * 10);
    return r % 10 == 0 ? Long.toString(r / 10) : String.format(Locale.ROOT, "%.1f", r / 10.0);
  }

  static String esc(final String s) {
    final StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      final char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Hatch and dot patterns, so that bars and zones read in black and white. */
  static String patterns() {
    return "<defs>\n"
        + "<pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fde0c5\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b34700\" stroke-width=\"1.5\"/>"
        + "</pattern>\n"
        + "<pattern id=\"hatch2\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(-45)\"><rect width=\"6\" height=\"6\" fill=\"#d6e4f0\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1f4e79\" stroke-width=\"1.5\"/>"
        + "</pattern>\n"
        + "<pattern id=\"dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
        + "<rect width=\"5\" height=\"5\" fill=\"#e6e6e6\"/>"
        + "<circle cx=\"2.5\" cy=\"2.5\" r=\"1.1\" fill=\"#333\"/></pattern>\n"
        + "<pattern id=\"aa\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(45)\">"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#a00\" stroke-width=\"1\""
        + " stroke-opacity=\"0.6\"/></pattern>\n"
        + "</defs>\n";
  }

  /** Fills used in turn by bar series: solid grey, hatch, cross-hatch, dots. */
  static final String[] FILLS = {"#555", "url(#hatch)", "url(#hatch2)", "url(#dots)"};
}
