package io.airshield.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.airshield.campaign.Theatre;
import io.airshield.report.Basemap;
import io.airshield.report.ReportData;
import io.airshield.report.SvgCharts;
import io.airshield.report.SvgMap;
import io.airshield.scenario.InputException;
import io.airshield.store.RunInfo;
import io.airshield.store.RunStore;
import io.airshield.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored runs resource: the runs of the results database (the command line's and the web UI's
 * alike), each one replayed from its stored replications as {@code airshield runs show} does,
 * deleted, named and annotated, and two compared as {@code airshield runs compare} does.
 */
final class StoredRunRoutes {
  private final Path store;

  /**
   * @param store the results database, or null for none
   */
  StoredRunRoutes(final Path store) {
    this.store = store;
  }

  /**
   * @param app the server
   */
  void register(final Javalin app) {
    app.get("/api/stored-runs", ctx -> ctx.json(storedRuns()));
    app.get("/api/stored-runs/{id}", this::storedRun);
    app.delete("/api/stored-runs/{id}", this::deleteStoredRun);
    app.post("/api/stored-runs/{id}/label", this::labelStoredRun);
    app.get("/api/stored-compare", this::compareStoredRuns);
  }

  /** The runs of the results database, newest first; none when there is no database yet. */
  private List<Map<String, Object>> storedRuns() {
    final Path file = store;
    if (file == null || !Files.isRegularFile(file)) {
      return List.of();
    }
    try (RunStore store = RunStore.open(file)) {
      final List<Map<String, Object>> out = new ArrayList<>();
      final List<RunInfo> all = new ArrayList<>(store.list());
      java.util.Collections.reverse(all);
      for (RunInfo r : all) {
        final Map<String, Object> m = describe(r, store.label(r.id()));
        m.put("supplyTonsPerDay", headline(store.assessmentJson(r.id())));
        out.add(m);
      }
      return out;
    } catch (StoreException e) {
      throw storeProblem(e);
    }
  }

