package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The server's limits are options; out-of-range ones are a user's mistake (exit 2). */
class ServeOptionsTest {
  @Test
  void limitsOutOfRangeAreRefusedBeforeServing() {
    for (String[] args :
        new String[][] {
          {"--max-queued", "-1"},
          {"--max-runs", "0"},
          {"--max-run-minutes", "0"},
          {"--max-trace-mib", "0"},
          {"--max-trace-mib", "1025"},
          {"--max-trace-seconds", "0"},
          {"--max-trace-seconds", "601"},
          {"--port", "70000"}
        }) {
      // never listens: each case fails its check before the server starts
      final CliRunner.Run r =
          args[0].equals("--port")
              ? CliRunner.run("serve", args[0], args[1])
              : CliRunner.run("serve", args[0], args[1], "--port", "0");
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err())
          .as(String.join(" ", args))
          .contains(args[0] + " must be from")
          .doesNotContain("\tat ");
    }
  }

  /** Issue 18: {@code serve} keeps its store and scenarios under {@code AIRSHIELD_HOME}. */
  @Test
  void airshieldHomeMovesTheStoreAndTheScenarios() {
    final java.nio.file.Path home = java.nio.file.Path.of("/tmp/airshield-home-test");
    assertThat(Stores.home(java.util.Map.of("AIRSHIELD_HOME", home.toString()))).isEqualTo(home);
    final java.nio.file.Path user =
        java.nio.file.Path.of(System.getProperty("user.home"), ".airshield");
    assertThat(Stores.home(java.util.Map.of("AIRSHIELD_HOME", " "))).isEqualTo(user);
    assertThat(Stores.home(java.util.Map.of())).isEqualTo(user);
    final java.nio.file.Path given = java.nio.file.Path.of("given.db");
    assertThat(Stores.path(given)).isEqualTo(given);
  }
}
