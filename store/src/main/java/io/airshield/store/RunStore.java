package io.airshield.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * The results database: one SQLite file holding runs (the scenario's bytes and hash, the options,
 * program version, start and end, status), their replication blocks (each block's outcome vectors
 * as a BLOB of little-endian doubles, exactly the bits the statistics were fed), the aggregate, and
 * traces when asked.
 *
 * <p>Why this shape: a block is written in a transaction after it has been merged, and blocks are
 * merged strictly in order, so what is in the file after a crash at any moment is always a prefix
 * of the run's blocks. Resuming reloads that prefix into fresh statistics in the same order and
 * continues from the next block, which gives the same statistics to the last bit as an
 * uninterrupted run. The file is in WAL mode with {@code synchronous=NORMAL}: a commit survives the
 * process being killed; after a power loss the last commits may be missing, which only means those
 * blocks are computed again; the file itself stays consistent.
 *
 * <p>The schema carries its version in {@code schema_version}; opening applies the migrations an
 * older file lacks and refuses a file written by a newer airshield rather than misread it. Locked,
 * damaged and foreign files give a {@link StoreException} that says so.
 */
public final class RunStore implements AutoCloseable {
  /** The schema version this program writes. */
  public static final int SCHEMA_VERSION = 3;

  /** SQLite's application id of an airshield store ("AIRS"), so a foreign file is refused. */
  static final int APPLICATION_ID = 0x41495253;

  /** How long a write waits for another process's lock before giving up (ms). */
  public static final int DEFAULT_BUSY_TIMEOUT_MS = 10_000;

  /** The migrations, the i-th one taking the schema from version i to i+1. */
  private static final List<String[]> MIGRATIONS =
      List.<String[]>of(
          new String[] {
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
            "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, scenario_id TEXT NOT NULL,"
                + " scenario_name TEXT NOT NULL, scenario_sha256 TEXT NOT NULL,"
                + " scenario BLOB NOT NULL, last_day TEXT NOT NULL, formation_name TEXT,"
                + " formation BLOB, seed INTEGER NOT NULL, max_replications INTEGER NOT NULL,"
                + " precision REAL NOT NULL, min_replications INTEGER NOT NULL,"
                + " block_size INTEGER NOT NULL, headline INTEGER NOT NULL,"
                + " vector_size INTEGER NOT NULL, engine TEXT NOT NULL,"
                + " program_version TEXT NOT NULL, started_at TEXT NOT NULL, ended_at TEXT,"
                + " status TEXT NOT NULL CHECK (status IN"
                + " ('running', 'complete', 'cancelled', 'failed')),"
                + " replications INTEGER NOT NULL DEFAULT 0,"
                + " precision_reached INTEGER NOT NULL DEFAULT 0, message TEXT)",
            "CREATE TABLE blocks (run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
                + " first INTEGER NOT NULL, count INTEGER NOT NULL, outcomes BLOB NOT NULL,"
                + " PRIMARY KEY (run_id, first)) WITHOUT ROWID",
            "CREATE TABLE aggregates (run_id INTEGER PRIMARY KEY REFERENCES runs (id)"
                + " ON DELETE CASCADE, replications INTEGER NOT NULL, means BLOB NOT NULL,"
                + " sds BLOB NOT NULL, assessment_json TEXT)",
            "CREATE TABLE traces (run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
                + " replication INTEGER NOT NULL, trace TEXT NOT NULL,"
                + " PRIMARY KEY (run_id, replication))",
            "PRAGMA application_id = " + APPLICATION_ID
          },
          // 2: a run's name and note, given by its user (the web UI's Runs page), kept apart from
          // the run's own record, which says how it was made and never changes after it ends
          new String[] {
            "CREATE TABLE labels (run_id INTEGER PRIMARY KEY REFERENCES runs (id)"
                + " ON DELETE CASCADE, name TEXT NOT NULL, note TEXT NOT NULL)"
          },
          // 3: runs of other studies than assess (explore): what the study is and its settings,
          // a file it needs besides the scenario (a reinforcement pool), and its headline once
          // done; the points' values are blocks like an assessment's replications
          new String[] {
            "CREATE TABLE IF NOT EXISTS studies (run_id INTEGER PRIMARY KEY REFERENCES runs (id)"
                + " ON DELETE CASCADE, kind TEXT NOT NULL, settings TEXT NOT NULL,"
                + " attachment_name TEXT, attachment BLOB, headline TEXT)"
          });