  /**
   * The headline of a finished run, supply delivered (t/day), read from its stored assessment so
   * the list costs no replay; null for a run without one.
   */
  private static Double headline(final java.util.Optional<String> assessment) {
    if (assessment.isEmpty()) {
      return null;
    }
    try {
      final JsonNode mean = Http.JSON.readTree(assessment.get()).path("supply").path("mean");
      return mean.isNumber() ? mean.asDouble() : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static Map<String, Object> describe(final RunInfo r, final RunStore.Label label) {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("name", label.name());
    m.put("note", label.note());
    m.put("scenario", r.scenarioId());
    m.put("status", r.status().label());
    m.put("replications", r.replications());
    m.put("seed", r.spec().seed());
    m.put("options", r.spec().describe());
    m.put("engine", r.engine());
    m.put("startedAt", r.startedAt());
    m.put("endedAt", r.endedAt());
    return m;
  }

  /** A stored run's id from the path or a query parameter: a positive whole number, else 400. */
  private static long storedId(final String text, final String what) {
    final String t = text == null ? "" : text;
    if (!t.matches("[0-9]{1,18}") || Long.parseLong(t) < 1) {
      throw new HttpResponseException(
          400,
          what
              + " must be a stored run's id, a positive whole number, not \""
              + Http.clip(t)
              + "\"");
    }
    return Long.parseLong(t);
  }

  /**
   * The results database for a request about one stored run; 404 when there is none yet.
   *
   * @param id the run asked for, named in the 404
   */
  private RunStore openStore(final long id) {
    final Path file = store;
    if (file == null || !Files.isRegularFile(file)) {
      throw new HttpResponseException(404, "no stored run " + id);
    }
    try {
      return RunStore.open(file);
    } catch (StoreException e) {
      throw storeProblem(e);
    }
  }

  /**
   * A store that cannot be written is the user's to fix (409, saying so); one that cannot be read
   * at all is the server's (503, details in its log).
   */
  private static HttpResponseException storeProblem(final StoreException e) {
    if (String.valueOf(e.getMessage()).contains("read-only")) {
      return new HttpResponseException(
          409, "the results database is read-only: runs can be read but not changed");
    }
    System.err.println("airshield serve: the results database cannot be read: " + e.getMessage());
    return new HttpResponseException(
        503, "the results database cannot be read; see the server's log");
  }

  private static RunInfo storedInfo(final RunStore store, final long id) {
    return store.find(id).orElseThrow(() -> new HttpResponseException(404, "no stored run " + id));
  }

  /**
   * One stored run as {@code airshield runs show ID} prints it, recomputed from its stored
   * replications as the command does, with the map and charts of the report; a run with none yet
   * has no assessment.
   */
  private void storedRun(final Context ctx) {
    final long id = storedId(ctx.pathParam("id"), "the run");
    try (RunStore store = openStore(id)) {
      final RunInfo r = storedInfo(store, id);
      final Map<String, Object> m = new LinkedHashMap<>();
      m.put("run", describe(r, store.label(id)));
      final ReportData d = replay(store, r);
      m.put("assessment", d == null ? null : d.assessment());
      m.put("charts", d == null ? List.of() : SvgCharts.all(d));
      m.put("map", d == null ? null : SvgMap.render(d, Basemap.get()));
      ctx.json(m);
    } catch (StoreException e) {
      throw storeProblem(e);
    }
  }

  /**
   * A stored run's assessment and report data, from its stored replications (the same bits as the
   * run's own); null when it has none yet.
   */
  private static ReportData replay(final RunStore store, final RunInfo r) {
    final Theatre theatre;
    try {
      theatre = io.airshield.store.StoredRuns.theatre(r.spec());
    } catch (InputException e) {
      throw new HttpResponseException(
          409,
          "stored run "
              + r.id()
              + "'s scenario is no longer accepted by this version of airshield: "
              + Http.clip(e.getMessage()));
    }
    final io.airshield.montecarlo.MonteCarlo.Result result =
        io.airshield.store.StoredRuns.result(store, r, theatre);
    if (result == null) {
      return null;
    }
    return ReportData.of(
        theatre, result, io.airshield.study.AssessStudy.assess(theatre, result, r.spec().seed()));
  }

  /** Deletes a stored run with its replications, as {@code airshield runs delete ID} does. */
  private void deleteStoredRun(final Context ctx) {
    final long id = storedId(ctx.pathParam("id"), "the run");
    try (RunStore store = openStore(id)) {
      if (!store.delete(id)) {
        throw new HttpResponseException(404, "no stored run " + id);
      }
      ctx.status(204);
    } catch (StoreException e) {
      throw storeProblem(e);
    }
  }

  /**
   * Names and annotates a stored run: {@code {"name": TEXT, "note": TEXT}}, both strings (empty to
   * clear), the name on one line.
   */
  private void labelStoredRun(final Context ctx) {
    final long id = storedId(ctx.pathParam("id"), "the run");
    final JsonNode body;
    try {
      body = Http.JSON.readTree(Http.body(ctx));
    } catch (IOException e) {
      throw new HttpResponseException(
          400, "the body is not valid JSON: expected {\"name\": TEXT, \"note\": TEXT}");
    }
    if (body == null || !body.isObject()) {
      throw new HttpResponseException(
          400, "the body must be a JSON object: {\"name\": TEXT, \"note\": TEXT}");
    }
    final String name = labelText(body, "name", RunStore.MAX_NAME_LENGTH, false);
    final String note = labelText(body, "note", RunStore.MAX_NOTE_LENGTH, true);
    try (RunStore store = openStore(id)) {
      if (!store.label(id, new RunStore.Label(name, note))) {
        throw new HttpResponseException(404, "no stored run " + id);
      }
      ctx.json(describe(storedInfo(store, id), store.label(id)));
    } catch (StoreException e) {
      throw storeProblem(e);
    }
  }

  private static String labelText(
      final JsonNode body, final String field, final int max, final boolean lines) {
    final JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual()) {
      throw new HttpResponseException(400, field + " must be a string");
    }
    final String t = v.asText().strip();
    if (t.length() > max) {
      throw new HttpResponseException(
          400, field + " must have at most " + max + " characters, not " + t.length());
    }
    for (int i = 0; i < t.length(); i++) {
      final char c = t.charAt(i);
      if (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\t' || c == '\r'))) {
        throw new HttpResponseException(
            400,
            field
                + " must not contain control characters"
                + (lines ? " other than line breaks and tabs" : " (it is one line)"));
      }
    }
    return t;
  }

  /**
   * Compares two stored runs as {@code airshield runs compare A B} does: {@code ?a=ID&b=ID}, each
   * figure's means, B - A and its 95% interval (paired when the runs share their random numbers).
   */
  private void compareStoredRuns(final Context ctx) {
    final long a = storedId(ctx.queryParam("a"), "a");
    final long b = storedId(ctx.queryParam("b"), "b");
    try (RunStore store = openStore(a)) {
      storedInfo(store, a);
      storedInfo(store, b);
      final io.airshield.store.RunComparison.Result r;
      try {
        r = io.airshield.store.RunComparison.compare(store, a, b);
      } catch (StoreException e) {
        // runs of different scenarios, or without replications: the user's choice, said plainly
        throw new HttpResponseException(409, Http.clip(e.getMessage()));
      }
      final Map<String, Object> m = new LinkedHashMap<>();
      m.put("a", describe(r.a(), store.label(a)));
      m.put("b", describe(r.b(), store.label(b)));
      m.put("paired", r.paired());
      m.put("method", r.why());
      final List<Map<String, Object>> rows = new ArrayList<>();
      for (io.airshield.store.RunComparison.Row row : r.rows()) {
        final Map<String, Object> x = new LinkedHashMap<>();
        x.put("figure", row.figure());
        x.put("meanA", Http.finite(row.meanA()));
        x.put("meanB", Http.finite(row.meanB()));
        x.put("difference", Http.finite(row.difference()));
        x.put("low", Http.finite(row.low()));
        x.put("high", Http.finite(row.high()));
        x.put("significant", row.significant());
        rows.add(x);
      }
      m.put("rows", rows);
      ctx.json(m);
    } catch (StoreException e) {
      throw storeProblem(e);
    }
  }
}
