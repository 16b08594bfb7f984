/**
 * Benchmarks: JMH microbenchmarks of the engine and the campaign, and the runners of the standard
 * benchmarks (PSPLIB, WTA) that print their results against published figures, and the PCS runner
 * of the ranking-and-selection procedure ({@code SelectionPcsRunner}). Build with {@code ./mvnw -q
 * -pl bench -am package -DskipTests}; each class's javadoc gives its command.
 */
package io.airshield.bench;
