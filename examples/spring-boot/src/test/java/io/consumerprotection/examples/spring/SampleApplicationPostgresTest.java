package io.consumerprotection.examples.spring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample application on PostgreSQL (127.0.0.1:5432, trust, user postgres, database test) in a schema of its
 * own, the SDK's tables in it too; skipped with a message when no server answers.
 */
@SpringBootTest
class SampleApplicationPostgresTest extends SampleApplicationChecks {

    static final String URL = "jdbc:postgresql://" + System.getProperty("cp.test.pg.server", "127.0.0.1:5432") + "/test";
    static final String SCHEMA = "cp_boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);

    @BeforeAll
    static void createSchema() {
        createSchema(SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        dropSchema(SCHEMA);
    }

    /** Creates the schema; aborts the test (skipped, with a message) when no server answers. */
    static void createSchema(String schema) {
        try (Connection c = DriverManager.getConnection(URL + "?connectTimeout=2", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL server on " + URL + ": skipped");
        }
    }

    static void dropSchema(String schema) {
        try (Connection c = DriverManager.getConnection(URL + "?connectTimeout=2", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException unreachable) {
            // nothing was created
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("consumer-protection.jdbc.schema", () -> SCHEMA);
    }
}
