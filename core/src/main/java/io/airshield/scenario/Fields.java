package io.airshield.scenario;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one map node by name and unit, recording every problem with its place and
 * going on, so that one pass reports all of a file's mistakes. A field that is missing or wrong
 * yields a neutral value (0, empty, the default) and a problem; the caller builds its records and
 * the {@link Problems} decide at the end whether the file is good.
 *
 * <p>Call {@link #end()} after reading a map: fields that were never asked for are reported as
 * unknown, with the nearest known name ("Maybe rangeKm?") and a note when only the unit differs; a
 * required field reported missing whose misspelt name is that unknown field is then reported once,
 * as the unknown field.
 *
 * <p>A map that is missing, or not a map, is reported once: the reader standing in for it reads no
 * field and reports none of its fields missing.
 */
public final class Fields {
  private final Node node;
  private final Node.MapNode map;
  private final String path;
  private final Problems problems;
  private final Set<String> asked = new LinkedHashSet<>();

  /** Stands in for a map that is missing or not a map (reported already): reads nothing. */
  private final boolean standIn;

  /** The required fields reported missing, by name, until end() finds one misspelt. */
  private final java.util.Map<String, InputProblem> missing = new java.util.HashMap<>();

  private Fields(final Node node, final String path, final Problems problems) {
    this(node, path, problems, !(node instanceof Node.MapNode));
  }

  private Fields(
      final Node node, final String path, final Problems problems, final boolean standIn) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    this.standIn = standIn;
    this.map =
        !standIn && node instanceof Node.MapNode m
            ? m
            : new Node.MapNode(node.line(), node.column(), java.util.Map.of(), java.util.Map.of());
  }

  /**
   * @param root the document's root
   * @param problems where problems go
   * @return a reader over the root, which must be a map
   */
  public static Fields root(final Node root, final Problems problems) {
    if (!(root instanceof Node.MapNode)) {
      problems.add(
          root,
          "",
          "expected a map of fields at the top of the file, found " + root.describe(),
          "");
    }
    return new Fields(root, "", problems);
  }

  /**
   * @return the field path of this map, e.g. {@code radars[2]}
   */
  public String path() {
    return path;
  }

  /**
   * @return the node read
   */
  public Node node() {
    return node;
  }

  /**
   * @return the problems collector
   */
  public Problems problems() {
    return problems;
  }

  /**
   * @param key a field name
   * @return the field's path, e.g. {@code radars[2].rangeKm}
   */
  public String pathOf(final String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /**
   * @param key a field name
   * @return whether the field is present (and marks it as known)
   */
  public boolean has(final String key) {
    asked.add(key);
    return map.entries().containsKey(key);
  }

  /**
   * @param key a field name
   * @return whether the field is present and a list (and marks it as known); a field that is not a
   *     list has had its problem reported by the reader that asked for a list
   */
  public boolean isList(final String key) {
    asked.add(key);
    return map.entries().get(key) instanceof Node.ListNode;
  }

  /**
   * @param key a field name
   * @return the node of the field, or this map's node when absent (for locating problems)
   */
  public Node at(final String key) {
    final Node n = map.entries().get(key);
    return n == null ? node : n;
  }

  /**
   * Records a problem about a field.
   *
   * @param key field name
   * @param message what is wrong
   * @param hint a "Maybe ..." hint, or empty
   */
  public void error(final String key, final String message, final String hint) {
    problems.add(at(key), pathOf(key), message, hint);
  }

  private Optional<Node> get(final String key, final boolean required, final String expected) {
    asked.add(key);
    final Node n = map.entries().get(key);
    if (n == null || n instanceof Node.Scalar s && s.kind() == Node.Kind.NULL) {
      if (required && !standIn) {
        missing.put(
            key,
            problems.add(
                node, pathOf(key), "missing required field (" + expected + ")", unitHint(key)));
      }
      return Optional.empty();
    }
    return Optional.of(n);
  }

  /** When a sibling has the same stem but another unit, say so. */
  private String unitHint(final String key) {
    final String stem = stem(key);
    for (String k : map.entries().keySet()) {
      if (!k.equals(key) && stem(k).equals(stem) && !stem.isEmpty()) {
        return "Maybe you gave it as "
            + k
            + ": this field is "
            + key
            + ", with the unit in its"
            + " name; convert the value.";
      }
    }
    return "";
  }

  private static final String[] UNIT_SUFFIXES = {
    "Kilometres",
    "Kilometers",
    "Metres",
    "Meters",
    "Seconds",
    "Minutes",
    "Percent",
    "Feet",
    "Ft",
    "Miles",
    "Mph",
    "Knots",
    "Kts",
    "Kmh",
    "Km",
    "Mps",
    "Min",
    "Hours",
    "Days",
    "Pct",
    "Tons",
    "PerDay",
    "Deg",
    "M",
    "S",
    "H"
  };

  private static String stem(final String key) {
    for (String u : UNIT_SUFFIXES) {
      if (key.endsWith(u) && key.length() > u.length()) {
        return key.substring(0, key.length() - u.length());
      }
    }
    return key;
  }

  /**
   * @param key field name
   * @return the required text, or "" after recording a problem
   */
  public String text(final String key) {
    return get(key, true, "text").map(n -> asText(key, n)).orElse("");
  }

  /**
   * @param key field name
   * @param dflt default when absent
   * @return the text
   */
  public String text(final String key, final String dflt) {
    return get(key, false, "text").map(n -> asText(key, n)).orElse(dflt);
  }

  private String asText(final String key, final Node n) {
    if (n instanceof Node.Scalar s) {
      return s.text();
    }
    problems.add(n, pathOf(key), "expected text, found " + n.describe(), "");
    return "";
  }

  /**
   * Reads a required number given in {@code unit} and returns it in SI.
   *
   * @param key field name, which names the unit
   * @param unit the unit the file gives it in
   * @param min smallest accepted value, in the file's unit
   * @param max largest accepted value, in the file's unit
   * @return the value in SI, or NaN after recording a problem
   */
  public double num(final String key, final Unit unit, final double min, final double max) {
    return get(key, true, "a number in " + unitName(unit))
        .map(n -> asNum(key, n, unit, min, max))
        .orElse(Double.NaN);
  }

  /**
   * Reads an optional number.
   *
   * @param key field name
   * @param unit the unit the file gives it in
   * @param min smallest accepted value, in the file's unit
   * @param max largest accepted value, in the file's unit
   * @param dflt default in the file's unit
   * @return the value in SI
   */
  public double num(
      final String key, final Unit unit, final double min, final double max, final double dflt) {
    return get(key, false, "").map(n -> asNum(key, n, unit, min, max)).orElse(unit.toSi(dflt));
  }

  private static String unitName(final Unit unit) {
    return unit == Unit.NONE ? "no unit" : unit.symbol();
  }

  private double asNum(
      final String key, final Node n, final Unit unit, final double min, final double max) {
    final String expected =
        "a number"
            + (unit == Unit.NONE ? "" : " in " + unit.symbol())
            + " from "
            + fmt(min)
            + " to "
            + fmt(max);
    if (!(n instanceof Node.Scalar s)) {
      problems.add(n, pathOf(key), "expected " + expected + ", found " + n.describe(), "");
      return Double.NaN;
    }
    double v;
    if (s.kind() == Node.Kind.NUMBER) {
      v = yamlNumber(s.text());
    } else {
      final String t = s.text().trim();
      if (t.equalsIgnoreCase(".nan") || t.equalsIgnoreCase("nan")) {
        problems.add(n, pathOf(key), "NaN is not a value: expected " + expected, "");
        return Double.NaN;
      }
      final String lead = t.replaceAll("^([-+]?[0-9.]+(?:[eE][-+]?[0-9]+)?).*$", "$1");
      if (!lead.equals(t) && !lead.isEmpty() && Character.isDigit(lead.charAt(lead.length() - 1))) {
        problems.add(
            n,
            pathOf(key),
            "expected " + expected + ", found " + s.describe(),
            "Maybe write " + lead + " alone: the unit is in the field's name (" + key + ").");
      } else {
        problems.add(n, pathOf(key), "expected " + expected + ", found " + s.describe(), "");
      }
      return Double.NaN;
    }
    if (!Double.isFinite(v)) {
      problems.add(n, pathOf(key), "expected a finite number, found " + s.text(), "");
      return Double.NaN;
    }
    if (v < min || v > max) {
      problems.add(
          n,
          pathOf(key),
          "value " + s.text() + " is out of range: expected " + expected,
          hintForRange(key, v, min, max, unit));
      return Double.NaN;
    }
    return unit.toSi(v);
  }

  /** YAML's .nan and .inf are numbers to the parser, not to Java; they end as non-finite. */
  private static double yamlNumber(final String text) {
    final String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.endsWith(".nan")) {
      return Double.NaN;
    }
    if (t.endsWith(".inf")) {
      return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    try {
      return Double.parseDouble(t.replace("_", ""));
    } catch (NumberFormatException e) {
      return Double.NaN; // e.g. a YAML 1.1 hexadecimal or sexagesimal number: reported below
    }
  }

  private static String hintForRange(
      final String key, final double v, final double min, final double max, final Unit unit) {
    if (unit == Unit.KM && v > max && v / 1000 <= max) {
      return "Maybe this is in metres? " + key + " is in kilometres.";
    }
    if (unit == Unit.M && v > max && max > 0) {
      return "Maybe this is in feet or another unit? " + key + " is in metres.";
    }
    return "";
  }

  private static String fmt(final double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.valueOf((long) d);
    }
    return String.valueOf(d);
  }

  /**
   * @param key field name
   * @param min smallest accepted value
   * @param max largest accepted value
   * @return the required whole number, or 0 after recording a problem
   */
  public int integer(final String key, final int min, final int max) {
    return get(key, true, "a whole number").map(n -> asInt(key, n, min, max)).orElse(0);
  }

  /**
   * @param key field name
   * @param min smallest accepted value
   * @param max largest accepted value
   * @param dflt default
   * @return the whole number
   */
  public int integer(final String key, final int min, final int max, final int dflt) {
    return get(key, false, "").map(n -> asInt(key, n, min, max)).orElse(dflt);
  }

  private int asInt(final String key, final Node n, final int min, final int max) {
    if (n instanceof Node.Scalar s
        && s.kind() == Node.Kind.NUMBER
        && s.text().matches("[-+]?[0-9]{1,10}")) {
      final long v = Long.parseLong(s.text());
      if (v < min || v > max) {
        problems.add(
            n,
            pathOf(key),
            "value "
                + v
                + " is out of range: expected a whole number"
                + " from "
                + min
                + " to "
                + max,
            "");
        return 0;
      }
      return (int) v;
    }
    problems.add(
        n,
        pathOf(key),
        "expected a whole number from " + min + " to " + max + ", found " + n.describe(),
        "");
    return 0;
  }

  /**
   * @param key field name
   * @param dflt default
   * @return the boolean
   */
  public boolean bool(final String key, final boolean dflt) {
    return get(key, false, "")
        .map(
            n -> {
              if (n instanceof Node.Scalar s && s.kind() == Node.Kind.BOOLEAN) {
                return Boolean.parseBoolean(s.text());
              }
              problems.add(n, pathOf(key), "expected true or false, found " + n.describe(), "");
              return dflt;
            })
        .orElse(dflt);
  }

  /**
   * @param key field name
   * @return the required ISO date (YYYY-MM-DD), or null after recording a problem
   */
  public LocalDate date(final String key) {
    return get(key, true, "a date YYYY-MM-DD").map(n -> asDate(key, n)).orElse(null);
  }

  /**
   * @param key field name
   * @param dflt default
   * @return the date
   */
  public LocalDate date(final String key, final LocalDate dflt) {
    return get(key, false, "").map(n -> asDate(key, n)).orElse(dflt);
  }

  private LocalDate asDate(final String key, final Node n) {
    if (n instanceof Node.Scalar s) {
      try {
        return LocalDate.parse(s.text().trim());
      } catch (DateTimeParseException e) {
        // fall through
      }
    }
    problems.add(n, pathOf(key), "expected a date as YYYY-MM-DD, found " + n.describe(), "");
    return null;
  }

  /**
   * @param key field name
   * @param dflt default
   * @return a time of day HH:MM
   */
  public LocalTime time(final String key, final LocalTime dflt) {
    return get(key, false, "")
        .map(
            n -> {
              if (n instanceof Node.Scalar s) {
                try {
                  return LocalTime.parse(s.text().trim());
                } catch (DateTimeParseException e) {
                  // fall through
                }
              }
              problems.add(
                  n, pathOf(key), "expected a time of day as HH:MM, found " + n.describe(), "");
              return dflt;
            })
        .orElse(dflt);
  }

  /**
   * Reads one of an enumeration's constants, written in lower camel case in the file ({@code
   * railInterdiction} for {@code RAIL_INTERDICTION}).
   *
   * @param key field name
   * @param type the enumeration
   * @param dflt default when absent, or null to make the field required
   * @param <E> the enumeration type
   * @return the constant (the default, or the first constant after a problem)
   */
  public <E extends Enum<E>> E choice(final String key, final Class<E> type, final E dflt) {
    final E[] all = type.getEnumConstants();
    final List<String> names = new ArrayList<>();
    for (E e : all) {
      names.add(fileName(e));
    }
    final Optional<Node> n = get(key, dflt == null, "one of " + names);
    if (n.isEmpty()) {
      return dflt == null ? all[0] : dflt;
    }
    final String t = n.get() instanceof Node.Scalar s ? s.text().trim() : "";
    for (E e : all) {
      if (fileName(e).equals(t)) {
        return e;
      }
    }
    problems.add(
        n.get(),
        pathOf(key),
        "expected one of " + names + ", found " + n.get().describe(),
        nearest(t, names).map(m -> "Maybe " + m + "?").orElse(""));
    return dflt == null ? all[0] : dflt;
  }

  /**
   * @param e an enumeration constant
   * @return its name as written in files: lower camel case
   */
  public static String fileName(final Enum<?> e) {
    final String[] parts = e.name().toLowerCase(Locale.ROOT).split("_");
    final StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return sb.toString();
  }

  /**
   * @param key field name
   * @return the required map, or an empty reader after recording a problem
   */
  public Fields map(final String key) {
    final Optional<Node> n = get(key, true, "a map");
    // a missing map is reported once: its stand-in reads nothing (not this map's fields)
    return n.map(v -> child(key, v)).orElseGet(() -> new Fields(node, pathOf(key), problems, true));
  }

  /**
   * @param key field name
   * @return the map, if present
   */
  public Optional<Fields> optMap(final String key) {
    return get(key, false, "a map").map(v -> child(key, v));
  }

  private Fields child(final String key, final Node v) {
    if (!(v instanceof Node.MapNode)) {
      problems.add(v, pathOf(key), "expected a map of fields, found " + v.describe(), "");
    }
    return new Fields(v, pathOf(key), problems);
  }

  /**
   * Reads a list of maps.
   *
   * @param key field name
   * @param required whether the list must be present
   * @return a reader per item
   */
  public List<Fields> maps(final String key, final boolean required) {
    final Optional<Node> n = get(key, required, "a list");
    if (n.isEmpty()) {
      return List.of();
    }
    if (!(n.get() instanceof Node.ListNode list)) {
      problems.add(
          n.get(),
          pathOf(key),
          "expected a list, found " + n.get().describe(),
          "Maybe start each item with '- '.");
      return List.of();
    }
    final List<Fields> out = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      final Node item = list.items().get(i);
      final String p = pathOf(key) + "[" + i + "]";
      if (!(item instanceof Node.MapNode)) {
        problems.add(item, p, "expected a map of fields, found " + item.describe(), "");
        continue;
      }
      out.add(new Fields(item, p, problems));
    }
    return out;
  }

  /**
   * Reads a list of scalars as text.
   *
   * @param key field name
   * @param required whether the list must be present
   * @return the texts, with the node of each for locating later problems
   */
  public List<Located> texts(final String key, final boolean required) {
    final Optional<Node> n = get(key, required, "a list");
    if (n.isEmpty()) {
      return List.of();
    }
    if (!(n.get() instanceof Node.ListNode list)) {
      problems.add(
          n.get(),
          pathOf(key),
          "expected a list, found " + n.get().describe(),
          "Maybe write [a, b, c].");
      return List.of();
    }
    final List<Located> out = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      final Node item = list.items().get(i);
      final String p = pathOf(key) + "[" + i + "]";
      if (item instanceof Node.Scalar s && s.kind() != Node.Kind.NULL) {
        out.add(new Located(s.text(), item, p));
      } else {
        problems.add(item, p, "expected a name, found " + item.describe(), "");
      }
    }
    return out;
  }

  /**
   * A reference or name read from a file, with its place, to check once all names are known.
   *
   * @param value the text
   * @param node where it stands
   * @param path its field path
   */
  public record Located(String value, Node node, String path) {}

  /**
   * @param key field name
   * @param required whether it must be present
   * @return the text and where it stands, or null when absent
   */
  public Located ref(final String key, final boolean required) {
    final Optional<Node> n = get(key, required, "a name");
    if (n.isEmpty()) {
      return required ? new Located("", node, pathOf(key)) : null;
    }
    if (n.get() instanceof Node.Scalar s && s.kind() != Node.Kind.NULL) {
      return new Located(s.text(), n.get(), pathOf(key));
    }
    problems.add(n.get(), pathOf(key), "expected a name, found " + n.get().describe(), "");
    return new Located("", n.get(), pathOf(key));
  }

  /** Reports every field of this map that was never asked for, as unknown. */
  public void end() {
    for (var e : map.keyPositions().entrySet()) {
      final String key = e.getKey();
      if (asked.contains(key)) {
        continue;
      }
      final int[] pos = e.getValue();
      String hint = "";
      String meant = null;
      final String stem = stem(key);
      for (String k : asked) {
        if (!k.equals(key) && stem(k).equals(stem)) {
          meant = k;
          hint =
              "Maybe "
                  + k
                  + "? Only the unit differs: this field is given as "
                  + k
                  + "; convert the value.";
          break;
        }
      }
      if (meant == null) {
        meant = nearest(key, asked).orElse(null);
        hint =
            meant != null
                ? "Maybe " + meant + "?"
                : asked.isEmpty() ? "" : "Known fields here: " + String.join(", ", asked) + ".";
      }
      // the required field this one misspells was reported missing: one mistake, one problem
      if (meant != null && missing.containsKey(meant) && problems.withdraw(missing.remove(meant))) {
        hint += " " + meant + " is required and is not given otherwise.";
      }
      problems.add(pos[0], pos[1], pathOf(key), "unknown field", hint);
    }
  }

  /**
   * @param word a misspelt word
   * @param candidates the known words
   * @return the nearest candidate within a small edit distance
   */
  public static Optional<String> nearest(final String word, final Iterable<String> candidates) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    final String w = word.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      final int d = distance(w, c.toLowerCase(Locale.ROOT));
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    if (best != null && bestD <= Math.max(2, word.length() / 3)) {
      return Optional.of(best);
    }
    // a longer spelling of a known name ("scanSeconds" for "scanS"), or a shorter one
    for (String c : candidates) {
      final String lc = c.toLowerCase(Locale.ROOT);
      if (lc.length() >= 3 && w.length() >= 3 && (w.startsWith(lc) || lc.startsWith(w))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static int distance(final String a, final String b) {
    final int[] prev = new int[b.length() + 1];
    final int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        final int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      System.arraycopy(cur, 0, prev, 0, cur.length);
    }
    return prev[b.length()];
  }
}
