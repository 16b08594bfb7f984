package io.airshield.scenario;

import io.airshield.domain.AaUnit;
import io.airshield.domain.AircraftType;
import io.airshield.domain.CommandPost;
import io.airshield.domain.EstimateRange;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.GeoPoint;
import io.airshield.domain.GunType;
import io.airshield.domain.Mission;
import io.airshield.domain.ModelParameter;
import io.airshield.domain.ModelParameters;
import io.airshield.domain.Place;
import io.airshield.domain.Question;
import io.airshield.domain.Radar;
import io.airshield.domain.RailLine;
import io.airshield.domain.RepairForce;
import io.airshield.domain.Scenario;
import io.airshield.domain.Target;
import io.airshield.domain.Weather;
import io.airshield.domain.WeatherRegion;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a scenario file into a {@link Scenario}, reporting every problem at once: syntax, types,
 * units, ranges, unknown fields, dangling references, dates outside the period and places outside
 * the theatre. The format is documented in {@code docs/scenario-format.md} and described by the
 * JSON Schema {@code scenario.schema.json} ({@code airshield schema}).
 */
public final class ScenarioReader {
  /** The format marker a scenario file may carry in its {@code format} field. */
  public static final String FORMAT = "airshield-scenario/1";

  private final Problems problems;
  private final List<Runnable> checks = new ArrayList<>();
  private final Map<String, Place> places = new LinkedHashMap<>();
  private final Map<String, Fields.Located> placeRefs = new LinkedHashMap<>();

  private ScenarioReader(final String file) {
    this.problems = new Problems(file);
  }

  /**
   * @param file the file name for messages
   * @param bytes the file's content
   * @return the scenario
   * @throws InputException listing every problem found
   */
  public static Scenario read(final String file, final byte[] bytes) {
    final Node root = SourceTree.parse(file, bytes, ReadLimits.DEFAULT);
    return new ScenarioReader(file).bind(root);
  }

  /**
   * Reads a scenario with some of its numbers replaced, as a study's design point asks: each key is
   * a dotted field path of the kind the {@code estimates} section names ({@link #resolve}), each
   * value the number to put there in the field's file unit (rounded when the file gives a whole
   * number). The result is validated like the file itself, so a value outside the field's legal
   * range is reported at the field; the {@code estimates} entries of the replaced fields are
   * dropped, since a study may sweep beyond them.
   *
   * @param file the file name for messages
   * @param bytes the file's content
   * @param values field path to value, applied in order
   * @return the scenario
   * @throws InputException listing every problem found, including a path that names no number
   */
  public static Scenario readWith(
      final String file, final byte[] bytes, final Map<String, Double> values) {
    Node root = SourceTree.parse(file, bytes, ReadLimits.DEFAULT);
    final Problems problems = new Problems(file);
    for (Map.Entry<String, Double> e : values.entrySet()) {
      final Node n = resolve(root, e.getKey());
      if (!(n instanceof Node.Scalar sc) || sc.kind() != Node.Kind.NUMBER) {
        problems.add(
            1, 1, e.getKey(), "unknown field \"" + e.getKey() + "\": it names no number", "");
        continue;
      }
      final double v = e.getValue();
      final boolean whole = sc.text().trim().matches("[-+]?[0-9]+");
      final String text = whole ? Long.toString(Math.round(v)) : Double.toString(v);
      root =
          replace(
              root,
              e.getKey().split("\\.", -1),
              0,
              new Node.Scalar(sc.line(), sc.column(), text, Node.Kind.NUMBER));
    }
    problems.throwIfAny();
    return new ScenarioReader(file).bind(withoutEstimatesOf(root, values.keySet()));
  }

  /**
   * The tree without the {@code estimates} entries of the replaced fields: a study may sweep a
   * field beyond the range the scenario gives it, which the entry's own check would refuse.
   */
  private static Node withoutEstimatesOf(final Node root, final java.util.Set<String> fields) {
    if (!(root instanceof Node.MapNode m)
        || !(m.entries().get("estimates") instanceof Node.ListNode l)) {
      return root;
    }
    final List<Node> kept = new ArrayList<>();
    for (Node item : l.items()) {
      if (!(item instanceof Node.MapNode im
          && im.entries().get("field") instanceof Node.Scalar sc
          && fields.contains(sc.text()))) {
        kept.add(item);
      }
    }
    final Map<String, Node> entries = new LinkedHashMap<>(m.entries());
    entries.put("estimates", new Node.ListNode(l.line(), l.column(), kept));
    return new Node.MapNode(m.line(), m.column(), entries, m.keyPositions());
  }

