package io.airshield.formation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a {@link FormationResult} for people: the text report of {@code airshield form} and the
 * drafted request for outside help. Every number comes from the result; nothing is added.
 */
public final class FormationReport {
  private static final String NL = "\n";

  private FormationReport() {}

  /**
   * @param r the result
   * @return the text report: units without help with their binding resource, then the least help
   *     and the units with it, then the recommended schedule phase by phase
   */
  public static String text(final FormationResult r) {
    final FormationPlan plan = r.plan();
    final StringBuilder sb = new StringBuilder();
    sb.append("Formation plan ").append(plan.name());
    if (!plan.title().isEmpty()) {
      sb.append(": ").append(plan.title());
    }
    sb.append(NL);
    if (!plan.source().isEmpty()) {
      sb.append("Source: ").append(plan.source()).append(NL);
    }
    sb.append("Epoch ")
        .append(plan.start())
        .append(", horizon to ")
        .append(plan.end())
        .append("; scheduler budget ")
        .append(r.options().maxSchedules())
        .append(" schedules a solve, seed ")
        .append(r.options().seed())
        .append(NL)
        .append(NL);
    final PlanOutcome base = r.withoutHelp();
    sb.append("Without outside help: ");
    if (!base.feasible()) {
      sb.append("some phases can never run: ")
          .append(String.join(", ", base.impossible()))
          .append(NL);
    } else {
      sb.append(summary(base)).append(NL);
      sb.append(unitTable(base, r.binding(), true));
    }
    sb.append(NL);
    final LeastHelp h = r.leastHelp();
    switch (h.status()) {
      case NOT_NEEDED -> sb.append("Least outside help: none needed.").append(NL);
      case INSUFFICIENT -> {
        sb.append(
                "Least outside help: NO combination of the offered help makes every unit ready"
                    + " in time (")
            .append(h.method())
            .append(", ")
            .append(h.evaluations())
            .append(" schedules).")
            .append(NL);
        if (h.outcome().feasible()) {
          sb.append("With every offered item at its earliest date: ")
              .append(summary(h.outcome()))
              .append(NL)
              .append(unitTable(h.outcome(), h.residualBinding(), true));
        }
      }
      default -> {
        sb.append("Least outside help: ")
            .append(h.chosen().size())
            .append(" items: ")
            .append(namedUnits(h.chosen()))
            .append(" (weight ")
            .append(num(h.totalCost()))
            .append("; ")
            .append(h.method())
            .append("; ")
            .append(h.evaluations())
            .append(" schedules)")
            .append(NL);
        for (ChosenHelp c : h.chosen()) {
          sb.append(
              String.format(
                  Locale.ROOT,
                  "  from %s  %-62s weight %s%n",
                  c.from(),
                  c.option().name(),
                  num(c.option().cost())));
        }
        sb.append("With it: ").append(summary(h.outcome())).append(NL);
        sb.append(unitTable(h.outcome(), List.of(), false));
      }
    }
    if (r.baseReadiness() != null || r.readiness() != null) {
      sb.append(NL).append(readinessText(r));
    }
    if (r.confidence() != null) {
      sb.append(NL).append(confidenceText(r.confidence()));
    }
    final PlanOutcome rec = r.recommended();
    if (rec.feasible()) {
      sb.append(NL)
          .append("Schedule ")
          .append(rec == base ? "without help" : "with that help")
          .append(" (start .. done, mode, what the phase holds):")
          .append(NL);
      for (UnitOutcome u : rec.units()) {
        sb.append(u.name()).append(" (ready ").append(u.ready()).append(")").append(NL);
        for (PhaseOutcome p : u.phases()) {
          sb.append(
              String.format(
                  Locale.ROOT,
                  "  %-44s %s .. %s  %-34s %s%n",
                  cut(p.name(), 44),
                  p.start(),
                  p.finish(),
                  cut(p.mode(), 34),
                  uses(p.uses())));
        }
      }
    }
    return sb.toString();
  }

