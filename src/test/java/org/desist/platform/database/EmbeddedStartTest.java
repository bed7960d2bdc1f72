package org.desist.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The persistent embedded start, without Spring: a postmaster orphaned by a crashed JVM is stopped and replaced,
 * never adopted (issue 14); another data directory's server on the port fails the start, naming the directory;
 * a data directory from before the two roles (every object owned by {@code postgres}) is handed to the owner
 * role and migrated, after which the runtime role is least-privileged (ADR 12).
 */
class EmbeddedStartTest {

    @TempDir
    Path temp;

    Path binaries;
    int port;

    @BeforeEach
    void binariesAndAFreePort() throws IOException {
        String home = System.getenv().getOrDefault("DESIST_HOME", System.getProperty("user.home") + "/.desist");
        binaries = Files.createDirectories(Path.of(home, "pgbin")).toAbsolutePath();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    @Test
    void anOrphanedPostmasterIsStoppedAndReplacedNotAdopted() throws Exception {
        Path dataDirectory = temp.resolve("pgdata");
        Path pgCtl;
        try (EmbeddedPostgres earlier = zonky(dataDirectory, port)) {
            JdbcClient.create(earlier.getPostgresDatabase())
                    .sql("create table kept (v text); insert into kept values ('written before the crash')")
                    .update();
            pgCtl = OrphanedPostmaster.pgCtlServing(dataDirectory);
        }
        // The crashed JVM's postmaster: running on the data directory, with no JVM holding zonky's lock.
        OrphanedPostmaster.pgCtl(
                pgCtl,
                "-D",
                dataDirectory.toString(),
                "-o",
                "-p " + port + " -c listen_addresses=localhost",
                "-l",
                temp.resolve("orphan.log").toString(),
                "-w",
                "start");
        long orphan = postmasterPid(dataDirectory);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgres restarted = EmbeddedPostgresConfiguration.start(binaries, dataDirectory, port, false)) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                    .as("the orphan is gone")
                    .isFalse();
            long serving = postmasterPid(dataDirectory);
            assertThat(serving).isNotEqualTo(orphan);
            assertThat(ProcessHandle.of(serving).map(ProcessHandle::isAlive)).contains(true);
            assertThat(JdbcClient.create(restarted.getPostgresDatabase())
                            .sql("select v from kept")
                            .query(String.class)
                            .single())
                    .isEqualTo("written before the crash");
        }
    }

    @Test
    void aStaleLockFileNamingAnotherProgramIsRemoved() throws Exception {
        Path dataDirectory = temp.resolve("pgdata");
        zonky(dataDirectory, port).close();
        // After a container restart the PID may belong to anything: here, this JVM.
        Files.writeString(
                dataDirectory.resolve("postmaster.pid"),
                ProcessHandle.current().pid() + "\n" + dataDirectory + "\n0\n" + port + "\n");
        try (EmbeddedPostgres started = EmbeddedPostgresConfiguration.start(binaries, dataDirectory, port, false)) {
            assertThat(postmasterPid(dataDirectory))
                    .isNotEqualTo(ProcessHandle.current().pid());
            assertThat(JdbcClient.create(started.getPostgresDatabase())
                            .sql("select 1")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void anotherServerOnThePortFailsTheStartNamingTheDataDirectory() throws Exception {
        Path ours = temp.resolve("ours");
        try (EmbeddedPostgres other = zonky(temp.resolve("other"), port)) {
            assertThatThrownBy(() -> EmbeddedPostgresConfiguration.start(binaries, ours, port, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + port + " is served by another PostgreSQL")
                    .hasMessageContaining(ours.toString());
            assertThat(JdbcClient.create(other.getPostgresDatabase())
                            .sql("select 1")
                            .query(Integer.class)
                            .single())
                    .as("the other server is left alone")
                    .isEqualTo(1);
        }
    }

    @Test
    void aDataDirectoryFromBeforeTheRolesIsHandedToTheOwnerAndMigrated() throws Exception {
        Path dataDirectory = temp.resolve("pgdata");
        try (EmbeddedPostgres postgres = zonky(dataDirectory, port)) {
            JdbcClient.create(postgres.getPostgresDatabase())
                    .sql("create database " + EmbeddedPostgresConfiguration.DATABASE)
                    .update();
            // As earlier versions did: everything migrated, and owned, by the superuser.
            flyway(postgres.getDatabase("postgres", EmbeddedPostgresConfiguration.DATABASE), "25", "")
                    .migrate();

            EmbeddedRoles.prepare(postgres.getDatabase("postgres", EmbeddedPostgresConfiguration.DATABASE));
            flyway(
                            postgres.getDatabase(EmbeddedRoles.OWNER, EmbeddedPostgresConfiguration.DATABASE),
                            "latest",
                            EmbeddedRoles.RUNTIME)
                    .migrate();
            EmbeddedRoles.prepare(postgres.getDatabase("postgres", EmbeddedPostgresConfiguration.DATABASE));

            JdbcClient owner = JdbcClient.create(
                    postgres.getDatabase(EmbeddedRoles.OWNER, EmbeddedPostgresConfiguration.DATABASE));
            assertThat(owner.sql("""
                            select count(*) from pg_class c
                             where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'S', 'v')
                               and c.relowner <> 'desist_owner'::regrole
                               and not exists (select from pg_depend d where d.objid = c.oid and d.deptype = 'e')
                            """).query(Long.class).single())
                    .as("objects not owned by the owner")
                    .isZero();
            assertThat(owner.sql(
                                    "select proowner::regrole::text from pg_proc where proname = 'audit_event_is_append_only'")
                            .query(String.class)
                            .single())
                    .isEqualTo(EmbeddedRoles.OWNER);
            JdbcClient runtime = JdbcClient.create(
                    postgres.getDatabase(EmbeddedRoles.RUNTIME, EmbeddedPostgresConfiguration.DATABASE));
            assertThat(DatabasePrivileges.problems(runtime)).isEmpty();
            assertThat(runtime.sql("select count(*) from child")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(runtime.sql("""
                            insert into audit_event (actor_username, channel, action, record_type)
                            values ('upgrade', 'SYSTEM', 'VIEWED', 'test')
                            """).update()).isEqualTo(1);
        }
    }

    private EmbeddedPostgres zonky(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPort(port)
                .start();
    }

    private static Flyway flyway(javax.sql.DataSource dataSource, String target, String runtimeRole) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(target)
                .placeholders(Map.of("runtime_role", runtimeRole))
                .load();
    }

    private static long postmasterPid(Path dataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .trim());
    }
}
