/**
 * The command line ({@code airshield}): picocli commands that read the user's files and options,
 * turn the options into a study's settings (the defaults live in the core's {@code study} package),
 * run the study and print or write its outputs; the shared options are mixins ({@code
 * SharedOptions}). A user's mistake is a message and exit code 2, never a stack trace ({@code
 * ErrorHandler}). {@code serve} starts the web UI of {@code app.web}, which depends on nothing
 * here.
 */
package io.airshield.app;