  /** A copy of the tree with the node at the path (as {@link #resolve} finds it) replaced. */
  private static Node replace(
      final Node n, final String[] path, final int i, final Node.Scalar value) {
    if (i == path.length) {
      return value;
    }
    if (n instanceof Node.MapNode m) {
      final Map<String, Node> entries = new LinkedHashMap<>(m.entries());
      entries.put(path[i], replace(m.entries().get(path[i]), path, i + 1, value));
      return new Node.MapNode(m.line(), m.column(), entries, m.keyPositions());
    }
    final Node.ListNode l = (Node.ListNode) n;
    int found = -1;
    for (int j = 0; j < l.items().size(); j++) {
      if (l.items().get(j) instanceof Node.MapNode m) {
        for (String key : List.of("id", "type", "target")) {
          if (m.entries().get(key) instanceof Node.Scalar sc && sc.text().equals(path[i])) {
            found = j;
          }
        }
      }
    }
    final List<Node> items = new ArrayList<>(l.items());
    items.set(found, replace(items.get(found), path, i + 1, value));
    return new Node.ListNode(l.line(), l.column(), items);
  }

  private Scenario bind(final Node root) {
    final Fields f = Fields.root(root, problems);
    final String format = f.text("format", FORMAT);
    if (!format.equals(FORMAT)) {
      f.error("format", "unknown format \"" + format + "\"", "Maybe " + FORMAT + "?");
    }
    final String id = f.text("id");
    final String title = f.text("title", id);
    final String description = f.text("description", "");
    final Fields period = f.map("period");
    final LocalDate start = period.date("start");
    final LocalDate end = period.date("end");
    final double offsetH = period.num("utcOffsetHours", Unit.NONE, -12, 14, 0);
    period.end();
    if (start != null && end != null && end.isBefore(start)) {
      period.error("end", "the period ends before it starts (" + start + ")", "");
    }
    if (start != null && end != null && end.toEpochDay() - start.toEpochDay() > 3660) {
      period.error("end", "the period is longer than ten years", "");
    }
    final Fields th = f.map("theatre");
    final double[] bounds = {
      th.num("minLat", Unit.DEG, -90, 90), th.num("minLon", Unit.DEG, -180, 180),
      th.num("maxLat", Unit.DEG, -90, 90), th.num("maxLon", Unit.DEG, -180, 180)
    };
    th.end();
    // each inverted pair is reported at its own field (a longitude was reported at maxLat)
    if (bounds[2] <= bounds[0]) {
      th.error("maxLat", "the theatre's maximum must exceed its minimum (minLat)", "");
    }
    if (bounds[3] <= bounds[1]) {
      th.error(
          "maxLon",
          "the theatre's maximum must exceed its minimum (minLon)",
          "Maybe the two are swapped, or west of 180 is given as positive.");
    }
    final Map<String, String> sources = new LinkedHashMap<>();
    for (Fields s : f.maps("sources", false)) {
      sources.put(s.text("tag"), s.text("text"));
      s.end();
    }

    // a period or theatre that is wrong is reported once, not again at every date or place
    // checked against it
    final Period p =
        new Period(
            start,
            end,
            bounds,
            start != null && end != null && !end.isBefore(start),
            bounds[2] > bounds[0] && bounds[3] > bounds[1]);
    final Registry<Place> placeReg =
        new Registry<>("place", f.maps("places", true), this::place, Place::id);
    placeReg.items.forEach(pl -> places.put(pl.id(), pl));
    if (placeReg.items.isEmpty() && f.isList("places")) {
      // the engine draws its map around the places: a scenario without one cannot run
      f.error("places", "a scenario needs at least one place", "Maybe add an airfield.");
    }
    placeReg.located.forEach(
        (pid, node) -> {
          final Place pl = places.get(pid);
          if (pl != null && !p.inside(pl.at())) {
            problems.add(
                node.node(),
                node.path(),
                "place "
                    + pid
                    + " at "
                    + pl.at().latDeg()
                    + ", "
                    + pl.at().lonDeg()
                    + " lies outside the theatre",
                "Maybe widen theatre or check the" + " sign of lat/lon.");
          }
        });
    final Registry<RailLine> lines =
        new Registry<>("rail line", f.maps("railLines", true), this::line, RailLine::id);
    final Registry<Target> targets =
        new Registry<>("target", f.maps("targets", true), fl -> target(fl, lines), Target::id);
    final Registry<WeatherRegion> regions =
        new Registry<>("weather region", f.maps("weather", true), this::region, WeatherRegion::id);
    final Registry<AircraftType> types =
        new Registry<>(
            "aircraft type", f.maps("aircraftTypes", true), this::aircraftType, AircraftType::id);
    final Registry<CommandPost> posts =
        new Registry<>(
            "command post", f.maps("commandPosts", true), this::commandPost, CommandPost::id);
    final Registry<Radar> radars =
        new Registry<>("radar", f.maps("radars", false), fl -> radar(fl, posts), Radar::id);
    final Registry<FighterUnit> units =
        new Registry<>(
            "fighter unit",
            f.maps("fighterUnits", false),
            fl -> fighterUnit(fl, types, posts, p),
            FighterUnit::id);
    final Registry<GunType> guns =
        new Registry<>("gun type", f.maps("gunTypes", false), this::gunType, GunType::id);
    final Registry<AaUnit> aa =
        new Registry<>(
            "AA unit",
            f.maps("aaUnits", false),
            fl -> aaUnit(fl, guns, p, lines, targets),
            AaUnit::id);
    final Fields rf = f.map("repair");
    final RepairForce repair =
        new RepairForce(rf.integer("crews", 0, 100_000), rf.text("source", ""));
    rf.end();
    final Registry<Mission> missions =
        new Registry<>(
            "mission", f.maps("missions", true), fl -> mission(fl, types, targets, p), Mission::id);
    final Question question = f.choice("question", Question.class, Question.SUPPLY);
    final List<EstimateRange> estimates = new ArrayList<>();
    for (Fields e : f.maps("estimates", false)) {
      estimates.add(estimate(e, f.node()));
      e.end();
    }
    final ModelParameters parameters = constants(f.maps("constants", false));
    f.end();
    for (Runnable c : checks) {
      c.run();
    }
    problems.throwIfAny();
    return new Scenario(
        id,
        title,
        description,
        start,
        end,
        ZoneOffset.ofTotalSeconds((int) Math.round(offsetH * 3600)),
        bounds,
        sources,
        placeReg.items,
        lines.items,
        targets.items,
        regions.items,
        types.items,
        posts.items,
        radars.items,
        units.items,
        guns.items,
        aa.items,
        repair,
        missions.items,
        estimates,
        parameters,
        question);
  }

