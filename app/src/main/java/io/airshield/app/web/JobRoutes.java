package io.airshield.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.airshield.campaign.Theatre;
import io.airshield.domain.Scenario;
import io.airshield.reinforce.EmbeddedPools;
import io.airshield.reinforce.Pool;
import io.airshield.reinforce.PoolReader;
import io.airshield.report.Basemap;
import io.airshield.report.ReinforceData;
import io.airshield.report.ReinforceHtml;
import io.airshield.report.SvgCharts;
import io.airshield.report.SvgMap;
import io.airshield.scenario.EmbeddedScenarios;
import io.airshield.scenario.InputException;
import io.airshield.study.AssessSettings;
import io.airshield.study.Design;
import io.airshield.study.ExploreHtml;
import io.airshield.study.ExploreReport;
import io.airshield.study.ExploreResult;
import io.airshield.study.ExploreSettings;
import io.airshield.study.ExploreStudy;
import io.airshield.study.Factor;
import io.airshield.study.ReinforceSettings;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jobs resource: assessments and rankings started from the web UI ({@link Runs}, over the
 * core's studies with their settings' defaults), their status, progress events, cancelling and
 * results.
 */
final class JobRoutes {
  private final WebServer.Options options;
  private final Runs runs;
  private final ScenarioRoutes scenarios;

  /**
   * @param options the server's options (its limits)
   * @param runs the runs
   * @param scenarios where scenarios are read
   */
  JobRoutes(final WebServer.Options options, final Runs runs, final ScenarioRoutes scenarios) {
    this.options = options;
    this.runs = runs;
    this.scenarios = scenarios;
  }

  /**
   * @param app the server
   */
  void register(final Javalin app) {
    app.get("/api/defaults", ctx -> ctx.json(defaults()));
    app.get("/api/runs", ctx -> ctx.json(runs.all().stream().map(Runs.Run::status).toList()));
    app.post("/api/runs", this::startRun);
    app.get("/api/runs/{id}", ctx -> ctx.json(run(ctx).status()));
    app.post(
        "/api/runs/{id}/cancel",
        ctx -> {
          final Runs.Run r = run(ctx);
          runs.cancel(r);
          ctx.status(202).json(r.status());
        });
    app.get("/api/runs/{id}/result", this::result);
    // an unknown run is a 404 before the event stream starts (after, the status is sent)
    app.before("/api/runs/{id}/events", this::run);
    app.sse(
        "/api/runs/{id}/events",
        client -> {
          final Runs.Run r = run(client.ctx());
          client.keepAlive();
          final java.util.function.Consumer<Map<String, Object>> l =
              s -> {
                if (!client.terminated()) {
                  client.sendEvent("progress", Http.json(s));
                }
              };
          r.listeners.add(l);
          client.onClose(() -> r.listeners.remove(l));
          client.sendEvent("progress", Http.json(r.status()));
        });
  }

  /** A run's result: an assessment with its charts and map, or a ranking. */
  private void result(final Context ctx) {
    final Runs.Run r = run(ctx);
    if (r.reinforce != null) {
      ctx.json(ranking(r));
      return;
    }
    if (r.explore != null) {
      ctx.json(exploration(r));
      return;
    }
    if (r.data == null) {
      throw new HttpResponseException(
          409, "run " + r.id + " has no result yet (it is " + r.status().get("state") + ")");
    }
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("run", r.status());
    m.put("assessment", r.assessment);
    m.put("charts", SvgCharts.all(r.data));
    m.put("map", SvgMap.render(r.data, Basemap.get()));
    ctx.json(m);
  }