  /** Longest name of a run (characters). */
  public static final int MAX_NAME_LENGTH = 80;

  /** Longest note on a run (characters). */
  public static final int MAX_NOTE_LENGTH = 4_000;

  /**
   * A user's name and note for a run; empty strings when none.
   *
   * @param name a short name
   * @param note free text
   */
  public record Label(String name, String note) {
    /** No name and no note. */
    public static final Label NONE = new Label("", "");
  }

  private final Path path;
  private final Connection c;

  private RunStore(final Path path, final Connection c) {
    this.path = path;
    this.c = c;
  }

  /**
   * Opens the store, creating it (and its folder) when missing.
   *
   * @param file the database file
   * @return the open store
   * @throws StoreException if the file is locked, damaged, foreign or newer
   */
  public static RunStore open(final Path file) {
    return open(file, DEFAULT_BUSY_TIMEOUT_MS);
  }

  /**
   * @param file the database file
   * @param busyTimeoutMs how long to wait for another process's lock
   * @return the open store
   * @throws StoreException if the file is locked, damaged, foreign or newer
   */
  public static RunStore open(final Path file, final int busyTimeoutMs) {
    final Path abs = file.toAbsolutePath();
    try {
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the folder of the store " + abs + ": " + e);
    }
    if (Files.isDirectory(abs)) {
      throw new StoreException(
          "the store " + abs + " is a folder; give a file, e.g. " + abs.resolve("runs.db"));
    }
    // a file this process may not write (another user's, a read-only disk) is opened read-only:
    // it can still be listed, shown and exported, and a write says it is read-only
    return open(abs, busyTimeoutMs, Files.exists(abs) && !Files.isWritable(abs));
  }

  /**
   * @param abs the database file, absolute, not a folder
   * @param busyTimeoutMs how long to wait for another process's lock
   * @param readOnly whether to open it read-only, without migrating it
   * @return the open store
   */
  static RunStore open(final Path abs, final int busyTimeoutMs, final boolean readOnly) {
    final SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(busyTimeoutMs);
    // no journal mode here: switching to WAL writes the file's header, and the file has not yet
    // been found to be an airshield store (issue 18: a foreign file was changed before the check)
    config.enforceForeignKeys(true);
    config.setReadOnly(readOnly);
    Connection conn = null;
    try {
      conn = DriverManager.getConnection("jdbc:sqlite:" + abs, config.toProperties());
      final RunStore store = new RunStore(abs, conn);
      store.checkIdentity();
      if (!readOnly) {
        store.exec("PRAGMA journal_mode = WAL");
        store.exec("PRAGMA synchronous = NORMAL");
        store.migrate();
      }
      return store;
    } catch (SQLException e) {
      closeQuietly(conn);
      throw translate(abs, "open", e);
    } catch (RuntimeException e) {
      closeQuietly(conn);
      throw e;
    }
  }

  private static void closeQuietly(final Connection conn) {
    if (conn != null) {
      try {
        conn.close();
      } catch (SQLException ignored) {
        // the original error is the one worth reporting
      }
    }
  }

  /** Turns SQLite's error codes into messages a user can act on. */
  static StoreException translate(final Path file, final String what, final SQLException e) {
    final int code = e.getErrorCode() & 0xff;
    return switch (code) {
      case 5, 6 ->
          new StoreException(
              "the store "
                  + file
                  + " is locked by another process"
                  + " (another airshield writing to it?); wait for it to finish, or give another file"
                  + " with --store, or run without one with --no-store",
              e);
      case 11, 26 ->
          new StoreException(
              "the store "
                  + file
                  + " is damaged or is not an"
                  + " airshield store ("
                  + firstLine(e)
                  + "); nothing was changed. Move it aside and"
                  + " give another file with --store, or run with --no-store",
              e);
      case 8 ->
          new StoreException(
              "the store "
                  + file
                  + " is read-only; give a writable file"
                  + " with --store, or run with --no-store",
              e);
      case 13 -> new StoreException("the disk of the store " + file + " is full", e);
      case 14 -> new StoreException("cannot open the store " + file + " (" + firstLine(e) + ")", e);
      default -> new StoreException("store " + file + ": cannot " + what + ": " + firstLine(e), e);
    };
  }

