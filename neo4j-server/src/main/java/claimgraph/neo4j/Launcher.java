package claimgraph.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community in-process (Neo4j's documented embedded set-up, the same engine as the
 * server) with only the Bolt connector, bound to 127.0.0.1, for claimgraph's tests, CI and
 * benchmarks. Authentication is on with a fixed, documented test password so that clients
 * exercise the same login path as against a real server.
 *
 * <p>Environment: NEO4J_BOLT_PORT (default 7687), NEO4J_PASSWORD (default "claimgraph"),
 * CLAIMGRAPH_NEO4J_HOME (default run/ under the working directory): the store lives in
 * HOME/data, LOAD CSV reads file:/// URLs under HOME/import, and the JVM's pid is written to
 * HOME/neo4j.pid once Bolt is listening.
 */
public final class Launcher {
  private static final String LOOPBACK = "127.0.0.1";
  private static final CountDownLatch STOPPED = new CountDownLatch(1);

  private Launcher() {}

  public static void main(String[] args) throws InterruptedException {
    try {
      start();
    } catch (RuntimeException | IOException e) {
      // Neo4j's own threads would keep a half-started JVM alive; the start script watches for exit.
      e.printStackTrace();
      System.exit(1);
    }
    // Runs until the shutdown hook (SIGTERM from scripts/neo4j-stop.sh) has closed the databases.
    STOPPED.await();
  }

  private static void start() throws IOException {
    int boltPort = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    String password = env("NEO4J_PASSWORD", "claimgraph");
    Path home = Path.of(env("CLAIMGRAPH_NEO4J_HOME", "run")).toAbsolutePath();
    Path importDir = Files.createDirectories(home.resolve("import"));
    Path pidFile = home.resolve("neo4j.pid");

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
            // Plain RFC 4180 quoting, as csv-stringify writes it: a backslash is just a character.
            .setConfig(GraphDatabaseSettings.csv_legacy_quote_escaping, false)
            // Small, fixed memory so tests fit next to everything else on a 2-core CI box.
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
            .build();

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  deleteQuietly(pidFile);
                  STOPPED.countDown();
                }));

    setPassword(dbms, password);
    Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
    System.out.printf(
        "claimgraph neo4j %s ready: bolt://%s:%d (user neo4j), import dir %s%n",
        neo4jVersion(), LOOPBACK, boltPort, importDir);
  }

  /** The embedded API runs as an all-powerful local caller, so it can set the password that
   * Bolt clients must then present. On a restart the password is usually already set, which
   * Neo4j refuses to "change" to itself. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException e) {
      if (!e.getMessage().contains("Old password and new password cannot be the same")) throw e;
    }
  }

  private static String neo4jVersion() {
    String version = DatabaseManagementService.class.getPackage().getImplementationVersion();
    return version == null ? "5.26" : version;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // The stop script removes a stale pid file itself.
    }
  }
}
