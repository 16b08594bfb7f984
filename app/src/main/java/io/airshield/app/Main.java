package io.airshield.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code airshield} command: a thin shell over the headless core. Every subcommand implements
 * {@code Callable<Integer>} and prints through picocli's injected writers, so tests run it
 * in-process and check output and exit code.
 *
 * <p>Exit codes: 0 success; 1 a failure of the program itself; 2 a user's mistake (bad file, bad
 * option), reported without a stack trace.
 */
@Command(
    name = "airshield",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Air defence of lines of communication, and forming the air units that provide it.",
    subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Exit code for a user's mistake. */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Builds the command line with its subcommands; tests use it with their own writers.
   *
   * @param out standard output
   * @param err standard error
   * @return the configured command line
   */
  public static CommandLine commandLine(final PrintWriter out, final PrintWriter err) {
    final CommandLine cl = new CommandLine(new Main());
    for (Object sub : Commands.all()) {
      cl.addSubcommand(sub);
    }
    // -V on a subcommand printed nothing: every command gets the program's version
    setVersion(cl);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(new ErrorHandler());
    return cl;
  }

  private static void setVersion(final CommandLine cl) {
    cl.getCommandSpec().versionProvider(new Version());
    cl.getSubcommands().values().forEach(Main::setVersion);
  }

  /**
   * @param args command-line arguments
   */
  public static void main(final String[] args) {
    final PrintWriter out = new PrintWriter(System.out, true);
    final PrintWriter err = new PrintWriter(System.err, true);
    final int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
