package io.airshield.report;

import io.airshield.domain.AaUnit;
import io.airshield.domain.AircraftType;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.GeoPoint;
import io.airshield.domain.Mission;
import io.airshield.domain.Place;
import io.airshield.domain.Radar;
import io.airshield.domain.RailLine;
import io.airshield.domain.Scenario;
import io.airshield.domain.Target;
import io.airshield.montecarlo.Estimate;
import io.airshield.reinforce.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The theatre as an inline SVG map: base map, rail lines coloured and dashed by their share of time
 * open, bridges, junctions, airfields with their units, radars with their coverage rings, AA zones,
 * the enemy's entry routes, a legend and a scale bar. Equirectangular projection scaled by the
 * cosine of the middle latitude, which over a few degrees distorts distances by well under 1%.
 * Every layer is a {@code <g id="layer-...">} so a page can toggle it.
 */
public final class SvgMap {
  private SvgMap() {}

  /** Width of the map in SVG units. */
  static final double WIDTH = 900;

  /** Bands of time open, best first: colour, dash, label; read in black and white by dash. */
  private static final String[][] OPEN_BANDS = {
    {"0.95", "#1a9850", "none", "95% or more"},
    {"0.85", "#91cf60", "12 4", "85-95%"},
    {"0.70", "#fc8d59", "6 4", "70-85%"},
    {"0", "#d73027", "2 3", "under 70%"}
  };

  /** The colour of what a reinforcement plan adds, apart from every colour of the theatre. */
  static final String REINFORCEMENT = "#6a3d9a";

  /**
   * What a map draws apart as new: the stations of a plan and the units it adds to the scenario.
   * The scenario drawn already holds those units (it is the reinforced one); the overlay only says
   * which of them are new, so that they stand out and the rest is drawn as in any map.
   *
   * @param stations the plan's stations (unit, place, regiments), in the plan's order
   * @param newUnits the ids of the AA and fighter units the plan added to the scenario
   */
  record Overlay(List<Plan.Station> stations, List<String> newUnits) {
    Overlay {
      stations = List.copyOf(stations);
      newUnits = List.copyOf(newUnits);
    }
  }

  /**
   * @param d what to draw
   * @param base the base map
   * @return the SVG element
   */
  public static String render(final ReportData d, final Basemap base) {
    return render(d.scenario(), d.lineOpen(), d.batteries(), null, base);
  }

