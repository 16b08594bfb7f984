package io.airshield.formation;

import io.airshield.scenario.Fields;
import io.airshield.scenario.InputException;
import io.airshield.scenario.Node;
import io.airshield.scenario.Problems;
import io.airshield.scenario.ReadLimits;
import io.airshield.scenario.SourceTree;
import io.airshield.scenario.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a formation plan file (YAML or JSON) and checks it, reporting every problem at once with
 * file, line, column and field path. The format is described in {@code docs/formation.md}.
 *
 * <p>Checks beyond the fields' types and ranges: references resolve (with the nearest name as a
 * hint), dates lie inside the horizon, durations are positive, precedences have no cycle (the cycle
 * is named), and no phase demands more of a resource than is ever available, even with every
 * offered help.
 */
public final class PlanReader {
  /** Where the embedded plans live on the class path. */
  public static final String EMBEDDED_DIR = "/io/airshield/plans/";

  /** The embedded plans, by name; the first is the default of {@code airshield form}. */
  public static final List<String> EMBEDDED = List.of("formation-1951");

  private static final double MAX_WEEKS = 520;
  private static final int MAX_COUNT = 1_000_000;

  /**
   * Most training phases in a plan (all units together), so that {@code form} finishes in bounded
   * time; {@code -Dairshield.maxPlanPhases} raises it. Measured (issue 18) with three-phase units
   * of two modes, three resources and two help options on a shared two-core machine: 150 phases 9
   * s, 300 16 s, 501 22 s, 600 27 s; the 5,000 allowed before did not finish in 120 s. The embedded
   * plan has a few dozen.
   */
  static final int MAX_PHASES = Integer.getInteger("airshield.maxPlanPhases", 500);

  private final Problems problems;

  /** Where each entity was read, to locate the semantic problems found later. */
  private final Map<Object, Fields> where = new IdentityHashMap<>();

  /** The units as read, in file order (before references are qualified). */
  private final List<FormingUnit> readUnits = new ArrayList<>();

  private final List<Ref> refs = new ArrayList<>();

  private PlanReader(final Problems problems) {
    this.problems = problems;
  }

  /**
   * Reads and checks a plan.
   *
   * @param fileName the file's name for messages
   * @param bytes the file's content
   * @return the plan
   * @throws InputException carrying every problem found, in file order
   */
  public static FormationPlan read(final String fileName, final byte[] bytes) {
    final Node root = mergeKeys(SourceTree.parse(fileName, bytes, ReadLimits.DEFAULT));
    final Problems problems = new Problems(fileName);
    final FormationPlan plan = new PlanReader(problems).plan(Fields.root(root, problems));
    problems.throwIfAny();
    return plan;
  }

  /**
   * Tells a formation plan from a scenario: a plan has {@code units} at its top and no {@code
   * theatre}. A file that does not parse is not a plan (the scenario reader then reports why).
   *
   * @param name the file's name for messages
   * @param bytes its content
   * @return whether to read it as a plan
   */
  public static boolean looksLikePlan(final String name, final byte[] bytes) {
    try {
      final Node root = SourceTree.parse(name, bytes, ReadLimits.DEFAULT);
      return root instanceof Node.MapNode m
          && m.entries().containsKey("units")
          && !m.entries().containsKey("theatre");
    } catch (InputException e) {
      return false;
    }
  }

