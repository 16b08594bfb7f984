package io.airshield.report;

import io.airshield.campaign.Allocator;
import io.airshield.campaign.Replication;
import io.airshield.campaign.Theatre;
import io.airshield.campaign.Tracer;
import io.airshield.domain.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes the events of one replication as NDJSON (one JSON object per line), with indices resolved
 * to the scenario's ids, names and positions, so that a replay (the web UI, or any script) needs
 * nothing but the file. The first line is a header; then, in time order, events with {@code t} in
 * seconds from 00:00 local time of the scenario's first day and {@code type} one of day, raid,
 * detected, scramble, combat, attack, repaired. Replication r draws from the same random streams as
 * in the Monte Carlo run, so the trace is the run's replication r.
 */
public final class TraceWriter implements Tracer {
  /** Route samples kept per raid (every 4th of the model's 33, ends included). */
  private static final int ROUTE_STRIDE = 4;

  private final Theatre th;
  private final Scenario s;
  private final Writer out;
  private final StringBuilder sb = new StringBuilder(512);
  private long events;

  private TraceWriter(final Theatre th, final Writer out) {
    this.th = th;
    this.s = th.scenario();
    this.out = out;
  }

  /**
   * Runs replication {@code rep} with a tracer and writes its events.
   *
   * @param theatre the compiled theatre
   * @param allocator the allocator the run used
   * @param seed the master seed
   * @param rep the replication, counting from 0
   * @param out where to write (not closed)
   * @return events written
   * @throws IOException if writing fails
   */
  public static long write(
      final Theatre theatre,
      final Allocator allocator,
      final long seed,
      final long rep,
      final Writer out)
      throws IOException {
    final TraceWriter w = new TraceWriter(theatre, out);
    w.header(seed, rep);
    try {
      new Replication(theatre, allocator, w).run(seed, rep, new double[theatre.metrics().size()]);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    return w.events;
  }

  private void header(final long seed, final long rep) throws IOException {
    sb.setLength(0);
    sb.append("{\"type\":\"header\",\"format\":\"airshield-trace/1\",\"scenario\":");
    str(s.id()).append(",\"title\":");
    str(s.title()).append(",\"start\":");
    str(s.start().toString()).append(",\"days\":").append(th.days()).append(",\"utcOffset\":");
    str(s.zone().toString())
        .append(",\"seed\":")
        .append(seed)
        .append(",\"replication\":")
        .append(rep)
        .append("}\n");
    out.write(sb.toString());
  }

  @Override
  public void event(
      final long time, final int kind, final int a, final int b, final long c, final long d) {
    sb.setLength(0);
    sb.append("{\"t\":").append(time).append(",\"type\":");
    switch (kind) {
      case DAY -> {
        str("day").append(",\"day\":").append(a).append(",\"date\":");
        str(s.start().plusDays(a).toString());
      }
      case RAID -> {
        final var m = s.missions().get((int) c);
        final double[] r = th.route(b);
        final long enter = d - Math.round(th.routeDurationS(b));
        str("raid").append(",\"raid\":").append(a).append(",\"mission\":");
        str(m.id()).append(",\"name\":");
        str(m.name()).append(",\"kind\":");
        str(m.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .append(",\"aircraft\":")
            .append(m.packageSize())
            .append(",\"escorts\":")
            .append(m.escortsPerPackage())
            .append(",\"enter\":")
            .append(enter)
            .append(",\"attack\":")
            .append(d)
            .append(",\"route\":[");
        final int n = r.length / 2;
        for (int k = 0; k < n; k += ROUTE_STRIDE) {
          pt(r[2 * k], r[2 * k + 1]).append(',');
        }
        if ((n - 1) % ROUTE_STRIDE != 0) {
          pt(r[2 * (n - 1)], r[2 * (n - 1) + 1]).append(',');
        }
        sb.setLength(sb.length() - 1);
        sb.append(']');
      }
      case DETECTED -> {
        str("detected").append(",\"raid\":").append(a).append(",\"post\":");
        str(b >= 0 && b < s.commandPosts().size() ? s.commandPosts().get(b).id() : "");
      }
      case SCRAMBLE -> {
        final var u = s.fighterUnits().get(b);
        str("scramble").append(",\"raid\":").append(a).append(",\"unit\":");
        str(u.id()).append(",\"unitName\":");
        str(u.name())
            .append(",\"aircraft\":")
            .append(c)
            .append(",\"intercept\":")
            .append(d)
            .append(",\"base\":");
        final var base =
            s.places().stream().filter(p -> p.id().equals(u.baseId())).findFirst().orElseThrow();
        pt(base.at().latDeg(), base.at().lonDeg());
      }
      case COMBAT -> {
        str("combat").append(",\"raid\":").append(a).append(",\"unit\":");
        str(s.fighterUnits().get(b).id())
            .append(",\"enemyLost\":")
            .append(c)
            .append(",\"ownLost\":")
            .append(d);
      }
      case ATTACK -> {
        final var t = s.targets().get(b);
        str("attack").append(",\"raid\":").append(a).append(",\"target\":");
        str(t.id()).append(",\"targetName\":");
        str(t.name())
            .append(",\"hits\":")
            .append(c)
            .append(",\"aaKills\":")
            .append(d)
            .append(",\"at\":");
        pt(t.at().latDeg(), t.at().lonDeg());
      }
      case REPAIRED -> {
        final var t = s.targets().get(a);
        str("repaired").append(",\"target\":");
        str(t.id()).append(",\"targetName\":");
        str(t.name());
      }
      case LOSS -> {
        str("loss").append(",\"raid\":").append(a).append(",\"cause\":");
        str(switch (b) {
              case CAUSE_FIGHTERS -> "fighters";
              case CAUSE_HEAVY_AA -> "heavy-aa";
              case CAUSE_LIGHT_AA -> "light-aa";
              default -> "own-in-combat";
            })
            .append(",\"side\":");
        str(b == CAUSE_OWN_IN_COMBAT ? "own" : "enemy").append(",\"aircraft\":").append(c);
        if (d >= 0 && (b == CAUSE_FIGHTERS || b == CAUSE_OWN_IN_COMBAT)) {
          sb.append(",\"unit\":");
          str(s.fighterUnits().get((int) d).id());
        }
      }
      default -> str("other").append(",\"kind\":").append(kind);
    }
    sb.append("}\n");
    events++;
    try {
      out.write(sb.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private StringBuilder pt(final double lat, final double lon) {
    return sb.append('[').append(String.format(Locale.ROOT, "%.4f,%.4f", lat, lon)).append(']');
  }

  private StringBuilder str(final String v) {
    sb.append('"');
    for (int i = 0; i < v.length(); i++) {
      final char ch = v.charAt(i);
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (ch < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.append('"');
  }
}