  /**
   * The studies' defaults, which the run form starts from: those of the command line ({@link
   * AssessSettings}, {@link ReinforceSettings}, {@link ExploreSettings}), with the server's own
   * caps.
   */
  private static Map<String, Object> defaults() {
    final Map<String, Object> assess = new LinkedHashMap<>();
    assess.put("replications", AssessSettings.REPLICATIONS);
    assess.put("seed", AssessSettings.SEED);
    assess.put("maxReplications", WebServer.MAX_REPLICATIONS);
    final Map<String, Object> reinforce = new LinkedHashMap<>();
    reinforce.put("maxReplications", ReinforceSettings.MAX_REPLICATIONS);
    reinforce.put("seed", ReinforceSettings.SEED);
    reinforce.put("keep", ReinforceSettings.KEEP);
    reinforce.put("confidence", ReinforceSettings.CONFIDENCE);
    reinforce.put("maxMaxReplications", WebServer.MAX_REINFORCE_REPLICATIONS);
    final ExploreSettings ex = ExploreSettings.defaults();
    final Map<String, Object> explore = new LinkedHashMap<>();
    explore.put("design", ex.design().key());
    explore.put("replications", ex.replications());
    explore.put("seed", ex.seed());
    explore.put("maxSimulations", WebServer.MAX_REPLICATIONS);
    return Map.of("assess", assess, "reinforce", reinforce, "explore", explore);
  }

  /**
   * A reinforce run's result: the ranking as {@code airshield reinforce --format json} gives it,
   * the drafted request, the map of the best plan and the chart of gains, as the report page draws
   * them.
   */
  private static Map<String, Object> ranking(final Runs.Run r) {
    final ReinforceData d = r.ranking;
    if (d == null) {
      throw noResult(r, "the ranking");
    }
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("run", r.status());
    m.put("reinforcement", d.result());
    m.put("request", d.request().isEmpty() ? null : d.request());
    m.put("charts", List.of(ReinforceHtml.gainChart(d.result())));
    m.put("map", ReinforceHtml.map(d));
    return m;
  }

  private Runs.Run run(final Context ctx) {
    final Runs.Run r = runs.get(ctx.pathParam("id"));
    if (r == null) {
      throw new HttpResponseException(404, "no run " + Http.clip(ctx.pathParam("id")));
    }
    return r;
  }

  /** 429 for a run refused because the slots and the queue are full. */
  private HttpResponseException tooManyRuns() {
    return new HttpResponseException(
        429,
        "too many runs: "
            + options.maxRuns()
            + " running and "
            + options.maxQueued()
            + " waiting is the limit; wait for one to finish or cancel it");
  }

  private void startRun(final Context ctx) throws IOException {
    final JsonNode body;
    try {
      body = Http.JSON.readTree(Http.body(ctx));
    } catch (IOException e) {
      throw new HttpResponseException(
          400,
          "the body is not valid JSON: expected"
              + " {\"scenario\": NAME, \"replications\": N, \"seed\": N, \"days\": N}");
    }
    if (body == null || !body.isObject()) {
      throw new HttpResponseException(400, "the body must be a JSON object with \"scenario\"");
    }
    final String name = Http.text(body, "scenario", EmbeddedScenarios.defaultName());
    Scenario s = scenarios.scenario(name);
    final String kind = Http.text(body, "kind", "assess");
    if (kind.equals("reinforce")) {
      startReinforce(ctx, body, name, s);
      return;
    }
    if (kind.equals("explore")) {
      startExplore(ctx, body, name, s);
      return;
    }
    if (!kind.equals("assess")) {
      throw new HttpResponseException(400, "kind must be assess, reinforce or explore");
    }
    final long reps = Http.wholeNumber(body, "replications", AssessSettings.REPLICATIONS);
    if (reps < 1 || reps > WebServer.MAX_REPLICATIONS) {
      throw new HttpResponseException(
          400,
          "replications must be from 1 to "
              + WebServer.MAX_REPLICATIONS
              + " here; use the command line for more");
    }
    final long seed = Http.wholeNumber(body, "seed", AssessSettings.SEED);
    if (body.hasNonNull("days")) {
      final long days = Http.wholeNumber(body, "days", -1);
      if (days < 1 || days > s.days()) {
        throw new HttpResponseException(400, "days must be from 1 to " + s.days());
      }
      s = s.withEnd(s.start().plusDays(days - 1L));
    }
    final AssessSettings settings =
        AssessSettings.defaults()
            .withSeed(seed)
            .withReplications(reps)
            .withThreads(options.threads());
    final Runs.Run r =
        runs.start(
            name,
            new Runs.Assess(
                EmbeddedScenarios.exists(name) ? "embedded:" + name : name + ".yaml",
                scenarios.scenarioBytes(name),
                new Theatre(s),
                settings));
    if (r == null) {
      throw tooManyRuns();
    }
    ctx.status(201).json(r.status());
  }

