package io.airshield.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the scenario format, {@code scenario.schema.json}, for editors
 * and other tools ({@code airshield schema} prints it). It describes every field with its type,
 * unit, range and whether it is required; the reader additionally checks what a schema cannot
 * express (references, unique ids, climatology adding up, dates in the period, places in the
 * theatre). A test keeps the schema and {@link ScenarioReader} in step.
 */
public final class ScenarioSchema {
  /** The resource holding the schema. */
  public static final String RESOURCE = "/io/airshield/scenario/scenario.schema.json";

  private ScenarioSchema() {}

  /**
   * @return the schema's JSON text
   */
  public static String json() {
    try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