  /** The Monte Carlo of the schedules without help and with the recommended help. */
  static String readinessText(final FormationResult r) {
    final Readiness any = r.readiness() != null ? r.readiness() : r.baseReadiness();
    final StringBuilder sb = new StringBuilder();
    sb.append("Under uncertainty (")
        .append(any.samples())
        .append(" Monte Carlo samples, seed ")
        .append(any.seed())
        .append("; durations and deliveries drawn from the plan's spreads; the schedule")
        .append(" dispatched as they are revealed; 95 % intervals):")
        .append(NL);
    if (r.baseReadiness() != null) {
      sb.append("  without help, every unit ready by its deadline: ")
          .append(pct(r.baseReadiness().all()))
          .append(NL);
    }
    if (r.readiness() != null && r.readiness() != r.baseReadiness()) {
      sb.append("  with the least help, every unit ready by its deadline: ")
          .append(pct(r.readiness().all()))
          .append(NL);
    }
    sb.append("  every unit ready, in 4 cases of 5 by ")
        .append(dateOrNever(any.allReadyBy(0.8)))
        .append(", in 19 of 20 by ")
        .append(dateOrNever(any.allReadyBy(0.95)))
        .append(NL);
    sb.append(
        r.readiness() != null && r.readiness() != r.baseReadiness()
            ? "  with the least help, each unit:"
            : "  each unit:");
    sb.append(NL).append(unitReadiness(any));
    return sb.toString();
  }

