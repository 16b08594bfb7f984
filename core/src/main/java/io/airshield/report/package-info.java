/**
 * Writing assessments for people and machines: the text table, JSON and tidy CSV files. Numbers are
 * formatted with {@link java.util.Locale#ROOT} so that output is the same on every machine.
 */
package io.airshield.report;
