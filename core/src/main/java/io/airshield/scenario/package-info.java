/**
 * Reading scenario and plan files: YAML or JSON into a located tree ({@link
 * io.airshield.scenario.SourceTree}), field-by-field binding that collects every problem with file,
 * line, column and field path ({@link io.airshield.scenario.Fields}), semantic checks, the JSON
 * Schema, and the embedded scenarios.
 *
 * <p>Why not plain data binding: a user who writes a scenario by hand needs every mistake reported
 * at once and located precisely, with a hint ("Maybe rangeKm?"); Jackson's binder stops at the
 * first. The tree keeps each node's position, the binder asks for each field by name and unit, and
 * unknown fields are caught with the nearest known name.
 *
 * <p>Limits on hostile input (documented in docs/scenario-format.md): file size, nesting depth,
 * alias expansion and number magnitude, see {@link io.airshield.scenario.ReadLimits}.
 */
package io.airshield.scenario;
