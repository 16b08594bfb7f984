package io.airshield.report;

import io.airshield.domain.AaUnit;
import io.airshield.domain.AircraftType;
import io.airshield.domain.CommandPost;
import io.airshield.domain.EstimateRange;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.GunType;
import io.airshield.domain.Mission;
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
 * <p>The constants' table ({@link #CONSTANTS}) copies the table of docs/models.md, "The model's
 * estimates and their plausible ranges", in words a reader knows instead of the names in {@code
 * campaign.ModelConstants}; when the model changes a constant, that table and this one change
 * together.
 */
public final class Assumptions {
  private Assumptions() {}

  /**
   * The model's constants: what, value, low, high, why (docs/models.md, "The model's estimates and
   * their plausible ranges"). An empty low and high: a fixed choice, not swept.
   */
  static final String[][] CONSTANTS = {
    {
      "Share of engagements with a firing pass",
      "0.3",
      "0.15",
      "0.5",
      "most MiG Alley fights ended with no firing pass (B6, B15, B16)"
    },
    {
      "Kills per firing pass",
      "0.25",
      "0.15",
      "0.4",
      "cannon lethal when they hit, MiG gunsight poor (B16)"
    },
    {"Share of bounced fighter-bombers that jettison", "0.8", "0.7", "0.9", "B21"},
    {"Share that jettison when attacked in the dive", "0.2", "0.1", "0.3", "B21"},
    {
      "Share of a defending fighter-bomber's won exchanges that down the attacker",
      "0.1",
      "0",
      "0.3",
      "B20: the F-84 and F-80 could only defend"
    },
    {
      "Guns that suppress an attack",
      "6",
      "3",
      "12",
      "fire pushed attackers higher (A14, A15), no numbers: estimate"
    },
    {"Release height when suppressed", "1,500 m", "1,500 m", "2,000 m", "A21"},
    {
      "Hits on a bridge span against on track, per bomb",
      "0.35",
      "0.2",
      "0.5",
      "C22, per bomb on a span against on track"
    },
    {
      "Share of delayed-action bombs",
      "0.3",
      "0.1",
      "0.5",
      "\"many\" delayed-action bombs on key targets (C11, C12)"
    },
    {"Delay of delayed-action bombs", "12 h to 48 h", "", "", "C20"},
    {
      "Time to replace a lost aircraft",
      "10 days",
      "5 days",
      "20 days",
      "reserve regiments and depots; no rate found: estimate"
    },
    {
      "Share of pilots' sorties on standing patrol",
      "0.75",
      "0.5",
      "0.9",
      "estimate: the rest of the pilots' sorties kept for scrambles"
    },
    {
      "Vectoring error with no GCI radar",
      "10 km",
      "5 km",
      "20 km",
      "vectoring from plotted reports: estimate"
    },
    {
      "Night search range, dark",
      "500 m",
      "300 m",
      "1,000 m",
      "exhaust flames and silhouettes: estimate"
    },
    {"Night search range, full moon", "2,000 m", "1,000 m", "3,000 m", "D20"},
    {"Search range on a bomber in a searchlight beam", "6,000 m", "4,000 m", "10,000 m", "D9"},
    {"Search range in cloud", "1,000 m", "500 m", "2,000 m", "gaps and the cloud base: estimate"},
    {"Airborne radar range", "5,000 m", "3,000 m", "8,000 m", "APG-33 class (S37)"},
    {"Searchlight reach", "8 km", "6 km", "10 km", "D9"},
    {"Chance one light holds a raid", "0.1", "0.05", "0.2", "D8"},
    {
      "Ceiling of light AA",
      "4,000 m",
      "",
      "",
      "a classification: 37 mm to ~3,000 m (S64), 85 mm to 7,000-8,000 m (S31)"
    },
    {
      "Share of interceptors an equal escort catches",
      "0.8",
      "0.6",
      "0.95",
      "estimate: escort screening"
    },
    {
      "Share of time an AA gun is firing while engaged",
      "0.5",
      "0.3",
      "0.7",
      "estimate: acquisition, traverse, reloading"
    }
  };

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
            + " scenario (docs/models.md); a blank range is a fixed choice.</p>\n"
            + "<div class=\"scroll\"><table class=\"reflow\" id=\"constants\"><thead><tr>"
            + "<th>Constant</th><th class=\"n\">Value</th><th class=\"n\">Low</th>"
            + "<th class=\"n\">High</th><th>Source or reason</th></tr></thead><tbody>\n");
    for (String[] c : CONSTANTS) {
      h.append("<tr><td>")
          .append(Svg.esc(c[0]))
          .append("</td><td class=\"n\">")
          .append(Svg.esc(c[1]))
          .append("</td><td class=\"n\">")
          .append(Svg.esc(c[2]))
          .append("</td><td class=\"n\">")
          .append(Svg.esc(c[3]))
          .append("</td><td>")
          .append(Svg.esc(c[4]))
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