  private static String firstLine(final SQLException e) {
    final String m = String.valueOf(e.getMessage());
    final int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private StoreException fail(final String what, final SQLException e) {
    return translate(path, what, e);
  }

  /** Refuses, before anything is written, a file that is not an airshield store of a known age. */
  private void checkIdentity() throws SQLException {
    final int appId = pragmaInt("application_id");
    final boolean empty = !hasTable("schema_version") && countTables() == 0;
    if (!empty && appId != APPLICATION_ID) {
      throw new StoreException(
          "the file "
              + path
              + " is an SQLite database but not an"
              + " airshield store; nothing was changed. Give another file with --store");
    }
    final int version = empty ? 0 : currentVersion();
    if (version > SCHEMA_VERSION) {
      throw new StoreException(
          "the store "
              + path
              + " was written by a newer airshield"
              + " (schema version "
              + version
              + "; this program reads up to "
              + SCHEMA_VERSION
              + "); nothing was changed. Use the newer airshield, or give another file with"
              + " --store");
    }
  }

  private void migrate() throws SQLException {
    final boolean empty = !hasTable("schema_version") && countTables() == 0;
    final int version = empty ? 0 : currentVersion();
    if (version == SCHEMA_VERSION) {
      return;
    }
    exec("BEGIN IMMEDIATE");
    try {
      // another process may have migrated while we waited for the lock
      final int now = hasTable("schema_version") ? currentVersion() : 0;
      for (int v = now; v < SCHEMA_VERSION; v++) {
        try (Statement st = c.createStatement()) {
          for (String sql : MIGRATIONS.get(v)) {
            st.execute(sql);
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
          ps.setInt(1, v + 1);
          ps.setString(2, now());
          ps.executeUpdate();
        }
      }
      exec("COMMIT");
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw e;
    }
  }

  private int currentVersion() throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private boolean hasTable(final String name) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private int countTables() throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private int pragmaInt(final String name) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA " + name)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private void exec(final String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private void rollback() {
    try {
      exec("ROLLBACK");
    } catch (SQLException ignored) {
      // no transaction was open: nothing to undo
    }
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /**
   * @return the database file
   */
  public Path path() {
    return path;
  }

  /**
   * @return the schema version of the open file
   */
  public int schemaVersion() {
    try {
      return currentVersion();
    } catch (SQLException e) {
      throw fail("read the schema version", e);
    }
  }

  /** A unit of work in one transaction. */
  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  private <T> T tx(final String what, final Work<T> work) {
    try {
      exec("BEGIN IMMEDIATE");
    } catch (SQLException e) {
      throw fail(what, e);
    }
    try {
      final T t = work.run();
      exec("COMMIT");
      return t;
    } catch (SQLException e) {
      rollback();
      throw fail(what, e);
    } catch (RuntimeException e) {
      rollback();
      throw e;
    }
  }

  /**
   * Records a new run, status running.
   *
   * @param spec what decides its results
   * @param scenarioId the scenario's id
   * @param vectorSize slots of its outcome vectors
   * @param engine the engine (local or spark)
   * @param programVersion the airshield version
   * @return the run's id
   */
  public long createRun(
      final RunSpec spec,
      final String scenarioId,
      final int vectorSize,
      final String engine,
      final String programVersion) {
    return tx(
        "record a new run", () -> insertRun(spec, scenarioId, vectorSize, engine, programVersion));
  }

  private long insertRun(
      final RunSpec spec,
      final String scenarioId,
      final int vectorSize,
      final String engine,
      final String programVersion)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO runs (scenario_id,"
                + " scenario_name, scenario_sha256, scenario, last_day, formation_name, formation,"
                + " seed, max_replications, precision, min_replications, block_size, headline,"
                + " vector_size, engine, program_version, started_at, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running')",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, scenarioId);
      ps.setString(2, spec.scenarioName());
      ps.setString(3, spec.scenarioHash());
      ps.setBytes(4, spec.scenario());
      ps.setString(5, spec.lastDay().toString());
      ps.setString(6, spec.formationName());
      if (spec.formation() == null) {
        ps.setNull(7, Types.BLOB);
      } else {
        ps.setBytes(7, spec.formation());
      }
      ps.setLong(8, spec.seed());
      ps.setLong(9, spec.maxReplications());
      ps.setDouble(10, spec.precision());
      ps.setLong(11, spec.minReplications());
      ps.setInt(12, spec.blockSize());
      ps.setInt(13, spec.headline());
      ps.setInt(14, vectorSize);
      ps.setString(15, engine);
      ps.setString(16, programVersion);
      ps.setString(17, now());
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * What a run of another study than {@code assess} is: its kind, its settings in the study's own
   * text form, a file it needs besides the scenario, and its headline once done.
   *
   * @param kind the study, e.g. {@code explore}
   * @param settings its settings, as the study writes and reads them
   * @param attachmentName the extra file's name, or null
   * @param attachment its bytes, or null
   * @param headline a one-line summary of its result, empty until it is done
   */
  public record Study(
      String kind, String settings, String attachmentName, byte[] attachment, String headline) {}

  /**
   * Records a new run of a study in one transaction: the run (its blocks will hold the study's
   * values) and what the study is.
   *
   * @param spec the scenario, seed and sizes (replications: the values the study records)
   * @param scenarioId the scenario's id
   * @param vectorSize values per recorded vector
   * @param engine the engine
   * @param programVersion the airshield version
   * @param study the study
   * @return the run's id
   */
  public long createStudyRun(
      final RunSpec spec,
      final String scenarioId,
      final int vectorSize,
      final String engine,
      final String programVersion,
      final Study study) {
    return tx(
        "record a new run",
        () -> {
          final long id = insertRun(spec, scenarioId, vectorSize, engine, programVersion);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO studies (run_id, kind, settings, attachment_name, attachment,"
                      + " headline) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, study.kind());
            ps.setString(3, study.settings());
            ps.setString(4, study.attachmentName());
            if (study.attachment() == null) {
              ps.setNull(5, Types.BLOB);
            } else {
              ps.setBytes(5, study.attachment());
            }
            ps.setString(6, study.headline());
            ps.executeUpdate();
          }
          return id;
        });
  }

  /**
   * @param runId a run
   * @return its study, empty for an assessment (or a store older than studies)
   */
  public Optional<Study> study(final long runId) {
    try {
      if (!hasTable("studies")) {
        return Optional.empty();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT kind, settings, attachment_name, attachment, headline FROM studies"
                  + " WHERE run_id = ?")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next()
              ? Optional.of(
                  new Study(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getBytes(4),
                      rs.getString(5) == null ? "" : rs.getString(5)))
              : Optional.empty();
        }
      }
    } catch (SQLException e) {
      throw fail("read the study of run " + runId, e);
    }
  }