  /**
   * @param s the scenario (reinforced, when there is an overlay)
   * @param lineOpen each rail line's share of time open in scenario order, or empty when not known
   *     (the lines are then drawn plain)
   * @param batteries the AA batteries {lat, lon, radius m, AA unit index} of the scenario
   * @param overlay the units to draw as new, or null
   * @param base the base map
   * @return the SVG element
   */
  static String render(
      final Scenario s,
      final List<Estimate> lineOpen,
      final List<double[]> batteries,
      final Overlay overlay,
      final Basemap base) {
    final Set<String> fresh = overlay == null ? Set.of() : Set.copyOf(overlay.newUnits());
    final double[] b = s.bounds();
    final Proj p = new Proj(b[0], b[1], b[2], b[3]);
    final Map<String, Place> places = new HashMap<>();
    s.places().forEach(pl -> places.put(pl.id(), pl));
    final Svg g = new Svg();
    g.raw(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"map\" class=\"map\" viewBox=\"0 0 "
            + Svg.n(WIDTH)
            + " "
            + Svg.n(p.height)
            + "\" role=\"img\" aria-label=\"Map of "
            + Svg.esc(s.title())
            + "\">\n");
    g.raw(
        "<title>Map of "
            + Svg.esc(s.title())
            + (overlay == null ? "" : ", with the reinforcements of the best plan")
            + "</title>\n");
    g.raw(Svg.patterns());
    if (overlay != null) {
      g.raw(
          "<defs><pattern id=\"aa-new\" width=\"6\" height=\"6\""
              + " patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\">"
              + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\""
              + REINFORCEMENT
              + "\""
              + " stroke-width=\"1.5\" stroke-opacity=\"0.8\"/></pattern></defs>\n");
    }
    g.raw(
        "<defs><clipPath id=\"frame\"><rect width=\""
            + Svg.n(WIDTH)
            + "\" height=\""
            + Svg.n(p.height)
            + "\"/></clipPath>"
            + "<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\""
            + " markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\""
            + " fill=\"#555\"/></marker></defs>\n");
    g.rect(0, 0, WIDTH, p.height, "fill=\"#f4f7fa\" stroke=\"#333\"");
    g.raw("<g clip-path=\"url(#frame)\">\n");

    g.raw("<g id=\"layer-basemap\" class=\"layer\">\n");
    for (double[][] line : base.coast()) {
      g.raw(p.path(line, "fill=\"none\" stroke=\"#333\" stroke-width=\"1\""));
    }
    for (double[][] line : base.borders()) {
      g.raw(
          p.path(
              line,
              "fill=\"none\" stroke=\"#555\" stroke-width=\"1.2\""
                  + " stroke-dasharray=\"8 3 2 3\""));
    }
    g.raw("</g>\n");

    g.raw("<g id=\"layer-radars\" class=\"layer\">\n");
    for (Radar r : s.radars()) {
      final double[] xy = p.xy(r.at());
      g.circle(
          xy[0],
          xy[1],
          p.metres(r.rangeM(), r.at().latDeg()),
          "fill=\"none\"" + " stroke=\"#1f4e79\" stroke-width=\"1\" stroke-dasharray=\"4 4\"");
      g.raw(
          "<g><title>"
              + Svg.esc(r.name() + ": " + Math.round(r.rangeM() / 1000) + " km")
              + "</title>");
      g.circle(xy[0], xy[1], 4, "fill=\"#fff\" stroke=\"#1f4e79\" stroke-width=\"2\"");
      g.circle(xy[0], xy[1], 1.2, "fill=\"#1f4e79\"");
      g.raw("</g>\n");
    }
    g.raw("</g>\n");

    g.raw("<g id=\"layer-aa\" class=\"layer\">\n");
    final Map<Integer, double[]> aaZone = new LinkedHashMap<>();
    for (double[] bt : batteries) {
      aaZone.merge((int) bt[3], bt, (x, y) -> x[2] >= y[2] ? x : y);
    }
    for (Map.Entry<Integer, double[]> e : aaZone.entrySet()) {
      if (fresh.contains(s.aaUnits().get(e.getKey()).id())) {
        continue; // drawn with the reinforcement, on top
      }
      final double[] bt = e.getValue();
      final double[] xy = p.xy(new GeoPoint(bt[0], bt[1]));
      g.raw("<g><title>" + Svg.esc(s.aaUnits().get(e.getKey()).name()) + "</title>");
      g.circle(
          xy[0],
          xy[1],
          Math.max(3, p.metres(bt[2], bt[0])),
          "fill=\"url(#aa)\" stroke=\"#a00\" stroke-width=\"1\"");
      g.raw("</g>\n");
    }
    g.raw("</g>\n");

    g.raw("<g id=\"layer-routes\" class=\"layer\">\n");
    final Set<String> drawn = new LinkedHashSet<>();
    final Map<String, Target> targets = new HashMap<>();
    s.targets().forEach(t -> targets.put(t.id(), t));
    for (Mission m : s.missions()) {
      for (String entry : m.entries()) {
        for (Mission.Aim aim : m.targets()) {
          if (!drawn.add(entry + ">" + aim.targetId())) {
            continue;
          }
          final double[] a = p.xy(places.get(entry).at());
          final double[] z = p.xy(targets.get(aim.targetId()).at());
          g.line(
              a[0],
              a[1],
              z[0],
              z[1],
              "stroke=\"#777\" stroke-width=\"0.7\""
                  + " stroke-dasharray=\"1 3\" marker-end=\"url(#arrow)\"");
        }
      }
    }
    for (Place pl : s.places()) {
      if (pl.kind() == Place.Kind.ENTRY) {
        final double[] xy = p.xy(pl.at());
        g.raw(
            "<g><title>"
                + Svg.esc("Enemy entry: " + pl.name())
                + "</title>"
                + "<path d=\"M"
                + Svg.n(xy[0])
                + ","
                + Svg.n(xy[1] - 6)
                + " l6,10 l-12,0 z\""
                + " fill=\"#000\"/></g>\n");
      }
    }
    g.raw("</g>\n");

    g.raw("<g id=\"layer-rail\" class=\"layer\">\n");
    for (int l = 0; l < s.lines().size(); l++) {
      final RailLine line = s.lines().get(l);
      final double open = l < lineOpen.size() ? lineOpen.get(l).mean() : Double.NaN;
      final String[] band = band(open);
      final StringBuilder pts = new StringBuilder();
      for (String node : line.nodes()) {
        final double[] xy = p.xy(places.get(node).at());
        pts.append(pts.length() == 0 ? "M" : " L")
            .append(Svg.n(xy[0]))
            .append(',')
            .append(Svg.n(xy[1]));
      }
      final String label =
          line.name()
              + (Double.isNaN(open)
                  ? ""
                  : String.format(Locale.ROOT, ": open %.0f%% of the time", 100 * open));
      g.raw(
          "<g class=\"rail\" data-line=\""
              + Svg.esc(line.id())
              + "\"><title>"
              + Svg.esc(label)
              + "</title>");
      g.raw("<path d=\"" + pts + "\" fill=\"none\" stroke=\"#fff\" stroke-width=\"6\"/>");
      g.raw(
          "<path d=\""
              + pts
              + "\" fill=\"none\" stroke=\""
              + band[1]
              + "\""
              + " stroke-width=\"4\""
              + ("none".equals(band[2]) ? "" : " stroke-dasharray=\"" + band[2] + "\"")
              + "/></g>\n");
      final double[] mid = p.xy(places.get(line.nodes().get(line.nodes().size() / 2)).at());
      g.text(
          mid[0] + 6,
          mid[1] - 6,
          null,
          "lbl rail-lbl",
          line.name()
              + (Double.isNaN(open) ? "" : String.format(Locale.ROOT, " %.0f%%", 100 * open)));
    }
    g.raw("</g>\n");

    g.raw("<g id=\"layer-targets\" class=\"layer\">\n");
    for (Target t : s.targets()) {
      final double[] xy = p.xy(t.at());
      if (t.kind() == Target.Kind.BRIDGE) {
        g.raw("<g><title>" + Svg.esc("Bridge: " + t.name()) + "</title>");
        g.rect(
            xy[0] - 3.5,
            xy[1] - 3.5,
            7,
            7,
            "fill=\"#fff\" stroke=\"#000\"" + " stroke-width=\"1.5\"");
        g.raw("</g>\n");
      } else if (t.kind() == Target.Kind.JUNCTION) {
        g.raw(
            "<g><title>"
                + Svg.esc("Junction: " + t.name())
                + "</title><path d=\"M"
                + Svg.n(xy[0])
                + ","
                + Svg.n(xy[1] - 4.5)
                + " l4.5,4.5 l-4.5,4.5 l-4.5,-4.5 z\""
                + " fill=\"#000\"/></g>\n");
      }
    }
    g.raw("</g>\n");

    g.raw("<g id=\"layer-airfields\" class=\"layer\">\n");
    final Map<String, List<FighterUnit>> unitsAt = new LinkedHashMap<>();
    for (FighterUnit f : s.fighterUnits()) {
      unitsAt.computeIfAbsent(f.baseId(), k -> new ArrayList<>()).add(f);
    }
    for (Place pl : s.places()) {
      if (pl.kind() != Place.Kind.AIRFIELD) {
        continue;
      }
      final double[] xy = p.xy(pl.at());
      final List<String> us =
          unitsAt.getOrDefault(pl.id(), List.of()).stream().map(FighterUnit::name).toList();
      g.raw(
          "<g class=\"airfield\"><title>"
              + Svg.esc(pl.name() + (us.isEmpty() ? "" : ": " + String.join(", ", us)))
              + "</title>");
      g.raw(
          "<path d=\"M"
              + Svg.n(xy[0])
              + ","
              + Svg.n(xy[1] - 7)
              + " l3,5 l5,2 l-5,1 l0,3"
              + " l2,2 l-10,0 l2,-2 l0,-3 l-5,-1 l5,-2 z\" fill=\""
              + (us.isEmpty() ? "#fff" : "#000")
              + "\" stroke=\"#000\" stroke-width=\"1\"/>");
      g.raw("</g>\n");
      if (!us.isEmpty()) {
        g.text(xy[0] + 9, xy[1] + 3, null, "lbl small b", pl.name() + " (" + us.size() + ")");
      }
    }
    unitBox(g, places, unitsAt, fresh);
    g.raw("</g>\n");
    if (overlay != null) {
      reinforcement(g, p, s, batteries, overlay, places);
    }
    g.raw("</g>\n");
    legend(g, p, !lineOpen.isEmpty(), overlay != null);
    g.raw("</svg>\n");
    return g.toString();
  }

