package io.airshield.report;

import io.airshield.assessment.Assessment;
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
    return render(d.scenario(), d.lineOpen(), d.batteries(), null, d.assessment().weakest(), base);
  }

  /**
   * @param s the scenario (reinforced, when there is an overlay)
   * @param lineOpen each rail line's share of time open in scenario order, or empty when not known
   *     (the lines are then drawn plain)
   * @param batteries the AA batteries {lat, lon, radius m, AA unit index} of the scenario
   * @param overlay the units to draw as new, or null
   * @param weakest the assessment's weakest points, worst first, marked and named; or empty
   * @param base the base map
   * @return the SVG element
   */
  static String render(
      final Scenario s,
      final List<Estimate> lineOpen,
      final List<double[]> batteries,
      final Overlay overlay,
      final List<Assessment.WeakPoint> weakest,
      final Basemap base) {
    final Set<String> fresh = overlay == null ? Set.of() : Set.copyOf(overlay.newUnits());
    final double[] b = s.bounds();
    final Proj p = new Proj(b[0], b[1], b[2], b[3]);
    final Map<String, Place> places = new HashMap<>();
    s.places().forEach(pl -> places.put(pl.id(), pl));
    final Svg g = new Svg();
    final Labeller lab = new Labeller(WIDTH, p.height);
    final double[] scale = lineScale(lineOpen);
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
    graticule(g, p);

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

    fighters(g, p, s, places, fresh, lab);

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
    final List<Object[]> lineLabels = new ArrayList<>();
    for (int l = 0; l < s.lines().size(); l++) {
      final RailLine line = s.lines().get(l);
      final double open = l < lineOpen.size() ? lineOpen.get(l).mean() : Double.NaN;
      final String colour = Double.isNaN(open) ? "#555" : colour(open, scale);
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
              + colour
              + "\" stroke-width=\"4\"/></g>\n");
      lineLabels.add(
          new Object[] {
            line,
            line.name()
                + (Double.isNaN(open) ? "" : String.format(Locale.ROOT, " %.0f%%", 100 * open))
          });
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
      } else if (t.kind() == Target.Kind.CITY) {
        // the built-up area to scale (a degree of latitude is 111.2 km), at least a dot's size
        final double[] edge =
            p.xy(new GeoPoint(t.at().latDeg() + t.city().radiusM() / 111_195.0, t.at().lonDeg()));
        g.raw(
            "<g><title>"
                + Svg.esc("City: " + t.name())
                + "</title><circle cx=\""
                + Svg.n(xy[0])
                + "\" cy=\""
                + Svg.n(xy[1])
                + "\" r=\""
                + Svg.n(Math.max(4, Math.abs(edge[1] - xy[1])))
                + "\" fill=\"none\" stroke=\"#000\" stroke-width=\"1.5\""
                + " stroke-dasharray=\"3 2\"/></g>\n");
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
    }
    lab.block(unitBox(g, places, unitsAt, fresh));
    g.raw("</g>\n");
    lab.block(legendBox(p, !lineOpen.isEmpty(), overlay != null));
    lab.block(scaleBox(p));
    labels(g, p, s, places, unitsAt, weakest, lineLabels, lab);
    if (overlay != null) {
      reinforcement(g, p, s, batteries, overlay, places, lab);
    }
    g.raw("</g>\n");
    legend(g, p, !lineOpen.isEmpty(), overlay != null, scale);
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
      final Map<String, Place> places,
      final Labeller lab) {
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
    final List<double[]> boxes = lab.boxes;
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
  private static double[] unitBox(
      final Svg g,
      final Map<String, Place> places,
      final Map<String, List<FighterUnit>> unitsAt,
      final Set<String> fresh) {
    int rows = 0;
    for (List<FighterUnit> us : unitsAt.values()) {
      rows += 1 + us.size();
    }
    if (rows == 0) {
      return null;
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
    return new double[] {x, y0, w, 22 + rows * 11.5};
  }

  /** The legend's frame {x, y, w, h}, bottom left, so labels can keep out of it. */
  private static double[] legendBox(final Proj p, final boolean open, final boolean reinforced) {
    final double h = (open ? 253 : 230) + (reinforced ? 30 : 0);
    return new double[] {10, p.height - h - 10, reinforced ? 210 : 190, h};
  }

  /** The scale bar's frame {x, y, w, h}, bottom right. */
  private static double[] scaleBox(final Proj p) {
    final double len = p.metres(100_000, p.midLat);
    return new double[] {WIDTH - len - 26, p.height - 38, len + 12, 26};
  }

  private static void legend(
      final Svg g,
      final Proj p,
      final boolean open,
      final boolean reinforced,
      final double[] scale) {
    final double[] box = legendBox(p, open, reinforced);
    final double x = box[0];
    final double y = box[1];
    g.raw("<g id=\"legend\">\n");
    g.rect(x, y, box[2], box[3], "fill=\"#fff\" fill-opacity=\"0.92\"" + " stroke=\"#333\"");
    g.text(x + 8, y + 16, null, "lbl b", "Legend");
    double yy = y + 32;
    if (open) {
      g.text(x + 8, yy, null, "lbl small", "Rail line, share of time open:");
      yy += 6;
      final double bw = 150;
      g.raw("<defs><linearGradient id=\"open-scale\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">");
      for (int k = 0; k < RAMP.length; k++) {
        g.raw(
            "<stop offset=\""
                + Svg.n(100.0 * k / (RAMP.length - 1))
                + "%\" stop-color=\""
                + RAMP[k]
                + "\"/>");
      }
      g.raw("</linearGradient></defs>\n");
      g.rect(x + 10, yy, bw, 9, "id=\"open-ramp\" fill=\"url(#open-scale)\" stroke=\"#333\"");
      for (int k = 0; k <= 2; k++) {
        final double v = scale[0] + (scale[1] - scale[0]) * k / 2;
        g.line(x + 10 + bw * k / 2, yy + 9, x + 10 + bw * k / 2, yy + 12, "stroke=\"#333\"");
        g.text(
            x + 10 + bw * k / 2,
            yy + 22,
            k == 0 ? "start" : k == 2 ? "end" : "middle",
            "lbl small",
            Num.of(100 * v, 0) + "%");
      }
      yy += 38;
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
    g.circle(x + 30, yy - 4, 6.5, "fill=\"#b2182b\" stroke=\"#fff\" stroke-width=\"1.5\"");
    g.text(x + 30, yy - 0.5, "middle", "lbl small wk-n", "1");
    g.text(x + 58, yy, null, "lbl small", "weakest point, worst first");
    yy += 15;
    g.line(
        x + 10,
        yy - 4,
        x + 50,
        yy - 4,
        "stroke=\"" + FIGHTER + "\" stroke-width=\"1.2\" stroke-dasharray=\"10 3 2 3\"");
    g.text(x + 58, yy, null, "lbl small", "fighters' combat radius");
    yy += 15;
    patrolMark(g, x + 30, yy - 4);
    g.text(x + 58, yy, null, "lbl small", "standing patrol point");
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
    final double sx = scaleBox(p)[0] + 6;
    final double sy = p.height - 20;
    g.raw("<g id=\"scalebar\">\n");
    g.rect(sx - 6, sy - 18, len + 12, 26, "fill=\"#fff\" fill-opacity=\"0.9\"");
    g.rect(sx, sy - 4, len / 2, 5, "fill=\"#000\"");
    g.rect(sx + len / 2, sy - 4, len / 2, 5, "fill=\"#fff\" stroke=\"#000\"");
    g.text(sx, sy - 7, "start", "lbl small", "0");
    g.text(sx + len, sy - 7, "end", "lbl small", "100 km");
    g.raw("</g>\n");
  }

  /**
   * The colour ramp of the rail lines, worst to best (ColorBrewer RdYlBu, 5 classes, reversed for
   * the blue end so that the worst line stays red and the ramp reads for red-green colour blind
   * readers).
   */
  static final String[] RAMP = {"#d7191c", "#fdae61", "#e6d96a", "#abd9e9", "#2c7bb6"};

  /** The colour of the existing fighters' radii and patrols. */
  static final String FIGHTER = "#1b7837";

  /**
   * The span the line colours cover: the lines' own lowest and highest share of time open, widened
   * outward to whole 5% steps and to at least 10 points, so that lines that differ by a few points
   * still get colours a reader can tell apart (a fixed 0-100% scale made every line of the 1951
   * campaign the same red).
   *
   * @param open each line's share of time open
   * @return {low, high} of the scale (fractions)
   */
  static double[] lineScale(final List<Estimate> open) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Estimate e : open) {
      if (!Double.isNaN(e.mean())) {
        lo = Math.min(lo, e.mean());
        hi = Math.max(hi, e.mean());
      }
    }
    if (lo > hi) {
      return new double[] {0, 1};
    }
    lo = Math.max(0, Math.floor(lo * 20) / 20);
    hi = Math.min(1, Math.ceil(hi * 20) / 20);
    if (hi - lo < 0.1) {
      if (hi >= 1) {
        lo = hi - 0.1;
      } else {
        hi = Math.min(1, lo + 0.1);
        lo = hi - 0.1;
      }
    }
    return new double[] {lo, hi};
  }

  /**
   * @param open a share of time open
   * @param scale the span of {@link #lineScale}
   * @return its colour on the ramp, interpolated in RGB
   */
  static String colour(final double open, final double[] scale) {
    final double t =
        Math.max(0, Math.min(1, (open - scale[0]) / Math.max(1e-9, scale[1] - scale[0])));
    final double f = t * (RAMP.length - 1);
    final int k = Math.min(RAMP.length - 2, (int) Math.floor(f));
    final double u = f - k;
    final int a = Integer.parseInt(RAMP[k].substring(1), 16);
    final int b = Integer.parseInt(RAMP[k + 1].substring(1), 16);
    int rgb = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      final int ca = (a >> shift) & 0xff;
      final int cb = (b >> shift) & 0xff;
      rgb |= ((int) Math.round(ca + (cb - ca) * u)) << shift;
    }
    return String.format(Locale.ROOT, "#%06x", rgb);
  }

  /**
   * Parallels and meridians every degree (every half degree on a small map), labelled at the left
   * and top edges, so a reader can find a place on any other map.
   */
  private static void graticule(final Svg g, final Proj p) {
    final double spanLon = WIDTH / (p.cos * p.scale);
    final double step = spanLon > 4 ? 1 : 0.5;
    final double maxLon = p.minLon + spanLon;
    g.raw("<g id=\"layer-graticule\" class=\"layer\">\n");
    for (double lat = Math.ceil(p.minLat / step) * step; lat <= p.maxLat; lat += step) {
      final double y = p.xy(lat, p.minLon)[1];
      g.line(0, y, WIDTH, y, "stroke=\"#8aa\" stroke-width=\"0.5\" stroke-opacity=\"0.7\"");
      g.text(3, y - 2, null, "lbl small grat", deg(lat, "N", "S"));
    }
    for (double lon = Math.ceil(p.minLon / step) * step; lon <= maxLon; lon += step) {
      final double x = p.xy(p.maxLat, lon)[0];
      g.line(x, 0, x, p.height, "stroke=\"#8aa\" stroke-width=\"0.5\" stroke-opacity=\"0.7\"");
      g.text(x + 2, 10, null, "lbl small grat", deg(lon, "E", "W"));
    }
    g.raw("</g>\n");
  }

  private static String deg(final double v, final String pos, final String neg) {
    final double a = Math.abs(v);
    final String s =
        a == Math.floor(a)
            ? String.format(Locale.ROOT, "%.0f°", a)
            : String.format(Locale.ROOT, "%.0f°30′", Math.floor(a));
    return s + (v >= 0 ? pos : neg);
  }

  /**
   * The existing fighters' reach: for each airfield and aircraft type, a ring of the type's combat
   * radius (the reach the model gives an interception), and a mark over each place a unit keeps a
   * standing patrol. A plan's new units are drawn with the reinforcement instead.
   */
  private static void fighters(
      final Svg g,
      final Proj p,
      final Scenario s,
      final Map<String, Place> places,
      final Set<String> fresh,
      final Labeller lab) {
    final Map<String, AircraftType> types = new HashMap<>();
    s.aircraftTypes().forEach(t -> types.put(t.id(), t));
    g.raw("<g id=\"layer-fighters\" class=\"layer\">\n");
    final Map<String, List<String>> rings = new LinkedHashMap<>();
    final Map<String, List<String>> patrols = new LinkedHashMap<>();
    for (FighterUnit f : s.fighterUnits()) {
      if (fresh.contains(f.id()) || !places.containsKey(f.baseId())) {
        continue;
      }
      if (types.containsKey(f.typeId())) {
        rings.computeIfAbsent(f.baseId() + "\n" + f.typeId(), k -> new ArrayList<>()).add(f.name());
      }
      if (!f.patrolPlaceId().isEmpty() && places.containsKey(f.patrolPlaceId())) {
        patrols.computeIfAbsent(f.patrolPlaceId(), k -> new ArrayList<>()).add(f.name());
      }
    }
    for (Map.Entry<String, List<String>> e : rings.entrySet()) {
      final String[] k = e.getKey().split("\n", 2);
      final Place base = places.get(k[0]);
      final AircraftType t = types.get(k[1]);
      final double[] xy = p.xy(base.at());
      g.raw(
          "<g class=\"radius\"><title>"
              + Svg.esc(
                  String.join(", ", e.getValue())
                      + " ("
                      + t.name()
                      + ") from "
                      + base.name()
                      + ": combat radius "
                      + Math.round(t.combatRadiusM() / 1000)
                      + " km")
              + "</title>");
      g.circle(
          xy[0],
          xy[1],
          p.metres(t.combatRadiusM(), base.at().latDeg()),
          "fill=\"none\" stroke=\""
              + FIGHTER
              + "\" stroke-width=\"1.2\" stroke-opacity=\"0.8\""
              + " stroke-dasharray=\"10 3 2 3\"");
      g.raw("</g>\n");
    }
    for (Map.Entry<String, List<String>> e : patrols.entrySet()) {
      final Place pl = places.get(e.getKey());
      final double[] xy = p.xy(pl.at());
      g.raw(
          "<g class=\"patrol\" data-place=\""
              + Svg.esc(pl.id())
              + "\"><title>"
              + Svg.esc(
                  "Standing patrol over " + pl.name() + ": " + String.join(", ", e.getValue()))
              + "</title>");
      patrolMark(g, xy[0], xy[1] - 12);
      g.raw("</g>\n");
      lab.block(new double[] {xy[0] - 7, xy[1] - 19, 14, 14});
    }
    g.raw("</g>\n");
  }

  /** A patrol mark: a small racetrack (the orbit a patrol flies) centred on (x, y). */
  private static void patrolMark(final Svg g, final double x, final double y) {
    g.rect(
        x - 6,
        y - 3.5,
        12,
        7,
        "rx=\"3.5\" fill=\"#fff\" stroke=\"" + FIGHTER + "\" stroke-width=\"1.8\"");
  }

  /**
   * Names on the map: the weakest points first (numbered red marks), then the rail lines, the key
   * points (bridges, junctions, airfields as targets) and every place. Each label goes where it
   * collides with no other label, no symbol and no box (see {@link Labeller}).
   */
  private static void labels(
      final Svg g,
      final Proj p,
      final Scenario s,
      final Map<String, Place> places,
      final Map<String, List<FighterUnit>> unitsAt,
      final List<Assessment.WeakPoint> weakest,
      final List<Object[]> lineLabels,
      final Labeller lab) {
    final Map<String, Target> targets = new LinkedHashMap<>();
    s.targets().forEach(t -> targets.put(t.id(), t));
    // symbols first, so no label hides one
    for (Place pl : s.places()) {
      final double[] xy = p.xy(pl.at());
      lab.block(new double[] {xy[0] - 6, xy[1] - 7, 12, 14});
    }
    for (Target t : s.targets()) {
      if (t.kind() != Target.Kind.TRACK) {
        final double[] xy = p.xy(t.at());
        lab.block(new double[] {xy[0] - 5, xy[1] - 5, 10, 10});
      }
    }
    final Set<String> named = new LinkedHashSet<>();
    g.raw("<g id=\"layer-weakest\" class=\"layer\">\n");
    int rank = 1;
    final List<Object[]> weakLabels = new ArrayList<>();
    for (Assessment.WeakPoint w : weakest) {
      final Target t = targets.get(w.targetId());
      if (t == null) {
        rank++;
        continue;
      }
      final double[] xy = p.xy(t.at());
      g.raw(
          "<g class=\"weak\" data-target=\""
              + Svg.esc(t.id())
              + "\" data-rank=\""
              + rank
              + "\"><title>"
              + Svg.esc("Weakest point " + rank + ": " + w.name() + ". " + w.reason())
              + "</title>");
      g.circle(xy[0], xy[1], 8, "fill=\"#b2182b\" stroke=\"#fff\" stroke-width=\"1.5\"");
      g.text(xy[0], xy[1] + 3.5, "middle", "lbl small wk-n", Integer.toString(rank));
      g.raw("</g>\n");
      lab.block(new double[] {xy[0] - 9, xy[1] - 9, 18, 18});
      weakLabels.add(new Object[] {xy, rank + ". " + w.name()});
      named.add(t.id());
      if (!t.placeId().isEmpty()) {
        named.add("place:" + t.placeId());
      }
      rank++;
    }
    g.raw("</g>\n");
    g.raw("<g id=\"layer-labels\" class=\"layer\">\n");
    for (Object[] wl : weakLabels) {
      lab.place(g, (double[]) wl[0], 9, (String) wl[1], "lbl small b halo weak-lbl", 6.4);
    }
    for (Object[] ll : lineLabels) {
      final RailLine line = (RailLine) ll[0];
      final double[] a = p.xy(places.get(line.nodes().get((line.nodes().size() - 1) / 2)).at());
      final double[] b = p.xy(places.get(line.nodes().get(line.nodes().size() / 2 + 0)).at());
      final double[] mid =
          line.nodes().size() % 2 == 0 ? new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2} : b;
      lab.place(g, mid, 3, (String) ll[1], "lbl small b halo rail-lbl", 6.4);
    }
    for (Target t : s.targets()) {
      if (t.kind() == Target.Kind.TRACK || named.contains(t.id())) {
        continue;
      }
      final Place at = t.placeId().isEmpty() ? null : places.get(t.placeId());
      if (t.kind() == Target.Kind.AIRFIELD && at != null) {
        continue; // the airfield is named as a place
      }
      if (at != null) {
        named.add("place:" + at.id());
      }
      lab.place(g, p.xy(t.at()), 5, t.name(), "lbl small halo kp-lbl", 5.6);
    }
    for (Place pl : s.places()) {
      if (named.contains("place:" + pl.id())) {
        continue;
      }
      final int n = unitsAt.getOrDefault(pl.id(), List.of()).size();
      final String cls =
          pl.kind() == Place.Kind.ENTRY
              ? "lbl small halo entry-lbl"
              : n > 0 ? "lbl small b halo place-lbl" : "lbl small halo place-lbl";
      final String text =
          pl.kind() == Place.Kind.ENTRY
              ? "Enemy entry: " + pl.name()
              : pl.name() + (n > 0 ? " (" + n + ")" : "");
      lab.place(g, p.xy(pl.at()), 7, text, cls, n > 0 ? 6.4 : 5.6);
    }
    g.raw("</g>\n");
  }

  /**
   * Greedy label placement without collisions: each label tries eight positions around its point
   * (right, left, the diagonals, above, below), first touching the symbol, then stepping outward
   * with a leader line, and takes the first whose box lies in the frame and overlaps no box placed
   * before (labels, symbols, the legend). Labels placed earlier win, so the caller places the most
   * important first. The widths are estimates from the font size (no font metrics in the core),
   * kept generous so real glyphs fit; the browser test measures the drawn boxes.
   */
  static final class Labeller {
    final List<double[]> boxes = new ArrayList<>();
    private final double width;
    private final double height;

    Labeller(final double width, final double height) {
      this.width = width;
      this.height = height;
    }

    void block(final double[] box) {
      if (box != null) {
        boxes.add(box);
      }
    }

    boolean free(final double x, final double y, final double w, final double h) {
      if (x < 1 || y < 1 || x + w > width - 1 || y + h > height - 1) {
        return false;
      }
      for (double[] b : boxes) {
        if (x < b[0] + b[2] && b[0] < x + w && y < b[1] + b[3] && b[1] < y + h) {
          return false;
        }
      }
      return true;
    }

    /**
     * @param g where to draw
     * @param xy the point named
     * @param r the radius of its symbol
     * @param text the label
     * @param cls its CSS classes
     * @param charW the estimated width of a character (SVG units)
     */
    void place(
        final Svg g,
        final double[] xy,
        final double r,
        final String text,
        final String cls,
        final double charW) {
      final double w = charW * text.length() + 4;
      final double h = 12;
      final double[][] dirs = {
        {1, 0}, {-1, 0}, {0.7, -0.7}, {0.7, 0.7}, {-0.7, -0.7}, {-0.7, 0.7}, {0, -1}, {0, 1}
      };
      for (int k = 0; k < 12; k++) {
        final double d = r + 2 + k * 11;
        for (double[] dir : dirs) {
          final double cx = xy[0] + dir[0] * d;
          final double cy = xy[1] + dir[1] * d;
          final double x = dir[0] > 0.1 ? cx : dir[0] < -0.1 ? cx - w : cx - w / 2;
          final double y = dir[1] > 0.1 ? cy : dir[1] < -0.1 ? cy - h : cy - h / 2;
          if (free(x, y, w, h)) {
            boxes.add(new double[] {x, y, w, h});
            if (k > 0) {
              final double lx = Math.max(x, Math.min(xy[0], x + w));
              final double ly = Math.max(y, Math.min(xy[1], y + h));
              g.line(
                  xy[0] + dir[0] * r,
                  xy[1] + dir[1] * r,
                  lx,
                  ly,
                  "class=\"leader\" stroke=\"#666\" stroke-width=\"0.7\"");
            }
            g.text(x + 2, y + h - 2.5, null, cls, text);
            return;
          }
        }
      }
      // no free place within reach: right of the point, even if it overlaps (never dropped)
      boxes.add(new double[] {xy[0] + r + 2, xy[1] - h / 2, w, h});
      g.text(xy[0] + r + 4, xy[1] + h / 2 - 2.5, null, cls + " crowded", text);
    }
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