  /**
   * @param name an embedded plan's name, e.g. {@code formation-1951}
   * @return its bytes, if there is such a plan
   */
  public static Optional<byte[]> embeddedBytes(final String name) {
    if (!EMBEDDED.contains(name)) {
      return Optional.empty();
    }
    try (InputStream in = PlanReader.class.getResourceAsStream(EMBEDDED_DIR + name + ".yaml")) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param name an embedded plan's name
   * @return the plan
   * @throws IllegalArgumentException if there is no such embedded plan
   */
  public static FormationPlan embedded(final String name) {
    final byte[] bytes =
        embeddedBytes(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no embedded plan " + name + "; embedded plans: " + EMBEDDED));
    return read(name + ".yaml", bytes);
  }

  /**
   * Applies YAML merge keys ({@code <<: *anchor}), which the streaming parser leaves as a plain
   * key: the anchored map's entries are copied in, and the map's own entries win. Merged entries
   * keep the place where they were written, so a problem in them points at the anchor.
   */
  static Node mergeKeys(final Node node) {
    if (node instanceof Node.ListNode list) {
      final List<Node> items = new ArrayList<>();
      list.items().forEach(i -> items.add(mergeKeys(i)));
      return new Node.ListNode(list.line(), list.column(), items);
    }
    if (!(node instanceof Node.MapNode map)) {
      return node;
    }
    final Map<String, Node> entries = new LinkedHashMap<>();
    final Map<String, int[]> keys = new LinkedHashMap<>();
    final Node merge = map.entries().get("<<");
    final List<Node> sources =
        merge instanceof Node.ListNode l ? l.items() : merge == null ? List.of() : List.of(merge);
    for (Node src : sources) {
      if (mergeKeys(src) instanceof Node.MapNode m) {
        m.entries()
            .forEach(
                (k, v) -> {
                  if (!map.entries().containsKey(k)) {
                    entries.put(k, v);
                    keys.put(k, m.keyPositions().get(k));
                  }
                });
      } else {
        entries.put("<<", src);
        keys.put("<<", map.keyPositions().get("<<"));
      }
    }
    map.entries()
        .forEach(
            (k, v) -> {
              if (!k.equals("<<")) {
                entries.put(k, mergeKeys(v));
                keys.put(k, map.keyPositions().get(k));
              }
            });
    return new Node.MapNode(map.line(), map.column(), entries, keys);
  }

  /** A name read from the file that must resolve once all names are known. */
  private record Ref(Fields.Located at, String kind, String unitId) {}

  private FormationPlan plan(final Fields f) {
    final String name = f.text("name");
    final String title = f.text("title", "");
    final String source = f.text("source", "");
    final LocalDate start = f.date("start");
    final LocalDate end = f.date("end");
    final LocalDate defaultDeadline = f.date("deadline", null);
    final Fields.Located pilotRef = f.ref("pilotResource", false);
    final double proficientHours = f.num("proficientFlyingHours", Unit.NONE, 1, 10_000, 60);
    final double formedProficiency =
        f.num("formedProficiency", Unit.NONE, 0, 1, ReadyUnit.FORMED_PROFICIENCY);
    final boolean datesOk = start != null && end != null;
    if (datesOk && !end.isAfter(start)) {
      f.error("end", "the horizon's end " + end + " is not after its start " + start, "");
    }
    final Horizon horizon = new Horizon(datesOk && end.isAfter(start) ? start : null, end);
    final List<PlanResource> resources = new ArrayList<>();
    for (Fields r : f.maps("resources", true)) {
      resources.add(resource(r, horizon));
    }
    final List<FormingUnit> units = new ArrayList<>();
    for (Fields u : f.maps("units", true)) {
      units.add(unit(u, horizon, defaultDeadline));
    }
    final int phases = units.stream().mapToInt(u -> u.phases().size()).sum();
    if (phases > MAX_PHASES) {
      f.error(
          "units",
          "the plan has "
              + phases
              + " phases in "
              + units.size()
              + " units, more"
              + " than the "
              + MAX_PHASES
              + " accepted",
          "Split the plan, or set -Dairshield.maxPlanPhases to raise the limit; the"
              + " scheduler's time grows with the number of phases (500 take about 20 s).");
    }
    final List<HelpOption> help = new ArrayList<>();
    for (Fields h : f.maps("help", false)) {
      help.add(help(h, horizon));
    }
    if (defaultDeadline != null) {
      horizon.check(f, "deadline", defaultDeadline);
    }
    final Spread factor =
        f.optMap("durationFactor").map(d -> spread(d, 0.1, 10, 1)).orElse(Spread.NONE_FACTOR);
    RequestHeader request = RequestHeader.NONE;
    final Optional<Fields> rf = f.optMap("request");
    if (rf.isPresent()) {
      final Fields r = rf.get();
      request = new RequestHeader(r.text("to"), r.text("from", ""), r.text("reference", ""));
      r.end();
    }
    f.end();
    if (units.isEmpty() && f.isList("units")) {
      f.error("units", "a plan needs at least one unit to form", "");
    }
    final String pilots = pilotRef == null ? "" : pilotRef.value();
    final FormationPlan plan =
        new FormationPlan(
            name,
            title,
            source,
            start == null ? LocalDate.EPOCH : start,
            end == null ? LocalDate.EPOCH : end,
            pilots,
            Double.isNaN(proficientHours) ? 60 : proficientHours,
            Double.isNaN(formedProficiency) ? ReadyUnit.FORMED_PROFICIENCY : formedProficiency,
            resources,
            normalise(units),
            help,
            factor,
            request);
    checkSemantics(plan, pilotRef);
    return plan;
  }

  /** The horizon dates must lie in; null bounds when the plan's own dates are broken. */
  private static final class Horizon {
    private final LocalDate start;
    private final LocalDate end;

    Horizon(final LocalDate start, final LocalDate end) {
      this.start = start;
      this.end = start == null ? null : end;
    }

    void check(final Fields f, final String key, final LocalDate d) {
      if (start == null || d == null) {
        return;
      }
      if (d.isBefore(start) || d.isAfter(end)) {
        f.error(
            key,
            "date " + d + " is outside the plan's horizon " + start + " to " + end,
            "Maybe a typo in the year? Or widen the plan's start or end.");
      }
    }
  }

  private PlanResource resource(final Fields r, final Horizon horizon) {
    final String id = r.text("id");
    final String name = r.text("name", id);
    final boolean assigned = r.bool("assigned", false);
    final String source = r.text("source", "");
    final List<String> serves =
        r.texts("serves", false).stream().map(Fields.Located::value).toList();
    final List<CapacityStep> steps = new ArrayList<>();
    if (r.has("capacity") && r.at("capacity") instanceof Node.Scalar) {
      // A single number: that capacity for the whole horizon.
      final int c = r.integer("capacity", 0, MAX_COUNT);
      if (horizon.start != null) {
        steps.add(new CapacityStep(horizon.start, c));
      }
    } else {
      LocalDate last = null;
      for (Fields s : r.maps("capacity", true)) {
        final LocalDate from = s.date("from");
        final int c = s.integer("capacity", 0, MAX_COUNT);
        final Spread delay =
            s.optMap("delayWeeks").map(d -> spread(d, 0, MAX_WEEKS, 7)).orElse(Spread.NONE_DELAY);
        s.end();
        if (from == null) {
          continue;
        }
        horizon.check(s, "from", from);
        if (last != null && !from.isAfter(last)) {
          s.error(
              "from",
              "capacity steps must be in date order: " + from + " is not after " + last,
              "");
          continue;
        }
        last = from;
        steps.add(new CapacityStep(from, c, delay));
      }
    }
    r.end();
    final PlanResource res = new PlanResource(id, name, assigned, serves, steps, source);
    where.put(res, r);
    return res;
  }

  private FormingUnit unit(final Fields u, final Horizon horizon, final LocalDate dflt) {
    final String id = u.text("id");
    final String name = u.text("name", id);
    final String type = u.text("type", "");
    final String aircraft = u.text("aircraftType", "");
    final List<String> classes =
        u.texts("classes", false).stream().map(Fields.Located::value).toList();
    final int regiments = u.integer("regiments", 1, 100, 1);
    final int pilots = u.integer("pilotsNeeded", 0, MAX_COUNT, 0);
    final int priority = u.integer("priority", 1, 100, 3);
    LocalDate deadline = u.date("deadline", dflt);
    if (deadline == null) {
      u.error(
          "deadline",
          "missing required field (a date YYYY-MM-DD)",
          "Maybe give a plan-wide deadline at the top of the file.");
      deadline = LocalDate.EPOCH;
    } else if (u.has("deadline")) {
      horizon.check(u, "deadline", deadline);
    }
    final LocalDate notBefore = u.date("notBefore", null);
    horizon.check(u, "notBefore", notBefore);
    final List<String> after = new ArrayList<>();
    for (Fields.Located a : u.texts("after", false)) {
      refs.add(new Ref(a, "unit", id));
      after.add(a.value());
    }
    final String source = u.text("source", "");
    final List<TrainingPhase> phases = new ArrayList<>();
    final List<Fields> phaseFields = u.maps("phases", true);
    for (Fields p : phaseFields) {
      phases.add(phase(p, id, phases.isEmpty() ? null : phases.get(phases.size() - 1)));
    }
    if (phases.isEmpty() && u.isList("phases")) {
      u.error("phases", "a unit needs at least one training phase", "");
    }
    u.end();
    final FormingUnit unit =
        new FormingUnit(
            id, name, type, aircraft, classes, regiments, pilots, priority, deadline, notBefore,
            after, phases, source);
    where.put(unit, u);
    readUnits.add(unit);
    return unit;
  }

  private TrainingPhase phase(final Fields p, final String unitId, final TrainingPhase previous) {
    final String id = p.text("id");
    final String name = p.text("name", id);
    final TrainingPhase.Kind kind =
        p.choice("kind", TrainingPhase.Kind.class, TrainingPhase.Kind.PILOTS);
    final String source = p.text("source", "");
    final List<String> after = new ArrayList<>();
    if (p.has("after")) {
      for (Fields.Located a : p.texts("after", false)) {
        refs.add(new Ref(a, "phase", unitId));
        after.add(a.value());
      }
    } else if (previous != null) {
      after.add(previous.id());
    }
    final List<PhaseMode> modes = new ArrayList<>();
    if (p.has("modes")) {
      for (Fields m : p.maps("modes", true)) {
        modes.add(mode(m, m.text("name"), unitId));
        m.end();
      }
      if (modes.isEmpty()) {
        p.error("modes", "a phase needs at least one mode", "");
      }
      for (String single : List.of("durationWeeks", "uses", "flyingHours")) {
        if (p.has(single)) {
          p.error(
              single,
              "give either modes or a single mode's fields, not both",
              "Maybe move " + single + " into each mode.");
        }
      }
    } else {
      modes.add(mode(p, "as planned", unitId));
    }
    final Spread factor = p.optMap("durationFactor").map(d -> spread(d, 0.1, 10, 1)).orElse(null);
    p.end();
    final TrainingPhase phase = new TrainingPhase(id, name, kind, after, modes, factor, source);
    where.put(phase, p);
    return phase;
  }

  private PhaseMode mode(final Fields m, final String name, final String unitId) {
    int days = 1;
    final Optional<String> wrongUnit =
        keys(m).stream()
            .filter(
                k ->
                    k.startsWith("duration")
                        && !k.equals("durationWeeks")
                        && !k.equals("durationFactor"))
            .findFirst();
    if (wrongUnit.isPresent()) {
      final String k = wrongUnit.get();
      m.has(k);
      m.has("durationWeeks");
      final int[] pos = ((Node.MapNode) m.node()).keyPositions().get(k);
      problems.add(
          pos[0],
          pos[1],
          m.pathOf(k),
          "unknown field",
          "Maybe durationWeeks?"
              + " Durations are given in weeks"
              + (k.equals("durationDays") ? " (days / 7)" : "")
              + "; convert the value.");
    } else {
      final double weeks = m.num("durationWeeks", Unit.NONE, -MAX_WEEKS, MAX_WEEKS);
      if (!Double.isNaN(weeks)) {
        days = (int) Math.round(weeks * 7);
        if (weeks <= 0 || days < 1) {
          m.error(
              "durationWeeks",
              "duration must be positive, found " + fmt(weeks) + " weeks",
              "Maybe a phase of at least one day (0.15 weeks)?");
          days = 1;
        }
      }
    }
    final double hours = m.num("flyingHours", Unit.NONE, 0, 10_000, 0);
    final boolean substitute = m.bool("substitute", false);
    final String source = m.text("source", "");
    final Map<String, Integer> uses = new LinkedHashMap<>();
    final Optional<Fields> usesMap = m.optMap("uses");
    if (usesMap.isPresent()) {
      final Fields u = usesMap.get();
      for (String key : keys(u)) {
        final int n = u.integer(key, 0, MAX_COUNT);
        final Node.MapNode map = (Node.MapNode) u.node();
        final int[] pos = map.keyPositions().get(key);
        refs.add(
            new Ref(
                new Fields.Located(
                    key, new Node.Scalar(pos[0], pos[1], key, Node.Kind.STRING), u.pathOf(key)),
                "resource",
                unitId));
        uses.put(key, n);
      }
      u.end();
    }
    final PhaseMode mode =
        new PhaseMode(name, days, uses, Double.isNaN(hours) ? 0 : hours, substitute, source);
    where.put(mode, m);
    return mode;
  }

  /**
   * Reads {@code {low, mode, high, source}}: a triangular spread; {@code mode} defaults to the
   * value meaning "as planned" when inside the range, else to {@code low}.
   *
   * @param scale what a read value is multiplied by (7: weeks to days)
   */
  private static Spread spread(
      final Fields d, final double min, final double max, final double scale) {
    final double low = d.num("low", Unit.NONE, min, max);
    final double high = d.num("high", Unit.NONE, min, max);
    final double planned = scale == 1 ? 1 : 0;
    final double dflt = !Double.isNaN(low) && low <= planned && planned <= high ? planned : low;
    final double mode = d.num("mode", Unit.NONE, min, max, dflt);
    final String source = d.text("source", "");
    if (Double.isNaN(low) || Double.isNaN(high) || Double.isNaN(mode)) {
      d.end();
      return scale == 1 ? Spread.NONE_FACTOR : Spread.NONE_DELAY;
    }
    if (!(low <= mode && mode <= high)) {
      d.error(
          "high",
          "a spread needs low <= mode <= high, found "
              + fmt(low)
              + ", "
              + fmt(mode)
              + ", "
              + fmt(high),
          "Maybe low and high are swapped?");
      d.end();
      return scale == 1 ? Spread.NONE_FACTOR : Spread.NONE_DELAY;
    }
    if (source.isBlank()) {
      d.error(
          "source",
          "a spread must name its source",
          "Maybe source: \"estimate: why\" or a SOURCES.md tag?");
    }
    d.end();
    return new Spread(low * scale, mode * scale, high * scale, source);
  }

  private static List<String> keys(final Fields f) {
    return f.node() instanceof Node.MapNode map
        ? new ArrayList<>(map.entries().keySet())
        : List.of();
  }

  private HelpOption help(final Fields h, final Horizon horizon) {
    final String id = h.text("id");
    final String name = h.text("name", id);
    final Fields.Located resource = h.ref("resource", true);
    refs.add(new Ref(resource, "resource", ""));
    final int amount = h.integer("amount", 1, MAX_COUNT);
    final List<LocalDate> dates = new ArrayList<>();
    if (h.has("from") && h.at("from") instanceof Node.Scalar) {
      final LocalDate d = h.date("from");
      horizon.check(h, "from", d);
      if (d != null) {
        dates.add(d);
      }
    } else {
      for (Fields.Located t : h.texts("from", true)) {
        try {
          final LocalDate d = LocalDate.parse(t.value().trim());
          if (horizon.start != null && (d.isBefore(horizon.start) || d.isAfter(horizon.end))) {
            problems.add(
                t.node(),
                t.path(),
                "date "
                    + d
                    + " is outside the plan's horizon "
                    + horizon.start
                    + " to "
                    + horizon.end,
                "");
          } else if (!dates.isEmpty() && !d.isAfter(dates.get(dates.size() - 1))) {
            problems.add(t.node(), t.path(), "offered dates must be in date order", "");
          } else {
            dates.add(d);
          }
        } catch (java.time.format.DateTimeParseException e) {
          problems.add(
              t.node(),
              t.path(),
              "expected a date as YYYY-MM-DD, found " + t.node().describe(),
              "");
        }
      }
    }
    final double cost = h.num("cost", Unit.NONE, 0, 1e6, 1);
    final String unitName = h.text("unitName", "item");
    final String unitPlural = h.text("unitPlural", unitName + "s");
    final int quantity = h.integer("quantity", 1, MAX_COUNT, 1);
    final String source = h.text("source", "");
    h.end();
    final HelpOption option =
        new HelpOption(
            id,
            name,
            resource.value(),
            amount,
            dates,
            Double.isNaN(cost) ? 1 : cost,
            unitName,
            unitPlural,
            quantity,
            source);
    where.put(option, h);
    return option;
  }

  /** Qualifies every phase reference as {@code unit.phase} and keeps unit references bare. */
  private static List<FormingUnit> normalise(final List<FormingUnit> units) {
    final Set<String> unitIds = new LinkedHashSet<>();
    units.forEach(u -> unitIds.add(u.id()));
    final List<FormingUnit> out = new ArrayList<>();
    for (FormingUnit u : units) {
      final Set<String> own = new LinkedHashSet<>();
      u.phases().forEach(p -> own.add(p.id()));
      final List<TrainingPhase> phases = new ArrayList<>();
      for (TrainingPhase p : u.phases()) {
        final List<String> after = new ArrayList<>();
        for (String a : p.after()) {
          after.add(own.contains(a) ? u.id() + "." + a : a);
        }
        phases.add(
            new TrainingPhase(
                p.id(), p.name(), p.kind(), after, p.modes(), p.durationFactor(), p.source()));
      }
      out.add(
          new FormingUnit(
              u.id(),
              u.name(),
              u.type(),
              u.aircraftType(),
              u.classes(),
              u.regiments(),
              u.pilotsNeeded(),
              u.priority(),
              u.deadline(),
              u.notBefore(),
              u.after(),
              phases,
              u.source()));
    }
    return out;
  }

  private void checkSemantics(final FormationPlan plan, final Fields.Located pilotRef) {
    final Map<String, PlanResource> resources = new LinkedHashMap<>();
    for (PlanResource r : plan.resources()) {
      if (resources.putIfAbsent(r.id(), r) != null) {
        duplicate(r, "resource", r.id());
      }
    }
    final Map<String, FormingUnit> units = new LinkedHashMap<>();
    final Map<String, TrainingPhase> phases = new LinkedHashMap<>();
    // Locations are keyed by the un-normalised records; map by position instead.
    final List<FormingUnit> read = readUnits;
    // a unit id given twice is reported once: not again as its phases' ids (unit.phase) or as
    // a unit that comes after itself, which follow from it
    final Set<String> twice = new LinkedHashSet<>();
    for (int i = 0; i < plan.units().size(); i++) {
      final FormingUnit u = plan.units().get(i);
      if (units.putIfAbsent(u.id(), u) != null) {
        duplicate(read.get(i), "unit", u.id());
        twice.add(u.id());
        continue;
      }
      for (int j = 0; j < u.phases().size(); j++) {
        if (phases.putIfAbsent(u.id() + "." + u.phases().get(j).id(), u.phases().get(j)) != null) {
          duplicate(read.get(i).phases().get(j), "phase", u.id() + "." + u.phases().get(j).id());
        }
      }
    }
    final Set<String> helpIds = new LinkedHashSet<>();
    for (HelpOption h : plan.help()) {
      if (!helpIds.add(h.id())) {
        duplicate(h, "help item", h.id());
      }
    }
    if (pilotRef != null) {
      resolve(pilotRef, resources.keySet(), "resource");
    }
    for (Ref r : refs) {
      switch (r.kind()) {
        case "resource" -> resolve(r.at(), resources.keySet(), "resource");
        case "unit" -> {
          if (r.at().value().equals(r.unitId())) {
            if (!twice.contains(r.unitId())) {
              problems.add(r.at().node(), r.at().path(), "a unit cannot come after itself", "");
            }
          } else {
            resolve(r.at(), units.keySet(), "unit");
          }
        }
        default -> {
          final String v = r.at().value();
          final Set<String> candidates = new LinkedHashSet<>();
          final FormingUnit own = units.get(r.unitId());
          if (own != null) {
            own.phases().forEach(p -> candidates.add(p.id()));
          }
          candidates.addAll(phases.keySet());
          candidates.addAll(units.keySet());
          if (v.equals(r.unitId())) {
            problems.add(
                r.at().node(),
                r.at().path(),
                "a phase cannot wait for its own unit" + " to be ready",
                "");
          } else {
            resolve(r.at(), candidates, "phase or unit");
          }
        }
      }
    }
    if (!problems.any()) {
      checkCycles(plan, read);
      checkDemand(plan, read);
    }
  }

  private void duplicate(final Object entity, final String what, final String id) {
    final Fields f = where.get(entity);
    if (f != null) {
      f.error("id", "duplicate " + what + " id " + id, "Maybe give each " + what + " its own id.");
    }
  }

  private void resolve(final Fields.Located at, final Set<String> known, final String what) {
    if (at.value().isEmpty() || known.contains(at.value())) {
      return;
    }
    problems.add(
        at.node(),
        at.path(),
        "no " + what + " named " + at.value(),
        Fields.nearest(at.value(), known)
            .map(n -> "Maybe " + n + "?")
            .orElse("Known: " + String.join(", ", known) + "."));
  }

  /** Finds a cycle in the precedences between phases and units, and names it. */
  private void checkCycles(final FormationPlan plan, final List<FormingUnit> read) {
    // Nodes: every phase "unit.phase", and every unit's "ready" (unit id).
    final Map<String, List<String>> succ = new LinkedHashMap<>();
    final Map<String, Fields> at = new LinkedHashMap<>();
    for (int i = 0; i < plan.units().size(); i++) {
      final FormingUnit u = plan.units().get(i);
      succ.computeIfAbsent(u.id(), k -> new ArrayList<>());
      for (int j = 0; j < u.phases().size(); j++) {
        final TrainingPhase p = u.phases().get(j);
        final String node = u.id() + "." + p.id();
        at.put(node, where.get(read.get(i).phases().get(j)));
        succ.computeIfAbsent(node, k -> new ArrayList<>()).add(u.id());
        for (String a : p.after()) {
          succ.computeIfAbsent(a, k -> new ArrayList<>()).add(node);
        }
        for (String a : u.after()) {
          succ.computeIfAbsent(a, k -> new ArrayList<>()).add(node);
        }
      }
      at.putIfAbsent(u.id(), where.get(read.get(i)));
    }
    final Map<String, Integer> state = new LinkedHashMap<>();
    for (String n : succ.keySet()) {
      final List<String> path = new ArrayList<>();
      final List<String> cycle = dfs(n, succ, state, path);
      if (cycle != null) {
        final String first =
            cycle.stream().filter(c -> c.contains(".")).findFirst().orElse(cycle.get(0));
        final Fields f = at.get(first);
        final String named =
            String.join(
                " -> ", cycle.stream().map(c -> c.contains(".") ? c : c + " (ready)").toList());
        final String message = "precedence cycle: " + named;
        if (f != null) {
          f.error("after", message, "Maybe one of these 'after' entries is the wrong way round.");
        } else {
          problems.add(0, 0, "", message, "");
        }
        return;
      }
    }
  }

  private static List<String> dfs(
      final String n,
      final Map<String, List<String>> succ,
      final Map<String, Integer> state,
      final List<String> path) {
    final Integer s = state.get(n);
    if (s != null && s == 2) {
      return null;
    }
    if (s != null && s == 1) {
      final List<String> cycle = new ArrayList<>(path.subList(path.indexOf(n), path.size()));
      cycle.add(n);
      return cycle;
    }
    state.put(n, 1);
    path.add(n);
    for (String m : succ.getOrDefault(n, List.of())) {
      final List<String> c = dfs(m, succ, state, path);
      if (c != null) {
        return c;
      }
    }
    path.remove(path.size() - 1);
    state.put(n, 2);
    return null;
  }

  /** A demand larger than any capacity ever available, even with all offered help. */
  private void checkDemand(final FormationPlan plan, final List<FormingUnit> read) {
    final Map<String, Integer> most = new LinkedHashMap<>();
    for (PlanResource r : plan.resources()) {
      int withHelp = r.maxCapacity();
      for (HelpOption h : plan.help()) {
        if (h.resource().equals(r.id())) {
          withHelp += h.amount();
        }
      }
      most.put(r.id(), withHelp);
    }
    final String pilots = plan.pilotResource();
    int pilotsInAll = 0;
    for (int i = 0; i < plan.units().size(); i++) {
      final FormingUnit u = plan.units().get(i);
      final FormingUnit readUnit = read.get(i);
      pilotsInAll += u.pilotsNeeded();
      if (!pilots.isEmpty() && u.pilotsNeeded() > most.get(pilots)) {
        where
            .get(readUnit)
            .error(
                "pilotsNeeded",
                "impossible demand: the unit needs "
                    + u.pilotsNeeded()
                    + " pilots but at most "
                    + most.get(pilots)
                    + " of "
                    + pilots
                    + " are ever available",
                "");
      }
      for (int j = 0; j < u.phases().size(); j++) {
        final TrainingPhase p = u.phases().get(j);
        for (int k = 0; k < p.modes().size(); k++) {
          final PhaseMode m = p.modes().get(k);
          final Fields mf = where.get(readUnit.phases().get(j).modes().get(k));
          for (var e : m.uses().entrySet()) {
            final PlanResource res = plan.resource(e.getKey()).orElseThrow();
            if (!m.substitute() && !res.serves(u)) {
              final Fields uses = mf.optMap("uses").orElse(mf);
              uses.error(
                  e.getKey(),
                  "type mismatch: "
                      + e.getKey()
                      + " serves "
                      + String.join(", ", res.serves())
                      + ", but unit "
                      + u.id()
                      + " is "
                      + (u.kinds().isEmpty()
                          ? "of no declared kind"
                          : String.join(", ", u.kinds())),
                  "Maybe a resource that serves "
                      + (u.aircraftType().isEmpty() ? u.id() : u.aircraftType())
                      + ", or mark the mode 'substitute: true' where the sources allow it"
                      + " (and give its slower pace).");
              continue;
            }
            final int max = most.get(e.getKey());
            if (e.getValue() > max) {
              final Fields uses = mf.optMap("uses").orElse(mf);
              uses.error(
                  e.getKey(),
                  "impossible demand: "
                      + e.getValue()
                      + " of "
                      + e.getKey()
                      + " needed, but at most "
                      + max
                      + " are ever available"
                      + (plan.help().isEmpty() ? "" : ", even with every offered help"),
                  "Maybe split the phase, or offer more help for " + e.getKey() + ".");
            }
          }
        }
      }
    }
    if (!pilots.isEmpty() && pilotsInAll > most.get(pilots)) {
      final String message =
          "impossible demand: the units need "
              + pilotsInAll
              + " pilots in all, but at most "
              + most.get(pilots)
              + " of "
              + pilots
              + " are ever"
              + " available, and pilots stay with their units";
      final Fields rf = where.get(plan.resource(pilots).orElseThrow());
      rf.error("capacity", message, "Maybe offer more pilots as help, or form fewer units.");
    }
  }

  private static String fmt(final double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