  /**
   * Records a study's headline when it is done.
   *
   * @param runId the run
   * @param headline one line
   */
  public void studyHeadline(final long runId, final String headline) {
    tx(
        "record the headline of run " + runId,
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE studies SET headline = ? WHERE run_id = ?")) {
            ps.setString(1, headline);
            ps.setLong(2, runId);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /**
   * Writes blocks as they arrive, several to a transaction when they come fast: a commit per block
   * of 8 fast replications would spend more time in the database than in the model. Whatever is
   * committed is a prefix of the run, so batching loses nothing but recomputation on a crash. Call
   * {@link #flush()} before marking the run's end.
   */
  public final class BlockWriter implements io.airshield.montecarlo.MonteCarlo.BlockSink {
    private final long runId;
    private final int vectorSize;
    private final List<Object[]> pending = new ArrayList<>();
    private final long maxDelayNs;
    private final int maxPending;
    private long lastFlushNs = System.nanoTime();
    private long written;

    private BlockWriter(
        final long runId, final int vectorSize, final int maxPending, final long maxDelayMs) {
      this.runId = runId;
      this.vectorSize = vectorSize;
      this.maxPending = maxPending;
      this.maxDelayNs = maxDelayMs * 1_000_000L;
    }

    @Override
    public void accept(final long firstReplication, final double[][] outcomes) {
      pending.add(new Object[] {firstReplication, outcomes.length, encode(outcomes, vectorSize)});
      written += outcomes.length;
      if (pending.size() >= maxPending || System.nanoTime() - lastFlushNs >= maxDelayNs) {
        flush();
      }
    }

    /** Commits the pending blocks and the run's replication count. */
    public void flush() {
      if (pending.isEmpty()) {
        return;
      }
      tx(
          "write blocks of run " + runId,
          () -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO blocks (run_id, first, count, outcomes) VALUES (?, ?, ?, ?)")) {
              for (Object[] b : pending) {
                ps.setLong(1, runId);
                ps.setLong(2, (Long) b[0]);
                ps.setInt(3, (Integer) b[1]);
                ps.setBytes(4, (byte[]) b[2]);
                ps.addBatch();
              }
              ps.executeBatch();
            }
            try (PreparedStatement ps =
                c.prepareStatement("UPDATE runs SET replications = ? WHERE id = ?")) {
              final Object[] last = pending.get(pending.size() - 1);
              ps.setLong(1, (Long) last[0] + (Integer) last[1]);
              ps.setLong(2, runId);
              if (ps.executeUpdate() != 1) {
                throw new StoreException(
                    "run " + runId + " was deleted from " + path + " while it was running");
              }
            }
            return null;
          });
      pending.clear();
      lastFlushNs = System.nanoTime();
    }

    /**
     * @return replications handed to this writer
     */
    public long written() {
      return written;
    }
  }