  /** Per unit: P(ready by deadline) with its interval, and the ready date's quantiles. */
  static String unitReadiness(final Readiness rd) {
    final StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "  %-36s %-10s  %-22s  %-10s  %-10s  %-10s%n",
            "unit",
            "deadline",
            "P(ready in time)",
            "median",
            "80%",
            "95%"));
    for (Readiness.UnitReadiness u : rd.units()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-36s %s  %-22s  %-10s  %-10s  %-10s%n",
              cut(u.name(), 36),
              u.deadline(),
              pct(u.onTime()),
              dateOrNever(u.median()),
              dateOrNever(u.p80()),
              dateOrNever(u.p95())));
    }
    return sb.toString();
  }

  /** The least help for a confidence, with the probabilities with and without it. */
  static String confidenceText(final ConfidenceHelp c) {
    final StringBuilder sb = new StringBuilder();
    sb.append("Least outside help for every unit ready in time with probability at least ")
        .append(pct(c.target()))
        .append(": ");
    if (c.status() == LeastHelp.Status.INSUFFICIENT) {
      sb.append("NONE of the offered help suffices; with every item: ")
          .append(c.readiness() == null ? "infeasible" : pct(c.readiness().all()))
          .append(
              c.readiness() == null || c.readiness().allReadyBy(c.target()) == null
                  ? ""
                  : "; every unit ready by "
                      + c.readiness().allReadyBy(c.target())
                      + " with "
                      + pct(c.target())
                      + " probability")
          .append(NL);
    } else if (c.chosen().isEmpty()) {
      sb.append("none needed (").append(pct(c.readiness().all())).append(" without help)");
      sb.append(NL);
    } else {
      sb.append(c.chosen().size())
          .append(" items: ")
          .append(namedUnits(c.chosen()))
          .append(" (weight ")
          .append(num(c.totalCost()))
          .append(")")
          .append(NL);
      for (ChosenHelp h : c.chosen()) {
        sb.append(String.format(Locale.ROOT, "  from %s  %s%n", h.from(), h.option().name()));
      }
      sb.append("  every unit ready in time: ")
          .append(pct(c.readiness().all()))
          .append(" with it, ")
          .append(c.baseReadiness() == null ? "no schedule" : pct(c.baseReadiness().all()))
          .append(" without; paired gain ")
          .append(pct(c.gain()))
          .append(NL);
      sb.append(unitReadiness(c.readiness()));
    }
    sb.append("  Procedure: ").append(c.procedure()).append(NL);
    return sb.toString();
  }

  /** Sections 2 and 3 of the request when a confidence was asked for. */
  private static String confidenceRequest(final FormationPlan plan, final ConfidenceHelp c) {
    final StringBuilder sb = new StringBuilder();
    final String target = pct(c.target());
    switch (c.status()) {
      case NOT_NEEDED ->
          sb.append("2. We ask for no help: allowing for the delays of weather, deliveries, fuel")
              .append(" and accidents, every unit is ready in time with probability ")
              .append(pct(c.readiness().all()))
              .append(", at least the ")
              .append(target)
              .append(" we require.")
              .append(NL);
      case INSUFFICIENT ->
          sb.append("2. Even all the help we could ask for would not make every unit ready in")
              .append(" time with the ")
              .append(target)
              .append(" certainty we require")
              .append(
                  c.readiness() == null
                      ? "."
                      : ": with all of it the probability is " + pct(c.readiness().all()) + ".")
              .append(NL)
              .append(NL)
              .append("3. We ask that the deadline be reconsidered, or that other help be offered.")
              .append(
                  c.readiness() == null || c.readiness().allReadyBy(c.target()) == null
                      ? ""
                      : " With all the help above, every unit would be ready by "
                          + c.readiness().allReadyBy(c.target())
                          + " with "
                          + target
                          + " probability.")
              .append(NL);
      default -> {
        sb.append("2. We request the following help, the least that our calculation shows will")
            .append(" make every unit ready in time with a probability of at least ")
            .append(target)
            .append(":")
            .append(NL);
        for (ChosenHelp h : c.chosen()) {
          sb.append("   - ")
              .append(h.option().name())
              .append(", from ")
              .append(h.from())
              .append(", for ")
              .append(String.join(", ", usersOf(c.outcome(), h.option().resource())))
              .append(".")
              .append(NL);
        }
        sb.append("   In all: ").append(namedUnits(c.chosen())).append(".").append(NL);
        sb.append(NL)
            .append("3. What it changes. Allowing for the delays of weather, deliveries, fuel and")
            .append(" accidents (")
            .append(c.readiness().samples())
            .append(" trials), every unit is ready in time with probability ")
            .append(pct(c.readiness().all()))
            .append(" with this help, against ")
            .append(c.baseReadiness() == null ? "none" : pct(c.baseReadiness().all()))
            .append(" without it:")
            .append(NL);
        for (Readiness.UnitReadiness u : c.readiness().units()) {
          sb.append("   - ")
              .append(u.name())
              .append(": in time with probability ")
              .append(pct(u.onTime()))
              .append("; ready by ")
              .append(dateOrNever(u.p80()))
              .append(" in 4 cases of 5, by ")
              .append(dateOrNever(u.p95()))
              .append(" in 19 of 20.")
              .append(NL);
        }
        final List<String> notAsked = new ArrayList<>();
        for (HelpOption o : plan.help()) {
          if (c.chosen().stream().noneMatch(x -> x.option().id().equals(o.id()))) {
            notAsked.add(o.name());
          }
        }
        if (!notAsked.isEmpty()) {
          sb.append(NL)
              .append("4. We do not ask for: ")
              .append(String.join("; ", notAsked))
              .append(". By our calculation the units reach that certainty without it.")
              .append(NL);
        }
      }
    }
    return sb.toString();
  }

  /** ", in time with probability 93.1 % [91.4, 94.5]", or nothing without a Monte Carlo. */
  private static String onTimeText(final Readiness rd, final String unitId) {
    if (rd == null) {
      return "";
    }
    return rd.units().stream()
        .filter(x -> x.unitId().equals(unitId))
        .findFirst()
        .map(x -> ", in time with probability " + pct(x.onTime()))
        .orElse("");
  }

  private static String dateOrNever(final LocalDate d) {
    return d == null ? "never" : d.toString();
  }

  /** e.g. "41.2 % [38.2, 44.3]". */
  static String pct(final Readiness.Probability p) {
    return String.format(
        Locale.ROOT, "%.1f %% [%.1f, %.1f]", 100 * p.p(), 100 * p.low(), 100 * p.high());
  }

  static String pct(final double p) {
    return String.format(Locale.ROOT, "%.0f %%", 100 * p);
  }

  /**
   * @return e.g. "7 of 9 units late, 312 unit-days in all; the last ready 1952-05-01"
   */
  static String summary(final PlanOutcome o) {
    final int late = o.late().size();
    final LocalDate last =
        o.units().stream().map(UnitOutcome::ready).max(LocalDate::compareTo).orElse(null);
    return (late == 0
            ? "every unit ready by its deadline"
            : late
                + " of "
                + o.units().size()
                + " units late, "
                + o.totalLatenessDays()
                + " unit-days in all")
        + "; the last ready "
        + last
        + ".";
  }

  private static String unitTable(
      final PlanOutcome o, final List<Binding> binding, final boolean withBinding) {
    final StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "  %-36s %-6s %-10s  %-10s  %6s  %s%n",
            "unit",
            "type",
            "ready",
            "deadline",
            "slack",
            withBinding ? "binding resource" : "proficiency"));
    for (UnitOutcome u : o.units()) {
      String last = String.format(Locale.ROOT, "%.2f", u.proficiency());
      if (withBinding) {
        last =
            u.late()
                ? binding.stream()
                    .filter(b -> b.unitId().equals(u.unitId()))
                    .findFirst()
                    .map(FormationReport::bindingText)
                    .orElse("")
                : "";
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-36s %-6s %s  %s  %+6d  %s%n",
              cut(u.name(), 36),
              cut(u.aircraftType(), 6),
              u.ready(),
              u.deadline(),
              u.slackDays(),
              last));
    }
    return sb.toString();
  }

  static String bindingText(final Binding b) {
    if (b.resourceId().isEmpty()) {
      return b.resourceName();
    }
    return b.resourceName()
        + " (unlimited, it would remove "
        + b.removedDays()
        + " of "
        + b.latenessDays()
        + " days)";
  }

  private static String uses(final Map<String, Integer> uses) {
    return uses.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String cut(final String s, final int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "~";
  }

  /**
   * The help in the giver's own terms, e.g. "3 jet fighter divisions, 2 maintenance battalions, 19
   * advisers": each item's {@link HelpOption#quantity()} summed by {@link HelpOption#unitName()},
   * in the order the names first appear.
   *
   * @param chosen the chosen help
   * @return the totals, or "nothing" when empty
   */
  static String namedUnits(final List<ChosenHelp> chosen) {
    final List<String> names = new ArrayList<>();
    final List<HelpOption> first = new ArrayList<>();
    final List<Integer> counts = new ArrayList<>();
    for (ChosenHelp c : chosen) {
      final int k = names.indexOf(c.option().unitName());
      if (k < 0) {
        names.add(c.option().unitName());
        first.add(c.option());
        counts.add(c.option().quantity());
      } else {
        counts.set(k, counts.get(k) + c.option().quantity());
      }
    }
    if (names.isEmpty()) {
      return "nothing";
    }
    final List<String> parts = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      final int n = counts.get(k);
      parts.add((n == 1 ? "1 " + first.get(k).unitName() : n + " " + first.get(k).unitPlural()));
    }
    return String.join(", ", parts);
  }

  static String num(final double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }

  /**
   * @param o a schedule
   * @param resource a resource id
   * @return the names of the units whose phases hold that resource in the schedule
   */
  static List<String> usersOf(final PlanOutcome o, final String resource) {
    final List<String> users = new ArrayList<>();
    for (UnitOutcome u : o.units()) {
      if (u.phases().stream().anyMatch(p -> p.uses().getOrDefault(resource, 0) > 0)) {
        users.add(u.name());
      }
    }
    if (users.isEmpty()) {
      users.add("no unit in this schedule");
    }
    return users;
  }

  /**
   * Drafts the request for outside help in plain words, as a commander writes to a superior: the
   * situation, which units miss the deadline and by how much, what is asked and from when, and what
   * it changes. Every number is taken from the result.
   *
   * @param r the result
   * @return the draft
   */
  public static String request(final FormationResult r) {
    final FormationPlan plan = r.plan();
    final PlanOutcome base = r.withoutHelp();
    final LeastHelp h = r.leastHelp();
    final StringBuilder sb = new StringBuilder();
    sb.append("DRAFT REQUEST FOR OUTSIDE HELP").append(NL);
    final RequestHeader head = plan.request();
    sb.append("To: ")
        .append(head.to().isEmpty() ? "(no addressee given in the plan)" : head.to())
        .append(NL);
    if (!head.from().isEmpty()) {
      sb.append("From: ").append(head.from()).append(NL);
    }
    if (!head.reference().isEmpty()) {
      sb.append("Reference: ").append(head.reference()).append(NL);
    }
    sb.append("Subject: forming and training the units of plan ")
        .append(plan.name())
        .append(NL)
        .append(NL);
    final int pilots = plan.units().stream().mapToInt(FormingUnit::pilotsNeeded).sum();
    final int available =
        plan.resource(plan.pilotResource()).map(PlanResource::maxCapacity).orElse(pilots);
    sb.append("1. The situation. We are to form and train ")
        .append(plan.units().size())
        .append(" units");
    if (plan.resource(plan.pilotResource()).isPresent()) {
      sb.append(" from ")
          .append(available)
          .append(" pilots (")
          .append(plan.resource(plan.pilotResource()).orElseThrow().name())
          .append(")")
          .append(pilots == available ? "" : ", of whom the units take " + pilots);
    }
    final LocalDate deadline =
        plan.units().stream()
            .map(FormingUnit::deadline)
            .max(LocalDate::compareTo)
            .orElse(plan.end());
    final boolean oneDeadline = plan.units().stream().allMatch(u -> u.deadline().equals(deadline));
    sb.append(oneDeadline ? ", all ready by " + deadline : ", each by its own date").append(". ");
    if (!base.feasible()) {
      sb.append("With our own means alone some of their training cannot be given at all: ")
          .append(String.join(", ", base.impossible()))
          .append(".")
          .append(NL);
    } else if (base.late().isEmpty() && r.confidence() == null) {
      sb.append("With our own means every unit is ready in time; we ask for no help.").append(NL);
      return sb.toString();
    } else if (base.late().isEmpty()) {
      sb.append("With our own means every unit is ready in time if nothing slips.").append(NL);
    } else {
      sb.append("With our own means alone ")
          .append(base.late().size())
          .append(" of ")
          .append(base.units().size())
          .append(" units would not be ready in time:")
          .append(NL);
      for (UnitOutcome u : base.late()) {
        sb.append("   - ")
            .append(u.name())
            .append(": ready ")
            .append(u.ready())
            .append(", ")
            .append(u.latenessDays())
            .append(" days late");
        r.binding().stream()
            .filter(b -> b.unitId().equals(u.unitId()))
            .findFirst()
            .filter(b -> !b.resourceId().isEmpty())
            .ifPresent(
                b ->
                    sb.append("; what holds it back most: ")
                        .append(b.resourceName())
                        .append(" (")
                        .append(b.removedDays())
                        .append(" of its ")
                        .append(b.latenessDays())
                        .append(" days)"));
        sb.append(".").append(NL);
      }
    }
    sb.append(NL);
    if (r.confidence() != null) {
      sb.append(confidenceRequest(plan, r.confidence()));
      return sb.toString();
    }
    switch (h.status()) {
      case FOUND -> {
        sb.append(
                "2. We request the following help, the least that our calculation shows will"
                    + " make every unit ready in time:")
            .append(NL);
        for (ChosenHelp c : h.chosen()) {
          sb.append("   - ")
              .append(c.option().name())
              .append(", from ")
              .append(c.from())
              .append(", for ")
              .append(String.join(", ", usersOf(h.outcome(), c.option().resource())))
              .append(".")
              .append(NL);
        }
        sb.append("   In all: ").append(namedUnits(h.chosen())).append(".").append(NL);
        sb.append(NL)
            .append(
                "3. What it changes. With this help every unit is ready by its"
                    + " deadline; the last is ready on ")
            .append(
                h.outcome().units().stream()
                    .map(UnitOutcome::ready)
                    .max(LocalDate::compareTo)
                    .orElseThrow())
            .append(", against ")
            .append(
                base.feasible()
                    ? base.totalLatenessDays() + " unit-days of delay without it"
                    : "units that could not be trained without it")
            .append(":")
            .append(NL);
        if (r.readiness() != null && r.baseReadiness() != null) {
          sb.append(
                  "   Allowing for the delays of weather, deliveries, fuel and accidents ("
                      + r.readiness().samples()
                      + " trials), every unit is ready in time with probability ")
              .append(pct(r.readiness().all()))
              .append(" with this help, ")
              .append(pct(r.baseReadiness().all()))
              .append(" without it.")
              .append(NL);
        }
        for (UnitOutcome u : h.outcome().units()) {
          final UnitOutcome before =
              base.feasible()
                  ? base.units().stream()
                      .filter(b -> b.unitId().equals(u.unitId()))
                      .findFirst()
                      .orElseThrow()
                  : null;
          if (before == null || before.late()) {
            sb.append("   - ")
                .append(u.name())
                .append(": ready ")
                .append(u.ready())
                .append(before == null ? "" : " instead of " + before.ready())
                .append(onTimeText(r.readiness(), u.unitId()))
                .append(".")
                .append(NL);
          }
        }
        final List<String> notAsked = new ArrayList<>();
        for (HelpOption o : plan.help()) {
          if (h.chosen().stream().noneMatch(c -> c.option().id().equals(o.id()))) {
            notAsked.add(o.name());
          }
        }
        if (!notAsked.isEmpty()) {
          sb.append(NL)
              .append("4. We do not ask for: ")
              .append(String.join("; ", notAsked))
              .append(". By our calculation the units are ready in time without it.")
              .append(NL);
        }
      }
      case INSUFFICIENT -> {
        sb.append("2. Even all the help we could ask for (");
        sb.append(plan.help().stream().map(HelpOption::name).collect(Collectors.joining("; ")));
        sb.append(") would not make every unit ready in time");
        if (h.outcome().feasible()) {
          sb.append(": ")
              .append(h.outcome().late().size())
              .append(" units would still be late, ")
              .append(h.outcome().totalLatenessDays())
              .append(" unit-days in all:")
              .append(NL);
          for (UnitOutcome u : h.outcome().late()) {
            sb.append("   - ")
                .append(u.name())
                .append(": ready ")
                .append(u.ready())
                .append(", ")
                .append(u.latenessDays())
                .append(" days late.")
                .append(NL);
          }
        } else {
          sb.append(".").append(NL);
        }
        sb.append(NL)
            .append(
                "3. We ask that the deadline be reconsidered, or that other help be" + " offered.")
            .append(NL);
      }
      default -> sb.append("2. We ask for no help.").append(NL);
    }
    return sb.toString();
  }
}