  /**
   * Starts a ranking of a reinforcement pool, in the queue of the assessments: {@code {"kind":
   * "reinforce", "scenario": NAME, "maxReplications": N, "seed": N, "request": true}}, with {@code
   * "pool": TEXT} (a pool file's text) to rank the user's own pool instead of the scenario's
   * embedded one.
   */
  private void startReinforce(
      final Context ctx, final JsonNode body, final String name, final Scenario s) {
    if (body.hasNonNull("days") || body.hasNonNull("replications")) {
      throw new HttpResponseException(
          400, "a reinforce run takes maxReplications (per plan)," + " not replications or days");
    }
    final Pool pool = body.has("pool") ? ownPool(body.get("pool"), s) : embeddedPool(name, s);
    final long cap = Http.wholeNumber(body, "maxReplications", ReinforceSettings.MAX_REPLICATIONS);
    if (cap < 2 || cap > WebServer.MAX_REINFORCE_REPLICATIONS) {
      throw new HttpResponseException(
          400,
          "maxReplications must be from 2 to "
              + WebServer.MAX_REINFORCE_REPLICATIONS
              + " here; use the command line for more");
    }
    final ReinforceSettings settings =
        ReinforceSettings.defaults()
            .withRun(Http.wholeNumber(body, "seed", ReinforceSettings.SEED), options.threads())
            .withSizes(0, (int) cap, ReinforceSettings.KEEP);
    final Runs.Run r =
        runs.start(name, new Runs.Reinforce(s, pool, settings, Http.bool(body, "request", false)));
    if (r == null) {
      throw tooManyRuns();
    }
    ctx.status(201).json(r.status());
  }

  /**
   * Starts an explore study of the scenario's ranged estimates, in the queue of the other runs:
   * {@code {"kind": "explore", "scenario": NAME, "design": "morris", "replications": N, "seed": N,
   * "days": N}}, each left out taking the study's default ({@link ExploreSettings#defaults()}, as
   * {@code airshield explore}); the study's simulations are at most {@link
   * WebServer#MAX_REPLICATIONS}, as an assessment's.
   */
  private void startExplore(
      final Context ctx, final JsonNode body, final String name, final Scenario s)
      throws IOException {
    for (String f : List.of("maxReplications", "pool", "request")) {
      if (body.has(f)) {
        throw new HttpResponseException(
            400, "an explore run takes design, replications, seed and days, not " + f);
      }
    }
    ExploreSettings st = ExploreSettings.defaults();
    final String design = Http.text(body, "design", st.design().key());
    Design.Kind kind = null;
    for (Design.Kind k : Design.Kind.values()) {
      if (k.key().equals(design)) {
        kind = k;
      }
    }
    if (kind == null) {
      throw new HttpResponseException(
          400, "design must be morris, nolh, lhs or sobol, not \"" + Http.clip(design) + "\"");
    }
    final long reps = Http.wholeNumber(body, "replications", st.replications());
    if (reps < 1 || reps > 1000) {
      throw new HttpResponseException(
          400, "replications (per design point) must be from 1 to 1000 here");
    }
    final long days = Http.wholeNumber(body, "days", 0);
    if (days < 0 || days > s.days()) {
      throw new HttpResponseException(400, "days must be from 1 to " + s.days());
    }
    st =
        st.withDesign(kind)
            .withRun(
                (int) reps,
                Http.wholeNumber(body, "seed", st.seed()),
                options.threads(),
                WebServer.MAX_REPLICATIONS)
            .withMeasures(List.of(), (int) days, 0);
    final List<Factor> factors = Factor.all(s);
    if (factors.isEmpty()) {
      throw new HttpResponseException(
          400, "scenario " + name + " gives no ranged estimates to vary; use the command line");
    }
    final String over = ExploreStudy.overBudget(factors.size(), st, 0);
    if (over != null) {
      throw new HttpResponseException(
          400,
          "this server runs at most "
              + WebServer.MAX_REPLICATIONS
              + " simulations a study: "
              + over.replace("Maybe a budget of", "Maybe the command line, a budget of"));
    }
    final Runs.Run r =
        runs.start(
            name,
            new Runs.Explore(
                new ExploreStudy.Input(
                    EmbeddedScenarios.exists(name) ? "embedded:" + name : name + ".yaml",
                    scenarios.scenarioBytes(name),
                    s),
                factors,
                st));
    if (r == null) {
      throw tooManyRuns();
    }
    ctx.status(201).json(r.status());
  }

