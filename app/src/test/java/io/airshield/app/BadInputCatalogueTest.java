package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.formation.schedule.PsplibFormat;
import io.airshield.scenario.InputException;
import io.airshield.scenario.InputProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad inputs ({@code src/test/resources/bad-inputs/}), run through the command
 * line in-process as a user would run it: each must exit with code 2, print the expected message at
 * the expected {@code file:line:column}, and print no stack trace.
 *
 * <p>{@code catalogue.csv} lists: file (relative to the folder, or {@code gen:NAME} for the big and
 * hostile files written at run time into a temporary folder, and for the missing files that are
 * deliberately not written there), command ({@code validate}, {@code form}, {@code wta}, {@code
 * reinforce} with the file as {@code --pool} of the embedded autumn 1951 scenario, {@code explore}
 * with it as {@code --factors} of that scenario; {@code psplib} reads with {@link PsplibFormat}
 * directly because the command line has no PSPLIB command), expected exit code, a fragment of the
 * expected message, and {@code line:column} ({@code -} where the reader cannot place the problem,
 * e.g. a file that is too large or not text).
 */
class BadInputCatalogueTest {
  private static final String FOLDER = "/bad-inputs/";
  @TempDir static Path generated;

  /** One row of the catalogue. */
  record Entry(String file, String command, int exit, String fragment, String location) {}

