package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of every module says what it is for (STYLE.md, habit 9): each folder of main
 * sources that holds Java files has a {@code package-info.java} whose javadoc has at least one
 * sentence. The modules are the folders of the repository with {@code src/main/java}, so a new
 * module is checked without changing this test.
 */
class PackageInfoTest {
  /** A javadoc comment with a sentence in it, before the package declaration. */
  private static final Pattern DESCRIBED =
      Pattern.compile("(?s)/\\*\\*.*?\\w[^*]*?\\.(\\s|\\*).*?\\*/\\s*package\\s+[\\w.]+;");

  private static Path root() {
    // surefire runs in the module's folder (app); the repository is its parent
    final Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("core/src/main/java")) ? here : here.getParent();
  }

  @Test
  void everyPackageOfEveryModuleHasAPackageInfo() throws IOException {
    final Path root = root();
    final List<Path> modules = new ArrayList<>();
    try (Stream<Path> s = Files.list(root)) {
      s.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).sorted().forEach(modules::add);
    }
    assertThat(modules.stream().map(m -> m.getFileName().toString()))
        .contains("core", "store", "app", "spark", "bench");
    final List<String> missing = new ArrayList<>();
    int packages = 0;
    for (Path m : modules) {
      final List<Path> folders;
      try (Stream<Path> s = Files.walk(m.resolve("src/main/java"))) {
        folders = s.filter(Files::isDirectory).sorted().toList();
      }
      for (Path f : folders) {
        final boolean hasJava;
        try (Stream<Path> s = Files.list(f)) {
          hasJava = s.anyMatch(p -> p.toString().endsWith(".java"));
        }
        if (!hasJava) {
          continue;
        }
        packages++;
        final Path info = f.resolve("package-info.java");
        if (!Files.isRegularFile(info)) {
          missing.add(root.relativize(f) + ": no package-info.java");
        } else if (!DESCRIBED.matcher(Files.readString(info, StandardCharsets.UTF_8)).find()) {
          missing.add(root.relativize(info) + ": no javadoc sentence saying what it is for");
        }
      }
    }
    assertThat(packages).isGreaterThan(15);
    assertThat(missing).isEmpty();
  }
}
