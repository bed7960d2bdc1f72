package org.desist.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM that crashed leaves its embedded postmaster running (zonky stops it from a shutdown hook, which a crash
 * never runs). Started again, zonky's own start fails on PostgreSQL's lock file, but zonky only waits for the
 * port to answer, so the new process would silently adopt the old server. Instead: a postmaster still serving
 * the data directory is stopped cleanly first ({@code pg_ctl stop -m fast}, with a warning), and after the start
 * the server on the port must be serving this data directory, or the start fails naming it.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final long STOP_SECONDS = 60;

    private OrphanedPostmaster() {}

    /** Stops the postmaster named by {@code dataDirectory/postmaster.pid} if it is a postgres serving it. */
    static void stopIfRunning(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + pidFile + ": " + e.getMessage(), e);
        }
        if (lines.size() < 2 || !lines.get(0).trim().matches("\\d+")) {
            log.warn("{} is incomplete: PostgreSQL will decide whether it is stale", pidFile);
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            log.info("{} names PID {}, which is not running: a stale lock file, PostgreSQL replaces it", pidFile, pid);
            return;
        }
        Optional<Path> executable = process.get().info().command().map(Path::of);
        if (executable.isEmpty()) {
            throw new IllegalStateException("The embedded PostgreSQL's data directory " + dataDirectory
                    + " is locked by PID " + pid + " (its postmaster.pid), which is running but cannot be inspected."
                    + " If no PostgreSQL serves " + dataDirectory + ", delete its postmaster.pid and start again.");
        }
        String name = executable.get().getFileName().toString();
        if (!name.equals("postgres") && !name.equals("postgres.exe")) {
            // The PID was reused by another program: no PostgreSQL holds the lock. PostgreSQL itself would refuse
            // to start, since it can only see that the PID is alive.
            log.warn("{} names PID {}, which is {}, not a postgres: removing the stale lock file", pidFile, pid, name);
            try {
                Files.delete(pidFile);
            } catch (IOException e) {
                throw new IllegalStateException("Could not delete the stale " + pidFile + ": " + e.getMessage(), e);
            }
            return;
        }
        if (!sameFile(Path.of(lines.get(1).trim()), dataDirectory)) {
            throw new IllegalStateException("The embedded PostgreSQL's data directory " + dataDirectory
                    + " has a postmaster.pid naming PID " + pid + ", a postgres serving "
                    + lines.get(1).trim()
                    + " (a copied data directory?). Stop that server, or delete " + pidFile + ", and start again.");
        }
        log.warn(
                "A PostgreSQL left running by an earlier start (PID {}, port {}) is still serving {}: stopping it"
                        + " cleanly (pg_ctl stop -m fast) and starting again, rather than adopting it",
                pid,
                lines.size() > 3 ? lines.get(3).trim() : "?",
                dataDirectory);
        Path pgCtl = executable.get().resolveSibling(name.endsWith(".exe") ? "pg_ctl.exe" : "pg_ctl");
        String output = pgCtl(
                pgCtl, "-D", dataDirectory.toString(), "stop", "-m", "fast", "-t", String.valueOf(STOP_SECONDS), "-w");
        try {
            process.get().onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("The PostgreSQL left running on " + dataDirectory + " (PID " + pid
                    + ") did not stop within " + STOP_SECONDS + " s: " + output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL on " + dataDirectory, e);
        }
        log.warn("Stopped the PostgreSQL left running on {} (PID {})", dataDirectory, pid);
    }

    /** The server {@code postgres} answers from must be serving {@code dataDirectory}, not another one. */
    static void checkServes(EmbeddedPostgres postgres, Path dataDirectory) {
        String served;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("show data_directory")) {
            row.next();
            served = row.getString(1);
        } catch (SQLException e) {
            closeQuietly(postgres);
            throw new IllegalStateException(
                    "The embedded PostgreSQL on " + dataDirectory + " does not answer: " + e.getMessage(), e);
        }
        if (!sameFile(Path.of(served), dataDirectory)) {
            closeQuietly(postgres);
            throw new IllegalStateException("Port " + postgres.getPort() + " is served by another PostgreSQL (its data"
                    + " directory is " + served + "), so the embedded one could not start on " + dataDirectory
                    + ": stop that server, or set DESIST_EMBEDDED_PORT to a free port.");
        }
    }

    /**
     * Runs {@code pg_ctl}: through {@code unshare -U} when running as root, as zonky does, because PostgreSQL
     * refuses to run as root (containers, CI). Returns its output; fails if it fails.
     */
    static String pgCtl(Path pgCtl, String... arguments) {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(pgCtl.toString());
        command.addAll(List.of(arguments));
        Path output = null;
        try {
            // To a file, not a pipe: a server that pg_ctl starts keeps its standard output open.
            output = Files.createTempFile("desist-pg_ctl-", ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            boolean finished = process.waitFor(STOP_SECONDS + 30, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String text = Files.readString(output).trim();
            if (!finished || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + text);
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException e) {
                    log.debug("Could not delete {}", output);
                }
            }
        }
    }

    /** The {@code pg_ctl} beside the {@code postgres} serving {@code dataDirectory}, from its postmaster.pid. */
    static Path pgCtlServing(Path dataDirectory) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .trim());
        Path postgres = ProcessHandle.of(pid)
                .flatMap(p -> p.info().command())
                .map(Path::of)
                .orElseThrow(() -> new IllegalStateException("No postgres with PID " + pid + " on " + dataDirectory));
        return postgres.resolveSibling("pg_ctl");
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not close the embedded PostgreSQL: {}", e.getMessage());
        }
    }
}