  /**
   * The plan's reinforcements, on top of every other layer so nothing hides them: each new AA
   * unit's zone hatched in the reinforcement colour, each new fighter unit's combat radius (the
   * reach the model gives it) as a dashed ring, and at each station a ring labelled with the unit
   * and its regiments, whose {@code data-ids} name the units placed there.
   */
  private static void reinforcement(
      final Svg g,
      final Proj p,
      final Scenario s,
      final List<double[]> batteries,
      final Overlay o,
      final Map<String, Place> places) {
    final Set<String> fresh = new LinkedHashSet<>(o.newUnits());
    g.raw("<g id=\"layer-reinforcement\" class=\"layer\">\n");
    final Map<Integer, double[]> zone = new LinkedHashMap<>();
    for (double[] bt : batteries) {
      if (fresh.contains(s.aaUnits().get((int) bt[3]).id())) {
        zone.merge((int) bt[3], bt, (x, y) -> x[2] >= y[2] ? x : y);
      }
    }
    for (Map.Entry<Integer, double[]> e : zone.entrySet()) {
      final double[] bt = e.getValue();
      final double[] xy = p.xy(new GeoPoint(bt[0], bt[1]));
      final AaUnit u = s.aaUnits().get(e.getKey());
      g.raw(
          "<g class=\"aa-new\" data-unit=\""
              + Svg.esc(u.id())
              + "\"><title>"
              + Svg.esc("New: " + u.name() + " (" + u.gunCount() + " guns)")
              + "</title>");
      g.circle(
          xy[0],
          xy[1],
          Math.max(3, p.metres(bt[2], bt[0])),
          "fill=\"url(#aa-new)\"" + " stroke=\"" + REINFORCEMENT + "\" stroke-width=\"1.5\"");
      g.raw("</g>\n");
    }
    final Map<String, AircraftType> types = new HashMap<>();
    s.aircraftTypes().forEach(t -> types.put(t.id(), t));
    final Set<String> rings = new LinkedHashSet<>();
    for (FighterUnit f : s.fighterUnits()) {
      final Place base = places.get(f.baseId());
      final AircraftType t = types.get(f.typeId());
      if (!fresh.contains(f.id())
          || base == null
          || t == null
          || !rings.add(f.baseId() + " " + f.typeId())) {
        continue;
      }
      final double[] xy = p.xy(base.at());
      g.raw(
          "<g class=\"radius-new\"><title>"
              + Svg.esc(
                  t.name()
                      + " from "
                      + base.name()
                      + ": combat radius "
                      + Math.round(t.combatRadiusM() / 1000)
                      + " km")
              + "</title>");
      g.circle(
          xy[0],
          xy[1],
          p.metres(t.combatRadiusM(), base.at().latDeg()),
          "fill=\"none\""
              + " stroke=\""
              + REINFORCEMENT
              + "\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"");
      g.raw("</g>\n");
    }
    final Map<String, Integer> placed = new HashMap<>();
    final List<double[]> boxes = new ArrayList<>();
    for (Plan.Station st : o.stations()) {
      final int from = placed.getOrDefault(st.unitId(), 0);
      placed.put(st.unitId(), from + st.regiments());
      final List<String> ids = new ArrayList<>();
      for (int k = from + 1; k <= from + st.regiments(); k++) {
        // Plan.apply names regiment k of pool unit U "U-k", counting over its stations in order
        if (fresh.contains(st.unitId() + "-" + k)) {
          ids.add(st.unitId() + "-" + k);
        }
      }
      final Place pl = places.get(st.placeId());
      if (pl == null) {
        continue;
      }
      final double[] xy = p.xy(pl.at());
      final String what =
          st.unitName()
              + ": "
              + st.regiments()
              + " regiment"
              + (st.regiments() == 1 ? "" : "s")
              + " at "
              + st.placeName();
      g.raw(
          "<g class=\"reinforcement\" data-unit=\""
              + Svg.esc(st.unitId())
              + "\" data-place=\""
              + Svg.esc(st.placeId())
              + "\" data-regiments=\""
              + st.regiments()
              + "\" data-ids=\""
              + Svg.esc(String.join(" ", ids))
              + "\"><title>"
              + Svg.esc(what)
              + "</title>");
      g.circle(xy[0], xy[1], MARK, "fill=\"none\" stroke=\"#fff\" stroke-width=\"5\"");
      g.circle(
          xy[0],
          xy[1],
          MARK,
          "fill=\"none\" stroke=\"" + REINFORCEMENT + "\"" + " stroke-width=\"3\"");
      g.raw("</g>\n");
      final String label =
          "+ "
              + st.unitName()
              + (st.regiments() > 1 ? " x" + st.regiments() : "")
              + " at "
              + st.placeName();
      final double[] at = labelPlace(xy, label, boxes);
      if (at[1] != xy[1] - MARK) {
        g.line(
            xy[0] + MARK * 0.7,
            xy[1] - MARK * 0.7,
            at[0],
            at[1] - 4,
            "stroke=\"" + REINFORCEMENT + "\" stroke-width=\"1\"");
      }
      g.text(at[0], at[1], null, "lbl small reinf-lbl", label);
    }
    g.raw("</g>\n");
  }

  /** Radius of the ring that marks a station of the plan (SVG units). */
  private static final double MARK = 14;

  /**
   * Where a station's label goes: above right of its ring, or, when a label placed before is in the
   * way (stations a few km apart), the nearest free row above or below it, joined to its ring by a
   * leader line.
   *
   * @param xy the station
   * @param label the text
   * @param boxes the labels placed so far {x, y top, width, height}; this one is added
   * @return the label's start {x, baseline y}
   */
  private static double[] labelPlace(
      final double[] xy, final String label, final List<double[]> boxes) {
    final double w = 5.6 * label.length();
    final double h = 12;
    final double x = xy[0] + MARK + 3;
    for (int k = 0; k < 16; k++) {
      final double step = ((k + 1) / 2) * 13.0 * (k % 2 == 1 ? -1 : 1);
      final double y = xy[1] - MARK + step;
      boolean free = true;
      for (double[] b : boxes) {
        if (x < b[0] + b[2] && b[0] < x + w && y - h < b[1] + b[3] && b[1] < y) {
          free = false;
          break;
        }
      }
      if (free) {
        boxes.add(new double[] {x, y - h, w, h + 1});
        return new double[] {x, y};
      }
    }
    return new double[] {x, xy[1] - MARK};
  }

  /** The fighter units by airfield, in a box at the top right: too many to label in place. */
  private static void unitBox(
      final Svg g,
      final Map<String, Place> places,
      final Map<String, List<FighterUnit>> unitsAt,
      final Set<String> fresh) {
    int rows = 0;
    for (List<FighterUnit> us : unitsAt.values()) {
      rows += 1 + us.size();
    }
    if (rows == 0) {
      return;
    }
    final double w = 250;
    final double x = WIDTH - w - 10;
    final double y0 = 10;
    g.raw("<g id=\"units-box\">");
    g.rect(x, y0, w, 22 + rows * 11.5, "fill=\"#fff\" fill-opacity=\"0.92\" stroke=\"#333\"");
    g.text(x + 8, y0 + 15, null, "lbl b", "Fighter units by airfield");
    double y = y0 + 28;
    for (Map.Entry<String, List<FighterUnit>> e : unitsAt.entrySet()) {
      final Place pl = places.get(e.getKey());
      g.text(x + 8, y, null, "lbl small b", pl == null ? e.getKey() : pl.name());
      y += 11.5;
      for (FighterUnit u : e.getValue()) {
        if (fresh.contains(u.id())) {
          // the airfield heads the group: "..., regiment 1 at Liaoyang" need not repeat it
          final String at = pl == null ? "" : " at " + pl.name();
          g.text(
              x + 12,
              y,
              null,
              "lbl small reinf",
              "+ "
                  + (!at.isEmpty() && u.name().endsWith(at)
                      ? u.name().substring(0, u.name().length() - at.length())
                      : u.name()));
        } else {
          g.text(x + 18, y, null, "lbl small", u.name());
        }
        y += 11.5;
      }
    }
    g.raw("</g>\n");
  }

  private static String[] band(final double open) {
    if (Double.isNaN(open)) {
      return new String[] {"", "#555", "none", ""};
    }
    for (String[] b : OPEN_BANDS) {
      if (open >= Double.parseDouble(b[0])) {
        return b;
      }
    }
    return OPEN_BANDS[OPEN_BANDS.length - 1];
  }

  private static void legend(
      final Svg g, final Proj p, final boolean open, final boolean reinforced) {
    final double x = 10;
    final double h = 232 - (open ? 0 : 12 + 13 * OPEN_BANDS.length - 13) + (reinforced ? 30 : 0);
    final double y = p.height - h - 10;
    g.raw("<g id=\"legend\">\n");
    g.rect(
        x,
        y,
        reinforced ? 210 : 190,
        h,
        "fill=\"#fff\" fill-opacity=\"0.92\"" + " stroke=\"#333\"");
    g.text(x + 8, y + 16, null, "lbl b", "Legend");
    double yy = y + 32;
    if (open) {
      g.text(x + 8, yy, null, "lbl small", "Rail line, share of time open:");
      yy += 12;
      for (String[] b : OPEN_BANDS) {
        g.line(
            x + 10,
            yy - 3,
            x + 50,
            yy - 3,
            "stroke=\""
                + b[1]
                + "\" stroke-width=\"4\""
                + ("none".equals(b[2]) ? "" : " stroke-dasharray=\"" + b[2] + "\""));
        g.text(x + 58, yy, null, "lbl small", b[3]);
        yy += 13;
      }
    } else {
      g.line(x + 10, yy - 3, x + 50, yy - 3, "stroke=\"#555\" stroke-width=\"4\"");
      g.text(x + 58, yy, null, "lbl small", "rail line");
      yy += 13;
    }
    g.rect(x + 26, yy - 7, 7, 7, "fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.5\"");
    g.text(x + 58, yy, null, "lbl small", "bridge");
    yy += 13;
    g.raw(
        "<path d=\"M"
            + Svg.n(x + 30)
            + ","
            + Svg.n(yy - 8)
            + " l4,4 l-4,4 l-4,-4 z\""
            + " fill=\"#000\"/>");
    g.text(x + 58, yy, null, "lbl small", "junction");
    yy += 15;
    g.raw(
        "<path d=\"M"
            + Svg.n(x + 30)
            + ","
            + Svg.n(yy - 10)
            + " l3,5 l5,2 l-5,1 l0,3 l2,2"
            + " l-10,0 l2,-2 l0,-3 l-5,-1 l5,-2 z\" fill=\"#000\"/>");
    g.text(x + 58, yy, null, "lbl small", "airfield with fighter units");
    yy += 15;
    g.circle(x + 30, yy - 4, 4, "fill=\"#fff\" stroke=\"#1f4e79\" stroke-width=\"2\"");
    g.line(x + 40, yy - 4, x + 52, yy - 4, "stroke=\"#1f4e79\" stroke-dasharray=\"4 4\"");
    g.text(x + 58, yy, null, "lbl small", "radar, coverage ring");
    yy += 15;
    g.circle(x + 30, yy - 4, 6, "fill=\"url(#aa)\" stroke=\"#a00\"");
    g.text(x + 58, yy, null, "lbl small", "AA zone (gun reach)");
    yy += 15;
    g.raw(
        "<path d=\"M"
            + Svg.n(x + 30)
            + ","
            + Svg.n(yy - 9)
            + " l5,8 l-10,0 z\""
            + " fill=\"#000\"/>");
    g.line(
        x + 38,
        yy - 4,
        x + 54,
        yy - 4,
        "stroke=\"#555\" stroke-dasharray=\"1 3\"" + " marker-end=\"url(#arrow)\"");
    g.text(x + 58, yy, null, "lbl small", "enemy entry, route");
    yy += 15;
    g.line(x + 10, yy - 4, x + 50, yy - 4, "stroke=\"#333\"");
    g.text(x + 58, yy, null, "lbl small", "coast");
    yy += 13;
    g.line(
        x + 10,
        yy - 4,
        x + 50,
        yy - 4,
        "stroke=\"#555\" stroke-width=\"1.2\"" + " stroke-dasharray=\"8 3 2 3\"");
    g.text(x + 58, yy, null, "lbl small", "border");
    if (reinforced) {
      yy += 15;
      g.circle(
          x + 30,
          yy - 4,
          6,
          "fill=\"none\" stroke=\"" + REINFORCEMENT + "\"" + " stroke-width=\"3\"");
      g.text(x + 58, yy, null, "lbl small reinf-lbl", "reinforcement (best plan)");
      yy += 15;
      g.circle(x + 30, yy - 4, 6, "fill=\"url(#aa-new)\" stroke=\"" + REINFORCEMENT + "\"");
      g.line(
          x + 40,
          yy - 4,
          x + 52,
          yy - 4,
          "stroke=\"" + REINFORCEMENT + "\"" + " stroke-dasharray=\"6 3\"");
      g.text(x + 58, yy, null, "lbl small", "its AA zone; fighters' radius");
    }
    g.raw("</g>\n");
    // scale bar: 100 km at the middle latitude
    final double len = p.metres(100_000, p.midLat);
    final double sx = WIDTH - len - 20;
    final double sy = p.height - 20;
    g.raw("<g id=\"scalebar\">\n");
    g.rect(sx - 6, sy - 18, len + 12, 26, "fill=\"#fff\" fill-opacity=\"0.9\"");
    g.rect(sx, sy - 4, len / 2, 5, "fill=\"#000\"");
    g.rect(sx + len / 2, sy - 4, len / 2, 5, "fill=\"#fff\" stroke=\"#000\"");
    g.text(sx, sy - 7, "start", "lbl small", "0");
    g.text(sx + len, sy - 7, "end", "lbl small", "100 km");
    g.raw("</g>\n");
  }

  /** Equirectangular projection of the scenario's bounding box onto the SVG's width. */
  private static final class Proj {
    final double minLat;
    final double minLon;
    final double maxLat;
    final double midLat;
    final double scale;
    final double cos;
    final double height;

    Proj(final double minLat, final double minLon, final double maxLat, final double maxLon) {
      this.minLat = minLat;
      this.minLon = minLon;
      this.maxLat = maxLat;
      midLat = (minLat + maxLat) / 2;
      cos = Math.cos(Math.toRadians(midLat));
      scale = WIDTH / ((maxLon - minLon) * cos);
      height = (maxLat - minLat) * scale;
    }

    double[] xy(final GeoPoint g) {
      return xy(g.latDeg(), g.lonDeg());
    }

    double[] xy(final double lat, final double lon) {
      return new double[] {(lon - minLon) * cos * scale, (maxLat - lat) * scale};
    }

    /** A ground distance as SVG units (north-south, where the projection is true). */
    double metres(final double m, final double lat) {
      return m / 111_320.0 * scale;
    }

    String path(final double[][] lonLat, final String attrs) {
      final StringBuilder sb = new StringBuilder("<path d=\"");
      for (int i = 0; i < lonLat.length; i++) {
        final double[] xy = xy(lonLat[i][1], lonLat[i][0]);
        sb.append(i == 0 ? "M" : "L").append(Svg.n(xy[0])).append(',').append(Svg.n(xy[1]));
      }
      return sb.append("\" ").append(attrs).append("/>\n").toString();
    }
  }
}
