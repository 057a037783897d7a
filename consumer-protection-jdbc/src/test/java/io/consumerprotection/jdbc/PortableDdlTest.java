package io.consumerprotection.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scripts' DDL is portable: no database-specific length such as H2's {@code CHARACTER VARYING(1000000)} in any
 * script, with or without a dialect's placeholders applied; the long texts are {@code TEXT} on H2 and PostgreSQL
 * ({@code LONGTEXT} on MariaDB/MySQL); and on H2 such a column holds more than a million characters.
 */
class PortableDdlTest {

    private static final Pattern HUGE_LENGTH = Pattern.compile("\\(\\s*\\d{5,}\\s*\\)");

    private static List<Path> scripts() throws IOException, URISyntaxException {
        java.net.URI uri = PortableDdlTest.class.getClassLoader().getResource("db/consumer-protection").toURI();
        if ("jar".equals(uri.getScheme())) {
            // the module's jar rather than its classes directory (examples/boot-versions runs these tests on it)
            // left open: the paths returned are read afterwards
            try {
                java.nio.file.FileSystems.newFileSystem(uri, Map.of());
            } catch (java.nio.file.FileSystemAlreadyExistsException alreadyOpen) {
                // opened by an earlier call
            }
            Path root = Paths.get(uri);
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
            }
        }
        Path root = Paths.get(uri);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }

    @Test
    void noScriptDeclaresADatabaseSpecificLength() throws Exception {
        List<Path> scripts = scripts();
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(9);
        for (Path script : scripts) {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            assertThat(text).as(script.toString()).doesNotContain("1000000").doesNotContainIgnoringCase("VARYING(");
            for (Dialect dialect : Dialect.values()) {
                String applied = text;
                for (Map.Entry<String, String> p : dialect.placeholders().entrySet()) {
                    applied = applied.replace("${" + p.getKey() + "}", p.getValue());
                }
                assertThat(HUGE_LENGTH.matcher(applied).find()).as(dialect + " " + script).isFalse();
            }
        }
    }

    @Test
    void longTextIsTextOnH2AndPostgresqlAndLongtextOnMariadb() {
        assertThat(Dialect.H2.placeholders()).containsEntry("text_type", "TEXT");
        assertThat(Dialect.POSTGRESQL.placeholders()).containsEntry("text_type", "TEXT");
        assertThat(Dialect.MARIADB.placeholders()).containsEntry("text_type", "LONGTEXT");
    }

    @Test
    void anH2TextColumnHoldsMoreThanAMillionCharacters() throws SQLException {
        try (TestDatabase db = TestDatabase.open(TestDatabase.Kind.H2);
             Connection c = db.dataSource.getConnection()) {
            String body = "方".repeat(1_000_001);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + db.tables.table("partner")
                    + " (id, version, body) VALUES ('P-1', 1, ?)")) {
                s.setString(1, body);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT body FROM " + db.tables.table("partner"));
                 ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).hasSize(1_000_001);
            }
        }
    }
}