  /**
   * @param runId the run
   * @param vectorSize slots of its outcome vectors
   * @return a writer that commits at least every 32 blocks or 200 ms
   */
  public BlockWriter blockWriter(final long runId, final int vectorSize) {
    return new BlockWriter(runId, vectorSize, 32, 200);
  }

  /**
   * @param runId the run
   * @param vectorSize slots of its outcome vectors
   * @param maxPending blocks held before a commit
   * @param maxDelayMs time after which arriving blocks are committed
   * @return a block writer
   */
  public BlockWriter blockWriter(
      final long runId, final int vectorSize, final int maxPending, final long maxDelayMs) {
    return new BlockWriter(runId, vectorSize, maxPending, maxDelayMs);
  }

  static byte[] encode(final double[][] outcomes, final int size) {
    final ByteBuffer b =
        ByteBuffer.allocate(outcomes.length * size * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (double[] x : outcomes) {
      if (x.length != size) {
        throw new IllegalArgumentException("outcome vector of " + x.length + " slots, not " + size);
      }
      for (double v : x) {
        b.putDouble(v);
      }
    }
    return b.array();
  }

  static double[][] decode(final byte[] bytes, final int count, final int size) {
    final ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    final double[][] out = new double[count][size];
    for (double[] x : out) {
      for (int i = 0; i < size; i++) {
        x[i] = b.getDouble();
      }
    }
    return out;
  }

  /** Receives stored blocks in order. */
  @FunctionalInterface
  public interface BlockVisitor {
    /**
     * @param first the block's first replication
     * @param outcomes its outcome vectors in replication order
     * @return false to stop reading
     */
    boolean visit(long first, double[][] outcomes);
  }

  /**
   * Reads a run's blocks in replication order, checking that they follow each other without a gap
   * and that each BLOB has the right length (a damaged block is reported, never skipped).
   *
   * @param runId the run
   * @param visitor receives each block
   * @return replications read
   */
  public long readBlocks(final long runId, final BlockVisitor visitor) {
    final RunInfo info = get(runId);
    final int size = info.vectorSize();
    long expected = 0;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT first, count, outcomes FROM blocks WHERE run_id = ? ORDER BY first")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          final long first = rs.getLong(1);
          final int count = rs.getInt(2);
          final byte[] bytes = rs.getBytes(3);
          if (first != expected) {
            throw new StoreException(
                "run "
                    + runId
                    + " in "
                    + path
                    + " lacks replications "
                    + expected
                    + " to "
                    + (first - 1)
                    + "; the store is damaged");
          }
          if (count < 1 || bytes == null || bytes.length != count * size * Double.BYTES) {
            throw new StoreException(
                "block "
                    + first
                    + " of run "
                    + runId
                    + " in "
                    + path
                    + " has the wrong size; the store is damaged");
          }
          expected += count;
          if (!visitor.visit(first, decode(bytes, count, size))) {
            break;
          }
        }
      }
    } catch (SQLException e) {
      throw fail("read the blocks of run " + runId, e);
    }
    return expected;
  }

  /**
   * Marks a run as running again (resume).
   *
   * @param runId the run
   */
  public void markRunning(final long runId) {
    update(
        "resume run " + runId,
        "UPDATE runs SET status = 'running', ended_at = NULL," + " message = NULL WHERE id = ?",
        runId);
  }

  /**
   * Records a run's end.
   *
   * @param runId the run
   * @param status complete, cancelled or failed
   * @param replications replications merged
   * @param precisionReached whether the precision target was met
   * @param message why it failed, or null
   */
  public void finish(
      final long runId,
      final RunInfo.Status status,
      final long replications,
      final boolean precisionReached,
      final String message) {
    tx(
        "record the end of run " + runId,
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE runs SET status = ?,"
                      + " ended_at = ?, replications = ?, precision_reached = ?, message = ?"
                      + " WHERE id = ?")) {
            ps.setString(1, status.label());
            ps.setString(2, now());
            ps.setLong(3, replications);
            ps.setInt(4, precisionReached ? 1 : 0);
            ps.setString(5, message);
            ps.setLong(6, runId);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /**
   * Stores the aggregate of a finished run: every slot's mean and standard deviation (so the
   * figures can be read without replaying the blocks) and the assessment as JSON.
   *
   * @param runId the run
   * @param replications replications behind it
   * @param means every slot's mean
   * @param sds every slot's standard deviation
   * @param assessmentJson the assessment in the JSON report's format, or null
   */
  public void saveAggregate(
      final long runId,
      final long replications,
      final double[] means,
      final double[] sds,
      final String assessmentJson) {
    tx(
        "store the aggregate of run " + runId,
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO aggregates"
                      + " (run_id, replications, means, sds, assessment_json) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, runId);
            ps.setLong(2, replications);
            ps.setBytes(3, encode(new double[][] {means}, means.length));
            ps.setBytes(4, encode(new double[][] {sds}, sds.length));
            ps.setString(5, assessmentJson);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /**
   * @param runId a run
   * @return the stored assessment JSON of a finished run
   */
  public Optional<String> assessmentJson(final long runId) {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT assessment_json FROM aggregates WHERE run_id = ?")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw fail("read run " + runId, e);
    }
  }

  /**
   * Stores the event trace of one replication (asked for with {@code assess --trace}).
   *
   * @param runId the run
   * @param replication the replication
   * @param trace its events, one per line
   */
  public void saveTrace(final long runId, final long replication, final String trace) {
    tx(
        "store a trace of run " + runId,
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO traces"
                      + " (run_id, replication, trace) VALUES (?, ?, ?)")) {
            ps.setLong(1, runId);
            ps.setLong(2, replication);
            ps.setString(3, trace);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /**
   * @param runId the run
   * @param replication a replication
   * @return its stored trace
   */
  public Optional<String> trace(final long runId, final long replication) {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT trace FROM traces WHERE run_id = ? AND replication = ?")) {
      ps.setLong(1, runId);
      ps.setLong(2, replication);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw fail("read a trace of run " + runId, e);
    }
  }

  /**
   * @param runId a run
   * @return true if it was there and is now deleted with its blocks, aggregate and traces
   */
  public boolean delete(final long runId) {
    return update("delete run " + runId, "DELETE FROM runs WHERE id = ?", runId) > 0;
  }

  /**
   * Names and annotates a run; an empty name and note remove the label.
   *
   * @param runId the run
   * @param label its name and note, at most {@link #MAX_NAME_LENGTH} and {@link #MAX_NOTE_LENGTH}
   *     characters
   * @return false if there is no such run
   * @throws StoreException if the store is read-only or locked
   */
  public boolean label(final long runId, final Label label) {
    if (label.name().length() > MAX_NAME_LENGTH || label.note().length() > MAX_NOTE_LENGTH) {
      throw new IllegalArgumentException("name or note too long");
    }
    return tx(
        "label run " + runId,
        () -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM runs WHERE id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return false;
              }
            }
          }
          final boolean none = label.name().isEmpty() && label.note().isEmpty();
          try (PreparedStatement ps =
              c.prepareStatement(
                  none
                      ? "DELETE FROM labels WHERE run_id = ?"
                      : "INSERT OR REPLACE INTO labels (run_id, name, note) VALUES (?, ?, ?)")) {
            ps.setLong(1, runId);
            if (!none) {
              ps.setString(2, label.name());
              ps.setString(3, label.note());
            }
            ps.executeUpdate();
          }
          return true;
        });
  }

  /**
   * @param runId a run
   * @return its label, {@link Label#NONE} when it has none (or the store, opened read-only, is
   *     older than labels)
   */
  public Label label(final long runId) {
    try {
      if (!hasTable("labels")) {
        return Label.NONE;
      }
      try (PreparedStatement ps =
          c.prepareStatement("SELECT name, note FROM labels WHERE run_id = ?")) {
        ps.setLong(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? new Label(rs.getString(1), rs.getString(2)) : Label.NONE;
        }
      }
    } catch (SQLException e) {
      throw fail("read the label of run " + runId, e);
    }
  }

  private int update(final String what, final String sql, final long id) {
    return tx(
        what,
        () -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            return ps.executeUpdate();
          }
        });
  }

  private static final String SELECT_RUN =
      "SELECT id, scenario_id, scenario_name,"
          + " scenario_sha256, scenario, last_day, formation_name, formation, seed,"
          + " max_replications, precision, min_replications, block_size, headline, vector_size,"
          + " engine, program_version, started_at, ended_at, status, replications,"
          + " precision_reached, message FROM runs";

  /**
   * @return every stored run, oldest first
   */
  public List<RunInfo> list() {
    final List<RunInfo> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(SELECT_RUN + " ORDER BY id")) {
      while (rs.next()) {
        out.add(info(rs));
      }
    } catch (SQLException e) {
      throw fail("list the runs", e);
    }
    return out;
  }

  /**
   * @param runId a run's id
   * @return the run, if stored
   */
  public Optional<RunInfo> find(final long runId) {
    try (PreparedStatement ps = c.prepareStatement(SELECT_RUN + " WHERE id = ?")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(info(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw fail("read run " + runId, e);
    }
  }

  /**
   * @param runId a run's id
   * @return the run
   * @throws StoreException if there is no such run
   */
  public RunInfo get(final long runId) {
    return find(runId)
        .orElseThrow(
            () ->
                new StoreException(
                    "no run "
                        + runId
                        + " in "
                        + path
                        + "; 'airshield runs' lists the stored runs"));
  }

  private static RunInfo info(final ResultSet rs) throws SQLException {
    final RunSpec spec =
        new RunSpec(
            rs.getString("scenario_name"),
            rs.getBytes("scenario"),
            LocalDate.parse(rs.getString("last_day")),
            rs.getString("formation_name"),
            rs.getBytes("formation"),
            rs.getLong("seed"),
            rs.getLong("max_replications"),
            rs.getDouble("precision"),
            rs.getLong("min_replications"),
            rs.getInt("block_size"),
            rs.getInt("headline"));
    return new RunInfo(
        rs.getLong("id"),
        rs.getString("scenario_id"),
        spec,
        rs.getString("scenario_sha256"),
        rs.getInt("vector_size"),
        rs.getString("engine"),
        rs.getString("program_version"),
        rs.getString("started_at"),
        rs.getString("ended_at"),
        RunInfo.Status.of(rs.getString("status")),
        rs.getLong("replications"),
        rs.getInt("precision_reached") != 0,
        rs.getString("message"));
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw fail("close", e);
    }
  }
}
