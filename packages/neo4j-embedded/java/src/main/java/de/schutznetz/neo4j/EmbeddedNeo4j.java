package de.schutznetz.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community embedded, with Bolt on the loopback interface and authentication off.
 *
 * <p>Configuration comes from system properties (set by the TypeScript wrapper):
 *
 * <ul>
 *   <li>{@code schutznetz.dataDir} – the database home (required)
 *   <li>{@code schutznetz.boltPort} – the Bolt port, 0 for any free port (default 7687)
 *   <li>{@code schutznetz.pageCacheMb} – page cache size in MiB (default 128)
 *   <li>{@code schutznetz.txMemoryMb} – cap on memory used by all transactions in MiB (default 256)
 * </ul>
 *
 * <p>When the database accepts Bolt connections, one line is printed to stdout:
 * {@code SCHUTZNETZ_NEO4J_READY {"boltUri":"bolt://127.0.0.1:PORT","startMs":N}}. The database shuts
 * down cleanly on SIGTERM/SIGINT and when stdin reaches end-of-file, so it never outlives the process
 * that started it.
 */
public final class EmbeddedNeo4j {
  static final String READY_PREFIX = "SCHUTZNETZ_NEO4J_READY ";
  static final String STOPPED_PREFIX = "SCHUTZNETZ_NEO4J_STOPPED ";

  private EmbeddedNeo4j() {}

  public static void main(String[] args) {
    try {
      run();
    } catch (Throwable e) {
      // Without this, Neo4j's non-daemon threads would keep a failed JVM alive.
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      System.err.println("Neo4j could not start: " + root.getMessage());
      e.printStackTrace();
      Runtime.getRuntime().halt(1);
    }
  }

  private static void run() throws Exception {
    long started = System.nanoTime();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    String dataDirValue = System.getProperty("schutznetz.dataDir");
    if (dataDirValue == null || dataDirValue.isBlank()) {
      System.err.println("schutznetz.dataDir is required");
      System.exit(2);
    }
    Path home = Path.of(dataDirValue).toAbsolutePath();
    Files.createDirectories(home);
    int port = intProperty("schutznetz.boltPort", 7687);
    long pageCacheMb = intProperty("schutznetz.pageCacheMb", 128);
    long txMemoryMb = intProperty("schutznetz.txMemoryMb", 256);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            // Loopback only, for local development and tests; production uses the official image.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txMemoryMb))
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
            // The Bolt server otherwise waits 2 x 5 s on shutdown, even with no connection open.
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
            // No reports leave a developer's machine or CI.
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .build();

    AtomicBoolean stopped = new AtomicBoolean(false);
    CountDownLatch done = new CountDownLatch(1);
    Runnable stop =
        () -> {
          if (stopped.compareAndSet(false, true)) {
            long stopping = System.nanoTime();
            try {
              dbms.shutdown();
            } finally {
              out.println(
                  STOPPED_PREFIX
                      + "{\"stopMs\":"
                      + Duration.ofNanos(System.nanoTime() - stopping).toMillis()
                      + "}");
              done.countDown();
            }
          }
        };
    // SIGTERM and SIGINT run shutdown hooks.
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    ConnectorPortRegister ports =
        ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
    HostnamePort bolt = ports.getLocalAddress(ConnectorType.BOLT);
    long startMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
    out.println(
        READY_PREFIX
            + "{\"boltUri\":\"bolt://"
            + bolt.getHost()
            + ":"
            + bolt.getPort()
            + "\",\"startMs\":"
            + startMs
            + "}");

    // The parent closing our stdin (or dying) means nobody needs the database any more.
    Thread stdinWatch =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) != -1) {
                  // Input is ignored; only end-of-file matters.
                }
              } catch (IOException ignored) {
                // A broken pipe means the same as end-of-file.
              }
              stop.run();
              System.exit(0);
            },
            "stdin-watch");
    stdinWatch.setDaemon(true);
    stdinWatch.start();

    done.await();
  }

  private static int intProperty(String name, int fallback) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      System.err.println(name + " must be an integer, got '" + value + "'");
      System.exit(2);
      return fallback;
    }
  }
}