  static List<Entry> entries() throws IOException {
    final List<Entry> out = new ArrayList<>();
    try (InputStream in =
            BadInputCatalogueTest.class.getResourceAsStream(FOLDER + "catalogue.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        final String[] f = line.split("\\|", -1);
        out.add(new Entry(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4]));
      }
    }
    return out;
  }

  static Stream<Arguments> cases() throws IOException {
    return entries().stream().map(e -> Arguments.of(e.file() + " (" + e.command() + ")", e));
  }

  @Test
  void theCatalogueIsLargeAndListsEveryFile() throws IOException, URISyntaxException {
    final List<Entry> all = entries();
    assertThat(all).hasSizeGreaterThanOrEqualTo(60);
    final Path root = Path.of(BadInputCatalogueTest.class.getResource(FOLDER).toURI());
    final Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(n -> !n.equals("catalogue.csv"))
          .forEach(files::add);
    }
    final Set<String> listed = all.stream().map(Entry::file).collect(Collectors.toSet());
    assertThat(listed).as("every file of the folder is in catalogue.csv").containsAll(files);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isReportedAsAUserMistakeAtItsPlace(final String name, final Entry e) throws Exception {
    final Path file =
        e.file().startsWith("gen:")
            ? generate(e.file().substring(4))
            : Path.of(BadInputCatalogueTest.class.getResource(FOLDER + e.file()).toURI());
    final String path = file.toString();
    final CliRunner.Run run =
        switch (e.command()) {
          case "validate" -> CliRunner.run("validate", path);
          case "form" -> CliRunner.run("form", path);
          case "wta" -> CliRunner.run("wta", path);
          case "reinforce" -> CliRunner.run("reinforce", "korea-1951-autumn", "--pool", path, "-q");
          case "explore" -> CliRunner.run("explore", "korea-1951-autumn", "--factors", path, "-q");
          case "psplib" -> psplib(file);
          default -> throw new IllegalArgumentException("unknown command " + e.command());
        };
    final String all = run.out() + run.err();
    assertThat(all)
        .as("no stack trace")
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("failed unexpectedly");
    // nor the parsers' internals: their class and method names, Jackson's character codes
    assertThat(all)
        .as("no internals")
        .doesNotContain("com.fasterxml")
        .doesNotContain("org.yaml")
        .doesNotContain("io.airshield.")
        .doesNotContain("StreamReadConstraints")
        .doesNotContain("(code ")
        .doesNotContain("null");
    // nor a control character a terminal would act on, whatever the file holds (issue 18)
    assertThat(all)
        .as("no control characters")
        .doesNotContainPattern("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u202a-\\u202e]");
    assertThat(run.code()).as("exit code; stderr:%n%s", run.err()).isEqualTo(e.exit());
    final List<String> blocks = problems(run.err());
    final String where = e.location().equals("-") ? "" : ":" + e.location() + ":";
    assertThat(blocks)
        .as("a problem containing \"%s\" at %s; stderr:%n%s", e.fragment(), e.location(), run.err())
        .anySatisfy(
            b -> {
              assertThat(b).contains(e.fragment());
              if (!where.isEmpty()) {
                assertThat(b).contains(path + where);
              }
            });
  }

  /**
   * A mistake is reported once, not again by the checks that depend on the mistaken value: an
   * out-of-range {@code regiments} is the only problem of these pools, although each also gives
   * {@code maxPerStation: 3}, which is checked against the regiments.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("regimentFiles")
  void aBadRegimentsValueIsTheOnlyProblemReported(final String file) throws Exception {
    final String path =
        Path.of(BadInputCatalogueTest.class.getResource(FOLDER + file).toURI()).toString();
    final CliRunner.Run run = CliRunner.run("reinforce", "korea-1951-autumn", "--pool", path, "-q");
    assertThat(run.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(problems(run.err()))
        .as(run.err())
        .singleElement()
        .asString()
        .startsWith(path + ":17:16: units[0].regiments: value ")
        .endsWith("is out of range: expected a whole number from 1 to 12");
  }

  static Stream<String> regimentFiles() {
    return Stream.of(
        "pool/regiments-zero.yaml",
        "pool/regiments-negative.yaml",
        "pool/regiments-huge.yaml",
        "pool/regiments-thousand.yaml");
  }

  /**
   * Found by a review: a pair given twice was reported, and then the line after it again, as
   * "unexpected content after the 2 kill probabilities: '0'". Each of these files has one mistake,
   * reported once, without the follow-on problems of the lines after it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("oneMistakeWtaFiles")
  void aWtaMistakeIsTheOnlyProblemReported(final String file, final String expected)
      throws Exception {
    final String path =
        Path.of(BadInputCatalogueTest.class.getResource(FOLDER + file).toURI()).toString();
    final CliRunner.Run run = CliRunner.run("wta", path);
    assertThat(run.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(problems(run.err())).as(run.err()).containsExactly(path + ":" + expected);
  }

  static Stream<Arguments> oneMistakeWtaFiles() {
    return Stream.of(
        Arguments.of(
            "wta/duplicate-pair.txt",
            "5:1: probability p[0][0]: given twice (first given at line 4, column 1); each pair"
                + " (i, j) must appear once"),
        Arguments.of(
            "wta/value-line-two-numbers.txt",
            "2:4: value v[0]: expected one target value on this line, found 2 numbers"),
        Arguments.of(
            "wta/values-too-many.txt",
            "4:1: probability line: expected 3 fields 'i j p' (type, target, kill probability),"
                + " found 1; the header gives T = 2 targets, so only 2 target values"));
  }

  /** The problems printed, one block each: a first line and its indented hint lines. */
  private static List<String> problems(final String err) {
    final List<String> out = new ArrayList<>();
    for (String line : err.split("\\R")) {
      if ((line.startsWith(" ") || line.startsWith("\t")) && !out.isEmpty()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + "\n" + line);
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /** PSPLIB has no command: read it as {@code bench} does, and report as the CLI would. */
  private static CliRunner.Run psplib(final Path file) throws IOException {
    final StringWriter err = new StringWriter();
    try {
      PsplibFormat.parse(file.toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
      return new CliRunner.Run(0, "", "");
    } catch (InputException ex) {
      final PrintWriter w = new PrintWriter(err);
      ex.problems().stream().map(InputProblem::format).forEach(w::println);
      w.flush();
      return new CliRunner.Run(Main.EXIT_USAGE, "", err.toString());
    }
  }

  /** Writes a big or hostile file that is not worth keeping in the repository. */
  private static Path generate(final String name) throws IOException {
    final Path f = generated.resolve(name);
    if (Files.exists(f)) {
      return f;
    }
    switch (name) {
      case "huge-50mb.yaml", "huge-50mb-plan.yaml" -> fill(f, "# padding\n", 50L << 20);
      case "huge-50mb.txt" -> {
        try (OutputStream o = Files.newOutputStream(f)) {
          o.write("1 1 1\n7\n0 0 0.5\n".getBytes(StandardCharsets.US_ASCII));
        }
        fill(f, "0 0 0.5\n", 50L << 20);
      }
      case "alias-bomb.yaml" -> {
        // the "billion laughs": ten levels of ten aliases each, 10^10 values once expanded
        final StringBuilder sb = new StringBuilder("format: airshield-scenario/1\nid: bomb\n");
        sb.append("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
          sb.append("l").append(i).append(": &l").append(i).append(" [");
          for (int j = 0; j < 10; j++) {
            sb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
          }
          sb.append("]\n");
        }
        Files.writeString(f, sb);
      }
      case "deep-nesting.yaml" ->
          Files.writeString(f, "a: " + "[".repeat(10_000) + "1" + "]".repeat(10_000) + "\n");
      case "deep-nesting.json" ->
          Files.writeString(f, "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000));
      case "long-text.yaml" ->
          // a text of 1 MiB and one character: YAML is held to the limit JSON has from Jackson
          Files.writeString(
              f,
              "# a scenario with a long id\nformat: airshield-scenario/1\n\nid: "
                  + "x".repeat((1 << 20) + 1)
                  + "\n");
      case "long-name.json" ->
          Files.writeString(
              f,
              "{\"format\": \"airshield-scenario/1\",\n \"id\": \"x\",\n \"period\": {\n  \""
                  + "x".repeat(3 << 20)
                  + "\": 1}}\n");
      case "many-values.yaml" -> {
        final StringBuilder sb =
            new StringBuilder("format: airshield-scenario/1\nid: many\n" + "sources: [");
        for (int i = 0; i < 600_000; i++) {
          sb.append(i == 0 ? "" : ",").append('0');
        }
        Files.writeString(f, sb.append("]\n"));
      }
      case "plan-too-large.yaml", "plan-just-too-large.yaml" -> {
        // one phase over the limit must be refused, not scheduled for minutes (issue 18)
        final StringBuilder sb =
            new StringBuilder(
                "name: big\nstart: 2000-01-01\n"
                    + "end: 2000-12-31\ndeadline: 2000-06-01\nunits:\n");
        for (int i = 0; i < (name.startsWith("plan-just") ? 167 : 1700); i++) {
          sb.append("  - id: u").append(i).append("\n    phases:\n");
          for (String p : new String[] {"school", "conversion", "combat"}) {
            sb.append("      - {id: ").append(p).append(", durationWeeks: 2}\n");
          }
        }
        Files.writeString(f, sb);
      }
      case "fifo.yaml", "fifo-plan.yaml", "fifo-pool.yaml", "fifo.txt" -> {
        // a named pipe with no writer: opening it would wait for ever (issue 18)
        final Process p = new ProcessBuilder("mkfifo", f.toString()).start();
        try {
          assertThat(p.waitFor()).as("mkfifo").isZero();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
      }
      case "dev-zero.yaml", "dev-zero-plan.yaml", "dev-zero-pool.yaml", "dev-zero.txt" ->
          // endless zeros: read whole, they ran out of memory after 5 GB (issue 18)
          Files.createSymbolicLink(f, Path.of("/dev/zero"));
      case "folder.yaml", "folder-plan.yaml", "folder-pool.yaml", "folder.txt" ->
          Files.createDirectories(f);
      case "long-line.txt" -> {
        // one line of 50 MB: a line is read whole before it is split into numbers
        try (OutputStream o = Files.newOutputStream(f)) {
          final byte[] chunk = "7".repeat(65_536).getBytes(StandardCharsets.US_ASCII);
          for (int i = 0; i < 800; i++) {
            o.write(chunk);
          }
        }
      }
      case "missing-file.yaml", "missing-pool.yaml" -> {
        // not written: the case is a file that does not exist
      }
      default -> throw new IllegalArgumentException("no generator for " + name);
    }
    return f;
  }

  /** Appends {@code line} repeatedly until the file has at least {@code size} bytes. */
  private static void fill(final Path f, final String line, final long size) throws IOException {
    final byte[] chunk = line.repeat(65_536 / line.length()).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream o =
        Files.newOutputStream(
            f, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
      long written = Files.size(f);
      while (written < size) {
        o.write(chunk);
        written += chunk.length;
      }
    }
  }
}