  /**
   * @param r a run without a result
   * @param what what a stop cut short ("the ranking", "the design")
   * @return the 409 that says why: stopped before it ended, or not ended yet
   */
  private static HttpResponseException noResult(final Runs.Run r, final String what) {
    return new HttpResponseException(
        409,
        "run "
            + r.id
            + " has no result"
            + (r.state == Runs.State.CANCELLED
                ? " (it was stopped before " + what + " ended)"
                : " yet (it is " + r.status().get("state") + ")"));
  }

  /**
   * An explore run's result: the study's statement and the sections of its HTML report (tornado
   * chart, main effects, indices), as {@code airshield explore --report} writes them.
   */
  private static Map<String, Object> exploration(final Runs.Run r) {
    final ExploreResult x = r.exploration;
    if (x == null) {
      throw noResult(r, "the design");
    }
    final String page = ExploreHtml.html(x);
    final int from = page.indexOf("<body>") + "<body>".length();
    final int to = page.lastIndexOf("</body>");
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("run", r.status());
    m.put("statement", statement(x));
    m.put("html", page.substring(from, to));
    return m;
  }

  /**
   * The headline of an explore study: with plans, the robustness statement a request can quote;
   * else the factors that move the first measure most, strongest first.
   */
  private static String statement(final ExploreResult x) {
    if (x.robustness() != null) {
      return ExploreReport.statement(x);
    }
    final int[] rank = x.ranking(0);
    final List<String> top = new java.util.ArrayList<>();
    for (int i = 0; i < Math.min(3, rank.length); i++) {
      top.add(x.factors().get(rank[i]).key());
    }
    return "What moves "
        + x.measures().get(0)
        + " most: "
        + String.join(", ", top)
        + " ("
        + x.factors().size()
        + " factors, "
        + x.simulations()
        + " simulations).";
  }

  /**
   * The pool a reinforce run ranks when the request gives none: the scenario's embedded one.
   *
   * @return the pool
   */
  private static Pool embeddedPool(final String name, final Scenario s) {
    try {
      return EmbeddedPools.load(s)
          .orElseThrow(
              () ->
                  new HttpResponseException(
                      400,
                      "scenario "
                          + name
                          + " has no embedded reinforcement pool; give your own as \"pool\""));
    } catch (InputException e) {
      // a scenario of the user's that kept an embedded one's id, but not its places or period
      throw new HttpResponseException(
          400,
          "the embedded reinforcement pool of "
              + s.id()
              + " does not fit scenario "
              + name
              + "; give your own as \"pool\"");
    }
  }

  /**
   * The user's own pool, given as the text of a pool file (YAML or JSON) in the request's {@code
   * "pool"} field and read as {@code airshield reinforce --pool} reads a file; its problems are a
   * 422 with line, column and field of each, as for a scenario.
   *
   * @return the pool
   */
  private static Pool ownPool(final JsonNode text, final Scenario s) {
    if (!text.isTextual()) {
      throw new HttpResponseException(
          400, "pool must be the text of a pool file (YAML or JSON), as a JSON string");
    }
    try {
      return PoolReader.read("pool.yaml", text.asText().getBytes(StandardCharsets.UTF_8), s);
    } catch (InputException e) {
      throw new Http.FileProblems("pool", e);
    }
  }
}