  /**
   * The {@code constants} section: overrides of the model's parameters ({@link ModelParameter}),
   * each a known name and a value within the parameter's legal values, each name at most once.
   */
  private ModelParameters constants(final List<Fields> entries) {
    ModelParameters values = ModelParameters.defaults();
    final Map<ModelParameter, Integer> seen = new LinkedHashMap<>();
    final List<String> keys = new ArrayList<>();
    for (ModelParameter p : ModelParameter.values()) {
      keys.add(p.key());
    }
    for (Fields c : entries) {
      final String name = c.text("name");
      final ModelParameter p = ModelParameter.byKey(name).orElse(null);
      if (p == null) {
        if (!name.isEmpty()) {
          c.error(
              "name",
              "unknown model constant \"" + name + "\"",
              Fields.nearest(name, keys)
                  .map(m -> "Maybe " + m + "? (airshield factors lists them)")
                  .orElse("airshield factors lists them."));
        }
        c.num("value", Unit.NONE, -1e12, 1e12);
      } else if (seen.containsKey(p)) {
        c.error(
            "name",
            "model constant " + name + " is set twice (first at line " + seen.get(p) + ")",
            "");
        c.num("value", Unit.NONE, -1e12, 1e12);
      } else {
        seen.put(p, c.at("name").line());
        final double v =
            p.integer()
                ? c.integer("value", (int) p.legalMin(), (int) p.legalMax())
                : c.num("value", Unit.NONE, p.legalMin(), p.legalMax());
        if (!Double.isNaN(v)) {
          values = values.with(p, v);
        }
      }
      c.end();
    }
    if (values.get(ModelParameter.DA_DELAY_MIN) > values.get(ModelParameter.DA_DELAY_MAX)) {
      problems.add(
          entries.get(0).node(),
          entries.get(0).path(),
          "daDelayMinH "
              + values.get(ModelParameter.DA_DELAY_MIN)
              + " exceeds daDelayMaxH "
              + values.get(ModelParameter.DA_DELAY_MAX),
          "Maybe swap the two.");
    }
    return values;
  }

