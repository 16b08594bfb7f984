package io.airshield.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures its output and exit code. */
final class CliRunner {
  record Run(int code, String out, String err) {}

  private CliRunner() {}

  static Run run(final String... args) {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static String resource(final String name) {
    try {
      return java.nio.file.Path.of(CliRunner.class.getResource(name).toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
