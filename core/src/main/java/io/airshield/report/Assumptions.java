package io.airshield.report;

import io.airshield.domain.AaUnit;
import io.airshield.domain.AircraftType;
import io.airshield.domain.CommandPost;
import io.airshield.domain.EstimateRange;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.GunType;
import io.airshield.domain.Mission;
import io.airshield.domain.ModelParameter;
import io.airshield.domain.Place;
import io.airshield.domain.Radar;
import io.airshield.domain.RailLine;
import io.airshield.domain.Scenario;
import io.airshield.domain.Target;
import io.airshield.domain.WeatherRegion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's "Assumptions and sources" section: where every number of the run comes from. It
 * lists the scenario's references, each entity of the scenario with its {@code source} text (a
 * source tag, or "estimate" and why), the scenario's {@code estimates} with their plausible ranges
 * ({@link Scenario#estimates()}), and the model's own constants with their ranges.
 *
 * <p>The constants' table lists every {@link ModelParameter} with the value this scenario runs with
 * (its {@code constants} overrides included), its plausible range and source: the same parameter
 * set docs/models.md tabulates, so the two cannot drift apart.
 */
public final class Assumptions {
  private Assumptions() {}

  /** Section names of the scenario file, in words. */
  private static final Map<String, String> SECTIONS =
      Map.ofEntries(
          Map.entry("places", "place"),
          Map.entry("railLines", "rail line"),
          Map.entry("targets", "target"),
          Map.entry("aircraftTypes", "aircraft type"),
          Map.entry("commandPosts", "command post"),
          Map.entry("radars", "radar"),
          Map.entry("fighterUnits", "fighter unit"),
          Map.entry("gunTypes", "gun type"),
          Map.entry("aaUnits", "AA unit"),
          Map.entry("guns", "guns"),
          Map.entry("missions", "enemy mission"),
          Map.entry("repair", "repair force"),
          Map.entry("weather", "weather region"));

  /**
   * @param s the scenario as run
   * @return the section, from its heading to its last table
   */
  public static String html(final Scenario s) {
    final StringBuilder h = new StringBuilder(64 * 1024);
    h.append(
        "<h2 id=\"assumptions\">Assumptions and sources</h2>\n<p>Where every number of this run"
            + " comes from: the references the scenario cites, the source of each of its"
            + " entries (a reference tag, or \"estimate\" and why), the scenario's estimates with"
            + " the range a study should sweep, and the model's own constants.</p>\n");
    h.append(
        "<h3>References</h3>\n<div class=\"scroll\"><table class=\"reflow\" id=\"references\">"
            + "<thead><tr><th>Tag</th><th>Reference</th></tr></thead><tbody>\n");
    for (Map.Entry<String, String> e : s.sources().entrySet()) {
      row(h, e.getKey(), e.getValue());
    }
    h.append("</tbody></table></div>\n");

    h.append(
        "<h3>The scenario's entries</h3>\n<div class=\"scroll\"><table class=\"reflow\""
            + " id=\"entries\"><thead><tr><th>Kind</th><th>Name</th><th>Source</th></tr>"
            + "</thead><tbody>\n");
    for (String[] r : entries(s)) {
      row(h, r[0], r[1], r[2]);
    }
    h.append("</tbody></table></div>\n");

    h.append(
        "<h3>Estimates and their plausible ranges</h3>\n<p>Numbers of the scenario that no"
            + " source gives, with the lowest and highest plausible value (in the file's"
            + " units).</p>\n<div class=\"scroll\"><table class=\"reflow\" id=\"estimates\">"
            + "<thead><tr><th>Number</th><th class=\"n\">Value</th><th class=\"n\">Low</th>"
            + "<th class=\"n\">High</th><th>Why</th></tr></thead><tbody>\n");
    final Map<String, String> names = names(s);
    for (EstimateRange e : s.estimates()) {
      h.append("<tr data-field=\"")
          .append(Svg.esc(e.field()))
          .append("\"><td>")
          .append(Svg.esc(field(e.field(), names)))
          .append("</td><td class=\"n\">")
          .append(Num.of(e.value()))
          .append("</td><td class=\"n\">")
          .append(Num.of(e.low()))
          .append("</td><td class=\"n\">")
          .append(Num.of(e.high()))
          .append("</td><td>")
          .append(Svg.esc(e.source()))
          .append("</td></tr>\n");
    }
    if (s.estimates().isEmpty()) {
      h.append("<tr><td>none given by the scenario</td><td></td><td></td><td></td><td></td>");
      h.append("</tr>\n");
    }
    h.append("</tbody></table></div>\n");

    h.append(
        "<h3>The model's constants</h3>\n<p>Numbers of the model itself, the same for every"
            + " scenario unless its constants section sets them (docs/models.md); a blank range is"
            + " a fixed choice.</p>\n"
            + "<div class=\"scroll\"><table class=\"reflow\" id=\"constants\"><thead><tr>"
            + "<th>Constant</th><th class=\"n\">Value</th><th class=\"n\">Low</th>"
            + "<th class=\"n\">High</th><th>Source or reason</th></tr></thead><tbody>\n");
    for (ModelParameter p : ModelParameter.values()) {
      final String u = p.unit().isEmpty() ? "" : " " + p.unit();
      h.append("<tr data-key=\"")
          .append(p.key())
          .append("\"><td>")
          .append(Svg.esc(words(p.key())))
          .append("</td><td class=\"n\">")
          .append(Num.of(s.parameters().get(p)))
          .append(u)
          .append("</td><td class=\"n\">")
          .append(p.ranged() ? Num.of(p.low()) + u : "")
          .append("</td><td class=\"n\">")
          .append(p.ranged() ? Num.of(p.high()) + u : "")
          .append("</td><td>")
          .append(Svg.esc(p.source()))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></div>\n");
    return h.toString();
  }

  private static void row(final StringBuilder h, final String... cells) {
    h.append("<tr>");
    for (String c : cells) {
      h.append("<td>").append(Svg.esc(c)).append("</td>");
    }
    h.append("</tr>\n");
  }

  /**
   * @param s a scenario
   * @return each entity: kind in words, name, source text; in file order
   */
  static List<String[]> entries(final Scenario s) {
    final List<String[]> out = new ArrayList<>();
    for (Place p : s.places()) {
      out.add(new String[] {"Place", p.name(), p.source()});
    }
    for (RailLine l : s.lines()) {
      out.add(new String[] {"Rail line", l.name(), l.source()});
    }
    for (Target t : s.targets()) {
      out.add(new String[] {"Target", t.name(), t.source()});
    }
    for (WeatherRegion w : s.regions()) {
      out.add(new String[] {"Weather region", w.name(), w.source()});
    }
    for (AircraftType t : s.aircraftTypes()) {
      out.add(new String[] {"Aircraft type", t.name(), t.source()});
    }
    for (CommandPost c : s.commandPosts()) {
      out.add(new String[] {"Command post", c.name(), c.source()});
    }
    for (Radar r : s.radars()) {
      out.add(new String[] {"Radar", r.name(), r.source()});
    }
    for (FighterUnit f : s.fighterUnits()) {
      out.add(new String[] {"Fighter unit", f.name(), f.source()});
    }
    for (GunType g : s.gunTypes()) {
      out.add(new String[] {"Gun type", g.name(), g.source()});
    }
    for (AaUnit a : s.aaUnits()) {
      out.add(new String[] {"AA unit", a.name(), a.source()});
    }
    if (s.repair() != null) {
      out.add(new String[] {"Repair force", s.repair().crews() + " crews", s.repair().source()});
    }
    for (Mission m : s.missions()) {
      out.add(new String[] {"Enemy mission", m.name(), m.source()});
    }
    return out;
  }

  /** Every id of the scenario with its name, for reading field paths. */
  private static Map<String, String> names(final Scenario s) {
    final Map<String, String> n = new LinkedHashMap<>();
    s.places().forEach(x -> n.put(x.id(), x.name()));
    s.lines().forEach(x -> n.put(x.id(), x.name()));
    s.targets().forEach(x -> n.put(x.id(), x.name()));
    s.regions().forEach(x -> n.put(x.id(), x.name()));
    s.aircraftTypes().forEach(x -> n.put(x.id(), x.name()));
    s.commandPosts().forEach(x -> n.put(x.id(), x.name()));
    s.radars().forEach(x -> n.put(x.id(), x.name()));
    s.fighterUnits().forEach(x -> n.put(x.id(), x.name()));
    s.gunTypes().forEach(x -> n.put(x.id(), x.name()));
    s.aaUnits().forEach(x -> n.put(x.id(), x.name()));
    s.missions().forEach(x -> n.put(x.id(), x.name()));
    return n;
  }

  /**
   * A field path of the {@code estimates} section in words: {@code
   * aaUnits.gf-pyongui.guns.g37mm-61k.count} reads "AA unit Ground fire, Pyongui line; guns 37 mm
   * M1939 (61-K): count".
   *
   * @param path the path, section.id.field joined by dots
   * @param names every id with its name
   * @return the path in words
   */
  static String field(final String path, final Map<String, String> names) {
    final String[] parts = path.split("\\.");
    final StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      final String p = parts[i];
      final boolean last = i == parts.length - 1;
      if (names.containsKey(p)) {
        b.append(' ').append(names.get(p));
      } else if (!last && SECTIONS.containsKey(p)) {
        b.append(b.length() == 0 ? "" : ";").append(b.length() == 0 ? "" : " ");
        b.append(SECTIONS.get(p));
      } else {
        b.append(b.length() == 0 ? "" : ": ").append(words(p));
      }
    }
    final String s = b.toString().trim();
    return s.isEmpty() ? path : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A camel-case field name in words, its unit suffix in brackets: repairHoursPerHit. */
  static String words(final String camel) {
    String unit = "";
    String base = camel;
    for (String[] u : new String[][] {{"Pct", "%"}, {"Km", "km"}, {"Min", "min"}}) {
      if (base.endsWith(u[0]) && base.length() > u[0].length()) {
        base = base.substring(0, base.length() - u[0].length());
        unit = " (" + u[1] + ")";
      }
    }
    final StringBuilder b = new StringBuilder();
    for (int i = 0; i < base.length(); i++) {
      final char c = base.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        b.append(' ').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b + unit;
  }
}
