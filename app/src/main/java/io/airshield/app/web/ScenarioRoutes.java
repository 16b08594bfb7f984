package io.airshield.app.web;

import io.airshield.domain.Scenario;
import io.airshield.formation.PlanReader;
import io.airshield.reinforce.EmbeddedPools;
import io.airshield.report.Basemap;
import io.airshield.scenario.EmbeddedScenarios;
import io.airshield.scenario.FileBytes;
import io.airshield.scenario.InputException;
import io.airshield.scenario.ReadLimits;
import io.airshield.scenario.ScenarioReader;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scenarios resource: the embedded scenarios and the user's own (a folder of YAML files), their
 * text, map layers and embedded reinforcement pools, saving a scenario and validating a file; and
 * the embedded formation plans and the base map the pages draw on.
 */
final class ScenarioRoutes {
  private final Path folder;

  /**
   * @param folder the folder of the user's scenarios
   */
  ScenarioRoutes(final Path folder) {
    this.folder = folder;
  }

  /**
   * @param app the server
   */
  void register(final Javalin app) {
    app.get("/api/basemap", ctx -> ctx.contentType("application/json").result(Basemap.bytes()));
    app.get("/api/scenarios", ctx -> ctx.json(scenarioList()));
    app.get("/api/plans", ctx -> ctx.json(PlanReader.EMBEDDED));
    app.get(
        "/api/plans/{name}",
        ctx -> {
          final String name = ctx.pathParam("name");
          ctx.contentType("text/plain; charset=utf-8")
              .result(
                  PlanReader.embeddedBytes(name)
                      .orElseThrow(
                          () ->
                              new HttpResponseException(
                                  404,
                                  "no embedded formation plan named \""
                                      + name.substring(0, Math.min(64, name.length()))
                                      + "\"; known: "
                                      + String.join(", ", PlanReader.EMBEDDED))));
        });
    app.get(
        "/api/scenarios/{name}",
        ctx ->
            ctx.contentType("text/plain; charset=utf-8")
                .result(scenarioBytes(ctx.pathParam("name"))));
    app.get(
        "/api/scenarios/{name}/layers",
        ctx -> ctx.json(Layers.of(scenario(ctx.pathParam("name")))));
    app.get("/api/scenarios/{name}/pool", this::poolText);
    app.post("/api/scenarios/{name}", this::save);
    app.post("/api/validate", ScenarioRoutes::validate);
  }

  /** Checks a scenario or formation plan file: {@code {"ok", "kind", "problems"}}. */
  private static void validate(final Context ctx) {
    final List<Map<String, Object>> problems = new ArrayList<>();
    final byte[] body = Http.body(ctx);
    final boolean plan = PlanReader.looksLikePlan("plan.yaml", body);
    try {
      if (plan) {
        PlanReader.read("plan.yaml", body);
      } else {
        ScenarioReader.read("scenario.yaml", body);
      }
    } catch (InputException e) {
      problems.addAll(Http.problems(e));
    }
    ctx.json(
        Map.of(
            "ok",
            problems.isEmpty(),
            "kind",
            plan ? "formation plan" : "scenario",
            "problems",
            problems));
  }

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private void save(final Context ctx) throws IOException {
    final String name = ctx.pathParam("name");
    checkName(name);
    if (EmbeddedScenarios.exists(name)) {
      throw new HttpResponseException(
          409, "\"" + name + "\" is an embedded scenario; save" + " under a new name");
    }
    final byte[] body = Http.body(ctx);
    ScenarioReader.read(name + ".yaml", body);
    Files.createDirectories(folder);
    final Path f = folder.resolve(name + ".yaml");
    if (!f.normalize().getParent().equals(folder.normalize())) {
      throw new HttpResponseException(400, "bad scenario name");
    }
    Files.write(f, body);
    ctx.status(201).json(Map.of("name", name, "saved", true));
  }

  static void checkName(final String name) {
    if (!NAME.matcher(name).matches()) {
      throw new HttpResponseException(
          400,
          "a scenario name is 1 to 64 lower-case letters,"
              + " digits, '-' or '_', starting with a letter or digit");
    }
  }

  private List<Map<String, Object>> scenarioList() throws IOException {
    final List<Map<String, Object>> out = new ArrayList<>();
    for (String n : EmbeddedScenarios.names()) {
      out.add(
          Map.of(
              "name",
              n,
              "embedded",
              true,
              "description",
              EmbeddedScenarios.findDescription(n).orElse("")));
    }
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        files
            .map(p -> p.getFileName().toString())
            .filter(f -> f.endsWith(".yaml"))
            .sorted()
            .map(f -> f.substring(0, f.length() - 5))
            .filter(n -> NAME.matcher(n).matches())
            .forEach(n -> out.add(Map.of("name", n, "embedded", false, "description", "")));
      }
    }
    return out;
  }

  byte[] scenarioBytes(final String name) throws IOException {
    checkName(name);
    if (EmbeddedScenarios.exists(name)) {
      return EmbeddedScenarios.bytes(name);
    }
    final Path f = folder.resolve(name + ".yaml");
    if (!Files.isRegularFile(f)) {
      throw new HttpResponseException(
          404,
          "no scenario named \""
              + name
              + "\"; known: "
              + String.join(
                  ", ", scenarioList().stream().map(m -> (String) m.get("name")).toList()));
    }
    try {
      return FileBytes.read(f, name + ".yaml", "scenario", ReadLimits.DEFAULT.maxBytes());
    } catch (FileBytes.RefusedException e) {
      throw new HttpResponseException(e.tooLarge() ? 413 : 400, e.getMessage());
    }
  }

  Scenario scenario(final String name) throws IOException {
    checkName(name);
    if (EmbeddedScenarios.exists(name)) {
      // embedded scenarios never change: read once, not on every request (the map and the
      // run pages ask for layers often, and a 40 kB scenario takes milliseconds to read)
      return EMBEDDED.computeIfAbsent(
          name, n -> ScenarioReader.read(n + ".yaml", EmbeddedScenarios.bytes(n)));
    }
    return ScenarioReader.read(name + ".yaml", scenarioBytes(name));
  }

  /** The embedded scenarios read so far (records, immutable, shared between requests). */
  private static final java.util.concurrent.ConcurrentHashMap<String, Scenario> EMBEDDED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The text of a scenario's embedded reinforcement pool, the starting point for one's own; 404
   * when it has none.
   */
  private void poolText(final Context ctx) throws IOException {
    final String name = ctx.pathParam("name");
    final Scenario s = scenario(name);
    ctx.contentType("text/plain; charset=utf-8")
        .result(
            EmbeddedPools.bytes(s.id())
                .orElseThrow(
                    () ->
                        new HttpResponseException(
                            404,
                            "scenario "
                                + Http.clip(name)
                                + " has no embedded reinforcement pool")));
  }
}