  /** The period and theatre, for checks of dates and positions. */
  /**
   * The period and the theatre, to check dates and places against; a check against one that is
   * missing or wrong (reported already) passes.
   */
  private record Period(
      LocalDate start, LocalDate end, double[] bounds, boolean datesValid, boolean boundsValid) {
    boolean inside(final GeoPoint g) {
      return !boundsValid
          || Double.isNaN(bounds[0])
          || g.latDeg() >= bounds[0]
              && g.lonDeg() >= bounds[1]
              && g.latDeg() <= bounds[2]
              && g.lonDeg() <= bounds[3];
    }

    boolean contains(final LocalDate d) {
      return !datesValid || !d.isBefore(start) && !d.isAfter(end);
    }
  }

  /** Items of one kind with unique ids, and deferred checks of references to them. */
  private final class Registry<T> {
    final String kind;
    final List<T> items = new ArrayList<>();
    final Map<String, Fields.Located> located = new LinkedHashMap<>();

    Registry(
        final String kind,
        final List<Fields> list,
        final Function<Fields, T> reader,
        final Function<T, String> idOf) {
      this.kind = kind;
      for (Fields fl : list) {
        final T item = reader.apply(fl);
        final String itemId = idOf.apply(item);
        final Fields.Located where = new Fields.Located(itemId, fl.at("id"), fl.pathOf("id"));
        if (located.containsKey(itemId)) {
          problems.add(
              fl.at("id"),
              fl.pathOf("id"),
              "duplicate "
                  + kind
                  + " id \""
                  + itemId
                  + "\" (first at line "
                  + located.get(itemId).node().line()
                  + ")",
              "");
          continue;
        }
        located.put(itemId, where);
        items.add(item);
        fl.end();
      }
    }

    /** Checks, once every item is read, that {@code ref} names an item of this kind. */
    void check(final Fields.Located ref) {
      if (ref == null) {
        return;
      }
      checks.add(
          () -> {
            if (!located.containsKey(ref.value())) {
              problems.add(
                  ref.node(),
                  ref.path(),
                  "unknown " + kind + " \"" + ref.value() + "\"",
                  Fields.nearest(ref.value(), located.keySet())
                      .map(m -> "Maybe " + m + "?")
                      .orElse(
                          located.isEmpty()
                              ? "No " + kind + " is defined."
                              : "Known: " + String.join(", ", located.keySet())));
            }
          });
    }
  }

  /**
   * One entry of the {@code estimates} section: the field it names must hold a number in the file,
   * and the range must contain that number.
   */
  private EstimateRange estimate(final Fields e, final Node root) {
    final String field = e.text("field");
    final double low = e.num("low", Unit.NONE, -1e12, 1e12);
    final double high = e.num("high", Unit.NONE, -1e12, 1e12);
    final String why = source(e);
    double value = Double.NaN;
    final Node n = field.isEmpty() ? null : resolve(root, field);
    if (!field.isEmpty()) {
      if (!(n instanceof Node.Scalar sc) || sc.kind() != Node.Kind.NUMBER) {
        e.error(
            "field",
            "unknown field \"" + field + "\": it names no number of this scenario",
            "Write SECTION.ID.FIELD, e.g. gunTypes.g37mm-61k.roundsPerKill.");
      } else {
        try {
          value = Double.parseDouble(sc.text());
        } catch (NumberFormatException x) {
          value = Double.NaN;
        }
        if (high < low) {
          e.error("high", "high " + high + " lies below low " + low, "");
        } else if (value < low || value > high) {
          e.error(
              "low",
              "the range ["
                  + low
                  + ", "
                  + high
                  + "] does not contain the value "
                  + value
                  + " that "
                  + field
                  + " has",
              "");
        }
      }
    }
    return new EstimateRange(field, low, high, value, why);
  }

