package io.airshield.app;

import io.airshield.scenario.InputException;
import io.airshield.scenario.InputProblem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns a user's mistake into a clear message and exit code 2, never a stack trace. A failure of
 * the program itself still prints its stack trace (exit 1), so it can be reported.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  @Override
  public int handleExecutionException(
      final Exception ex, final CommandLine cl, final ParseResult parseResult) {
    if (ex instanceof InputException ie) {
      ie.problems().forEach(p -> cl.getErr().println(p.format()));
      cl.getErr().flush();
      return Main.EXIT_USAGE;
    }
    if (ex instanceof io.airshield.store.StoreException se) {
      cl.getErr().println("error: " + lines(se.getMessage()));
      cl.getErr().flush();
      return Main.EXIT_USAGE;
    }
    if (ex instanceof io.airshield.study.StudyException se) {
      // a study's setting out of range, or a request it cannot run: the user's to mend
      cl.getErr().println("error: " + lines(se.getMessage()));
      cl.getErr().flush();
      return Main.EXIT_USAGE;
    }
    if (ex instanceof UserException ue) {
      cl.getErr().println("error: " + lines(ue.getMessage()));
      cl.getErr().flush();
      return Main.EXIT_USAGE;
    }
    cl.getErr()
        .println("airshield failed unexpectedly; please report this with the command you ran:");
    ex.printStackTrace(cl.getErr());
    cl.getErr().flush();
    return 1;
  }

  /**
   * A message with the control characters of any user text in it escaped, its own line breaks kept.
   */
  private static String lines(final String message) {
    final String[] parts = String.valueOf(message).split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = InputProblem.escape(parts[i]);
    }
    return String.join(System.lineSeparator(), parts);
  }

  @Override
  public int handleParseException(final ParameterException ex, final String[] args) {
    final CommandLine cl = ex.getCommandLine();
    cl.getErr().println("error: " + lines(ex.getMessage()));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, cl.getErr())) {
      cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
    }
    cl.getErr().flush();
    return Main.EXIT_USAGE;
  }
}
