package io.consumerprotection.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.examples.host.jdbc.JdbcHost;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --jdbc} that cannot surprise (issue 15): a reading command opens an existing database with the current
 * schema only, refuses H2 settings that run code before connecting, and migrates only with {@code --migrate}.
 */
class JdbcOptionTest {

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    /** Runs the tool as a user would ({@link Cli#run}: its error handling, one line on stderr). */
    private static Result run(String... args) {
        CliRun r = CliRun.run(args);
        return new Result(r.exit(), r.out(), r.err());
    }

    private static void assertOneLine(Result r, String... parts) {
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains(parts);
    }

    @Test
    void auditOfAMistypedH2PathIsExit3AndCreatesNothing() {
        Path missing = dir.resolve("bnak");
        Result r = run("audit", "--jdbc", "jdbc:h2:file:" + missing, "--rules", "complaints", "--as-of", "2024-12-31");

        assertThat(r.status()).isEqualTo(Cli.MISSING_DATABASE);
        assertOneLine(r, "database " + missing.toAbsolutePath(), "does not exist");
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("bnak.mv.db")).doesNotExist();
    }

    @Test
    void statsOfAMistypedH2PathIsExit3AndCreatesNothing() {
        Path missing = dir.resolve("nowhere");
        Result r = run("stats", "--jdbc", "jdbc:h2:file:" + missing + ";IFEXISTS=FALSE", "--period", "2025-H1");

        assertThat(r.status()).isEqualTo(Cli.MISSING_DATABASE);
        assertOneLine(r, "database " + missing.toAbsolutePath(), "does not exist");
        assertThat(dir.resolve("nowhere.mv.db")).doesNotExist();
    }

    @Test
    void anExistingDatabaseWithoutTheSchemaIsExit3AndIsNotMigrated() throws Exception {
        Path other = dir.resolve("other");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other)) {
            c.createStatement().execute("CREATE TABLE unrelated (x INT)");
        }
        Result r = run("audit", "--jdbc", "jdbc:h2:file:" + other, "--rules", "complaints", "--as-of", "2024-12-31");

        assertThat(r.status()).isEqualTo(Cli.MISSING_DATABASE);
        assertOneLine(r, "database " + other.toAbsolutePath(), "holds no consumer-protection schema");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other + ";IFEXISTS=TRUE")) {
            assertThat(c.getMetaData().getTables(null, null, "COMPLAINT", null).next()).isFalse();
        }
    }

    @Test
    void initRunscriptIsRefusedBeforeAnyConnection() throws Exception {
        Path evil = dir.resolve("evil.sql");
        Files.writeString(evil, "CREATE TABLE pwned (x INT);");
        Path db = dir.resolve("y");
        Result r = run("audit", "--jdbc", "jdbc:h2:file:" + db + ";INIT=RUNSCRIPT FROM '" + evil + "'",
                "--rules", "complaints", "--as-of", "2024-12-31");

        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertOneLine(r, "H2 URL setting INIT is refused");
        assertThat(dir.resolve("y.mv.db")).doesNotExist();
    }

    @Test
    void createAliasWithJavaSourceInInitIsRefused() {
        Result r = run("stats", "--jdbc", "jdbc:h2:mem:y;INIT=CREATE ALIAS X AS 'String x() { return \"\"; }'\\;"
                + "CALL X()", "--period", "2025-H1");

        assertThat(r.status()).isEqualTo(Cli.USAGE);
        assertOneLine(r, "H2 URL setting INIT is refused");
    }

    @Test
    void otherCodeRunningSettingsAreRefused() {
        for (String setting : new String[] {"DATABASE_EVENT_LISTENER='com.example.Evil'", "AUTO_SERVER=TRUE",
                "JAVA_OBJECT_SERIALIZER='com.example.Evil'", "AUTHENTICATOR=TRUE", "RECOVER=1"}) {
            String name = setting.substring(0, setting.indexOf('='));
            Result r = run("audit", "--jdbc", "jdbc:h2:file:" + dir.resolve("z") + ";" + setting,
                    "--rules", "complaints", "--as-of", "2024-12-31");
            assertThat(r.status()).as(setting).isEqualTo(Cli.USAGE);
            assertOneLine(r, "H2 URL setting " + name + " is refused");
        }
        assertThat(dir.resolve("z.mv.db")).doesNotExist();
    }

    @Test
    void migrateCreatesAndMigratesOnRequestOnly() {
        Path fresh = dir.resolve("fresh");
        Result r = run("stats", "--jdbc", "jdbc:h2:file:" + fresh, "--migrate", "--period", "2025-H1");

        assertThat(r.status()).as(r.err()).isEqualTo(Cli.OK);
        assertThat(dir.resolve("fresh.mv.db")).exists();
        // now it exists with the current schema, so reading it needs no --migrate
        Result again = run("stats", "--jdbc", "jdbc:h2:file:" + fresh, "--period", "2025-H1");
        assertThat(again.status()).as(again.err()).isEqualTo(Cli.OK);
    }

    @Test
    void anExistingDatabaseIsReadWithoutMigrating() {
        Path bank = dir.resolve("bank");
        try (JdbcHost host = JdbcHost.h2File(bank)) {
            assertThat(host.complaintStore().count()).isZero();
        }
        Result r = run("audit", "--jdbc", "jdbc:h2:file:" + bank + ";WRITE_DELAY=0", "--rules", "complaints",
                "--as-of", "2024-12-31");

        assertThat(r.status()).as(r.err()).isEqualTo(Cli.OK);
    }
}