  /**
   * The node a dotted path names: a map's key, or in a list the item whose id (or gun type, or
   * target) is the step; null if none.
   */
  private static Node resolve(final Node root, final String path) {
    Node n = root;
    for (String step : path.split("\\.", -1)) {
      if (n instanceof Node.MapNode m) {
        n = m.entries().get(step);
      } else if (n instanceof Node.ListNode l) {
        Node found = null;
        for (Node item : l.items()) {
          if (item instanceof Node.MapNode m) {
            for (String key : List.of("id", "type", "target")) {
              if (m.entries().get(key) instanceof Node.Scalar sc && sc.text().equals(step)) {
                found = item;
              }
            }
          }
        }
        n = found;
      } else {
        return null;
      }
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  private String source(final Fields f) {
    return f.text("source", "");
  }

  private GeoPoint position(final Fields f, final boolean placeAllowed) {
    if (f.has("lat") || f.has("lon") || !placeAllowed) {
      return new GeoPoint(f.num("lat", Unit.DEG, -90, 90), f.num("lon", Unit.DEG, -180, 180));
    }
    return null;
  }

  private Place place(final Fields f) {
    return new Place(
        f.text("id"),
        f.text("name", f.text("id")),
        f.choice("kind", Place.Kind.class, null),
        position(f, false),
        source(f));
  }

  /** A position given as a place reference or as lat/lon; resolved after the places. */
  private GeoPoint placeOrPosition(final Fields f, final String key, final boolean required) {
    final GeoPoint own = position(f, true);
    final Fields.Located ref = f.ref(key, required && own == null);
    if (ref != null) {
      placeRefs.put(ref.path(), ref);
      final Place pl = places.get(ref.value());
      if (pl == null) {
        unknownPlace(ref);
        return own == null ? new GeoPoint(Double.NaN, Double.NaN) : own;
      }
      return own == null ? pl.at() : own;
    }
    return own == null ? new GeoPoint(Double.NaN, Double.NaN) : own;
  }

  private void unknownPlace(final Fields.Located ref) {
    if (ref.value().isEmpty()) {
      return;
    }
    problems.add(
        ref.node(),
        ref.path(),
        "unknown place \"" + ref.value() + "\"",
        Fields.nearest(ref.value(), places.keySet()).map(m -> "Maybe " + m + "?").orElse(""));
  }

  private Place placeRef(final Fields f, final String key, final Place.Kind kind) {
    final Fields.Located ref = f.ref(key, true);
    final Place pl = places.get(ref.value());
    if (pl == null) {
      unknownPlace(ref);
    } else if (kind != null && pl.kind() != kind) {
      problems.add(
          ref.node(),
          ref.path(),
          "place \""
              + ref.value()
              + "\" is "
              + Fields.fileName(pl.kind())
              + ", expected "
              + Fields.fileName(kind),
          "");
    }
    return pl;
  }

  private RailLine line(final Fields f) {
    final List<String> nodes = new ArrayList<>();
    for (Fields.Located n : f.texts("nodes", true)) {
      if (!places.containsKey(n.value())) {
        unknownPlace(n);
      }
      nodes.add(n.value());
    }
    if (nodes.size() < 2 && f.isList("nodes")) {
      f.error("nodes", "a rail line needs at least two nodes", "");
    }
    return new RailLine(
        f.text("id"),
        f.text("name", f.text("id")),
        nodes,
        f.num("capacityTonsPerDay", Unit.TONS, 0, 1e6),
        source(f));
  }

  private Target target(final Fields f, final Registry<RailLine> lines) {
    final Fields.Located placeRef = f.ref("place", false);
    GeoPoint at = position(f, true);
    String placeId = "";
    if (placeRef != null) {
      placeId = placeRef.value();
      final Place pl = places.get(placeId);
      if (pl == null) {
        unknownPlace(placeRef);
      } else if (at == null) {
        at = pl.at();
      }
    } else if (at == null) {
      f.error("place", "a target needs a place or lat and lon", "");
    }
    final Fields.Located lineRef = f.ref("line", false);
    lines.check(lineRef);
    final Target.Kind kind = f.choice("kind", Target.Kind.class, null);
    if (lineRef == null && (kind == Target.Kind.TRACK || kind == Target.Kind.BRIDGE)) {
      f.error("line", "a " + Fields.fileName(kind) + " target needs the rail line it cuts", "");
    }
    LocalDate usableFrom = null;
    if (f.has("usableFrom")) {
      usableFrom = f.date("usableFrom", null);
    }
    final Target.City city = city(f, kind, lineRef);
    return new Target(
        f.text("id"),
        f.text("name", f.text("id")),
        kind,
        at == null ? new GeoPoint(Double.NaN, Double.NaN) : at,
        placeId,
        lineRef == null ? "" : lineRef.value(),
        f.integer("hitsToClose", 1, 1000, 1),
        kind == Target.Kind.CITY
            ? f.num("repairHoursPerHit", Unit.H, 0, 24 * 365, 0)
            : f.num("repairHoursPerHit", Unit.H, 0, 24 * 365),
        source(f),
        usableFrom,
        f.num("bypassPct", Unit.PERCENT, 0, 100, 0),
        city);
  }

  /** The fields only a city target has: required for one, a problem on any other. */
  private static final List<String> CITY_FIELDS = List.of("value", "radiusKm", "hitAreaKm2");

  private static Target.City city(
      final Fields f, final Target.Kind kind, final Fields.Located lineRef) {
    if (kind != Target.Kind.CITY) {
      for (String k : CITY_FIELDS) {
        if (f.has(k)) {
          f.error(
              k,
              "only a city target has " + k,
              "Maybe kind: city, or remove " + k + " (docs/scenario-format.md, targets).");
          f.num(k, Unit.NONE, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0);
        }
      }
      return null;
    }
    if (lineRef != null) {
      f.error(
          "line",
          "a city target closes no rail line",
          "Maybe remove line, or add a junction target for the city's station.");
    }
    return new Target.City(
        f.num("value", Unit.NONE, 0.001, 1e9),
        f.num("radiusKm", Unit.KM, 0.1, 100),
        f.num("hitAreaKm2", Unit.KM2, 1e-6, 100));
  }

  private WeatherRegion region(final Fields f) {
    final List<WeatherRegion.MonthClimate> months = new ArrayList<>();
    for (Fields m : f.maps("months", true)) {
      final double c = m.num("clearPct", Unit.PERCENT, 0, 100);
      final double g = m.num("marginalPct", Unit.PERCENT, 0, 100);
      final double a = m.num("adversePct", Unit.PERCENT, 0, 100);
      if (Math.abs(c + g + a - 1) > 0.011) {
        m.error(
            "adversePct",
            "clearPct + marginalPct + adversePct must add up to 100, they add"
                + " up to "
                + Math.round((c + g + a) * 1000) / 10.0,
            "");
      }
      months.add(
          new WeatherRegion.MonthClimate(
              m.integer("month", 1, 12), c, g, a, m.num("persistencePct", Unit.PERCENT, 0, 100)));
      m.end();
    }
    if (months.isEmpty() && f.isList("months")) {
      f.error("months", "give at least one month's climatology", "");
    }
    return new WeatherRegion(
        f.text("id"),
        f.text("name", f.text("id")),
        new GeoPoint(f.num("lat", Unit.DEG, -90, 90), f.num("lon", Unit.DEG, -180, 180)),
        months,
        source(f));
  }

  private AircraftType aircraftType(final Fields f) {
    return new AircraftType(
        f.text("id"),
        f.text("name", f.text("id")),
        f.num("maxSpeedKmh", Unit.KMH, 50, 4000),
        f.num("cruiseSpeedKmh", Unit.KMH, 50, 4000),
        f.num("climbRateMps", Unit.MPS, 0.5, 400),
        f.num("ceilingM", Unit.M, 100, 30_000),
        f.num("combatRadiusKm", Unit.KM, 10, 20_000),
        f.choice("night", AircraftType.NightCapability.class, AircraftType.NightCapability.NONE),
        f.choice("weather", Weather.class, Weather.CLEAR),
        f.num("combatRating", Unit.NONE, 0, 10, 0),
        f.num("defensiveFirePct", Unit.PERCENT, 0, 100, 0),
        source(f));
  }

  private CommandPost commandPost(final Fields f) {
    return new CommandPost(
        f.text("id"),
        f.text("name", f.text("id")),
        placeOrPosition(f, "place", true),
        f.integer("maxIntercepts", 0, 1000),
        source(f));
  }

  private Radar radar(final Fields f, final Registry<CommandPost> posts) {
    final GeoPoint at = placeOrPosition(f, "place", true);
    final Fields.Located cp = f.ref("commandPost", true);
    posts.check(cp);
    return new Radar(
        f.text("id"),
        f.text("name", f.text("id")),
        at,
        cp.value(),
        f.num("antennaHeightM", Unit.M, 0, 5000),
        f.num("rangeKm", Unit.KM, 1, 2000),
        f.num("scanS", Unit.S, 0.5, 600),
        f.num("detectPerScanPct", Unit.PERCENT, 0, 100),
        f.num("reportDelayMin", Unit.MIN, 0, 120),
        source(f),
        f.num("gciErrorKm", Unit.KM, 0.01, 100, 0),
        f.integer("gciControllers", 1, 1000, 0));
  }

  private FighterUnit fighterUnit(
      final Fields f,
      final Registry<AircraftType> types,
      final Registry<CommandPost> posts,
      final Period p) {
    final Place base = placeRef(f, "base", Place.Kind.AIRFIELD);
    final Fields.Located type = f.ref("type", true);
    types.check(type);
    final Fields.Located cp = f.ref("commandPost", true);
    posts.check(cp);
    final LocalDate from = f.date("from", p.start());
    if (from != null && f.has("from") && !p.contains(from)) {
      f.error(
          "from", "date " + from + " lies outside the period " + p.start() + " to " + p.end(), "");
    }
    final int aircraft = f.integer("aircraft", 0, 10_000);
    final int flight = f.integer("flightSize", 1, 100, 4);
    String patrolPlace = "";
    int patrolFlights = 0;
    boolean patrolNight = false;
    final java.util.Optional<Fields> patrol = f.optMap("patrol");
    if (patrol.isPresent()) {
      final Place pp = placeRef(patrol.get(), "place", null);
      patrolPlace = pp == null ? "" : pp.id();
      patrolFlights = patrol.get().integer("flights", 1, 100);
      patrolNight =
          patrol.get().choice("light", PatrolLight.class, PatrolLight.DAY) == PatrolLight.NIGHT;
      patrol.get().end();
    }
    final boolean nightTrained = f.bool("nightTrained", false);
    final double nightShare =
        f.num("nightQualifiedPct", Unit.PERCENT, 0, 100, nightTrained ? 100 : 0);
    final double weatherShare =
        f.num("instrumentQualifiedPct", Unit.PERCENT, 0, 100, nightTrained ? 100 : 0);
    final Place forward =
        f.has("forwardBase") ? placeRef(f, "forwardBase", Place.Kind.AIRFIELD) : null;
    return new FighterUnit(
        f.text("id"),
        f.text("name", f.text("id")),
        base == null ? "" : base.id(),
        type.value(),
        cp.value(),
        aircraft,
        f.integer("pilots", 0, 10_000),
        f.num("serviceabilityPct", Unit.PERCENT, 0, 100),
        f.num("proficiency", Unit.NONE, 0, 1),
        nightTrained || nightShare > 0,
        flight,
        f.num("scrambleMin", Unit.MIN, 0, 240),
        f.num("turnaroundMin", Unit.MIN, 0, 24 * 60),
        f.integer("sortiesPerPilotPerDay", 0, 20),
        from,
        source(f),
        patrolPlace,
        patrolFlights,
        f.text("formationUnit", ""),
        forward == null ? "" : forward.id(),
        nightShare,
        weatherShare,
        patrolNight);
  }

  /** When a standing patrol is flown. */
  enum PatrolLight {
    /** From an hour after sunrise to an hour before sunset. */
    DAY,
    /** From an hour after sunset to an hour before sunrise. */
    NIGHT
  }

  private GunType gunType(final Fields f) {
    return new GunType(
        f.text("id"),
        f.text("name", f.text("id")),
        f.num("maxAltitudeM", Unit.M, 100, 20_000),
        f.num("radiusKm", Unit.KM, 0.1, 50),
        f.num("roundsPerMinute", Unit.NONE, 0.1, 10_000),
        f.num("roundsPerKill", Unit.NONE, 1, 1e7),
        source(f));
  }

  private AaUnit aaUnit(
      final Fields f,
      final Registry<GunType> guns,
      final Period p,
      final Registry<RailLine> lines,
      final Registry<Target> targets) {
    final Place pl = placeRef(f, "place", null);
    final Fields.Located along = f.ref("along", false);
    if (along != null) {
      checks.add(
          () -> {
            if (!lines.located.containsKey(along.value())
                && !targets.located.containsKey(along.value())) {
              final List<String> known = new ArrayList<>(lines.located.keySet());
              known.addAll(targets.located.keySet());
              problems.add(
                  along.node(),
                  along.path(),
                  "unknown rail line or target \"" + along.value() + "\"",
                  Fields.nearest(along.value(), known)
                      .map(m -> "Maybe " + m + "?")
                      .orElse("Name a rail line, or a target on one."));
            } else if (targets.located.containsKey(along.value())
                && targets.items.stream()
                    .anyMatch(t -> t.id().equals(along.value()) && t.lineId().isEmpty())) {
              problems.add(
                  along.node(),
                  along.path(),
                  "target \"" + along.value() + "\" lies on no rail line",
                  "Guns along a section need a target with a line.");
            }
          });
    }
    final GeoPoint own = position(f, true);
    final List<AaUnit.Battery> batteries = new ArrayList<>();
    for (Fields b : f.maps("guns", true)) {
      final Fields.Located t = b.ref("type", true);
      guns.check(t);
      batteries.add(new AaUnit.Battery(t.value(), b.integer("count", 0, 10_000)));
      b.end();
    }
    final LocalDate from = f.date("from", p.start());
    if (from != null && f.has("from") && !p.contains(from)) {
      f.error(
          "from", "date " + from + " lies outside the period " + p.start() + " to " + p.end(), "");
    }
    final GeoPoint at =
        own != null ? own : pl == null ? new GeoPoint(Double.NaN, Double.NaN) : pl.at();
    return new AaUnit(
        f.text("id"),
        f.text("name", f.text("id")),
        pl == null ? "" : pl.id(),
        at,
        batteries,
        f.integer("searchlights", 0, 10_000, 0),
        f.bool("gunLayingRadar", false),
        from,
        source(f),
        along == null ? "" : along.value());
  }

  private Mission mission(
      final Fields f,
      final Registry<AircraftType> types,
      final Registry<Target> targets,
      final Period p) {
    final Fields.Located type = f.ref("type", true);
    types.check(type);
    final Fields.Located escort = f.ref("escortType", false);
    types.check(escort);
    final Mission.Kind kind = f.choice("kind", Mission.Kind.class, null);
    final List<String> entries = new ArrayList<>();
    for (Fields.Located e : f.texts("entries", true)) {
      final Place pl = places.get(e.value());
      if (pl == null) {
        unknownPlace(e);
      } else if (pl.kind() != Place.Kind.ENTRY && pl.kind() != Place.Kind.AIRFIELD) {
        problems.add(
            e.node(),
            e.path(),
            "place \""
                + e.value()
                + "\" is "
                + Fields.fileName(pl.kind())
                + ": raids enter from an entry or an airfield",
            "");
      }
      entries.add(e.value());
    }
    if (entries.isEmpty() && f.isList("entries")) {
      f.error("entries", "a mission needs at least one entry point", "");
    }
    final List<Mission.Aim> aims = new ArrayList<>();
    // every mission, a sweep too, picks an aim for each raid: the engine indexes this list
    for (Fields a : f.maps("targets", true)) {
      final Fields.Located t = a.ref("target", true);
      targets.check(t);
      aims.add(new Mission.Aim(t.value(), a.num("weight", Unit.NONE, 0, 1e6, 1)));
      a.end();
    }
    if (aims.isEmpty() && f.isList("targets")) {
      f.error(
          "targets",
          "a mission needs at least one target",
          "Maybe targets: [{target: ID}] (a fighterSweep's targets give the area it patrols).");
    }
    final LocalDate from = f.date("from", p.start());
    final LocalDate to = f.date("to", p.end());
    for (String k : new String[] {"from", "to"}) {
      final LocalDate d = k.equals("from") ? from : to;
      if (d != null && f.has(k) && !p.contains(d)) {
        f.error(k, "date " + d + " lies outside the period " + p.start() + " to " + p.end(), "");
      }
    }
    if (from != null && to != null && to.isBefore(from)) {
      f.error("to", "the mission ends before it starts (" + from + ")", "");
    }
    final Mission.Adaptation adaptation =
        f.optMap("adaptation")
            .map(
                a -> {
                  final Mission.Adaptation ad =
                      new Mission.Adaptation(
                          a.num("lossThresholdPct", Unit.PERCENT, 0, 100),
                          a.integer("windowDays", 1, 365),
                          a.num("nightHitFactor", Unit.NONE, 0, 1));
                  a.end();
                  return ad;
                })
            .orElse(null);
    final Weather best = f.choice("bestWeather", Weather.class, Weather.CLEAR);
    final Weather worst = f.choice("worstWeather", Weather.class, Weather.MARGINAL);
    if (best.ordinal() > worst.ordinal()) {
      f.error(
          "bestWeather",
          "bestWeather "
              + Fields.fileName(best)
              + " is worse than worstWeather "
              + Fields.fileName(worst)
              + ": the mission would never fly",
          "");
    }
    return new Mission(
        f.text("id"),
        f.text("name", f.text("id")),
        kind,
        type.value(),
        escort == null ? "" : escort.value(),
        f.num("sortiesPerDay", Unit.NONE, 0, 10_000),
        f.integer("packageSize", 1, 1000),
        f.integer("escortsPerPackage", 0, 1000, 0),
        f.choice("light", Mission.LightWindow.class, Mission.LightWindow.DAY),
        worst,
        f.num("cruiseAltitudeM", Unit.M, 0, 20_000),
        f.num("attackAltitudeM", Unit.M, 0, 20_000),
        f.num("attackS", Unit.S, 0, 7200, 60),
        f.num("hitPct", Unit.PERCENT, 0, 100),
        entries,
        aims,
        from,
        to,
        adaptation,
        source(f),
        best);
  }
}
