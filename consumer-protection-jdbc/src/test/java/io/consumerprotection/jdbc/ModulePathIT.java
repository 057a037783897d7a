package io.consumerprotection.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jdbc jar on the module path, as a host's own module sees it: a module that
 * {@code requires io.consumerprotection.jdbc} (and {@code flyway.core}, for {@link JdbcSchema}) compiles against the
 * one exported package, reads the spi through jdbc's {@code requires transitive}, migrates an H2 database with the
 * scripts from inside the named module and stores a partner; a module that reaches for a package-private helper or
 * for {@code spi.internal} (which the spi exports to jdbc only) does not compile.
 *
 * <p>Run by surefire's {@code module-path} execution after {@code package}: {@code cp.jdbc.jar} is the jar just built;
 * the spi jar and jdbc's runtime dependencies (SLF4J's API, Jackson, Flyway's core, H2) come from the test class
 * path. Flyway's database plugins stay off the module path: they split the package {@code org.flywaydb.database}
 * between them, which the module system refuses, and H2's support is in Flyway's core.
 */
class ModulePathIT {

    private static final String MODULE_INFO = """
            module consumer.app {
                requires io.consumerprotection.jdbc;
                requires flyway.core;
                requires com.h2database;
            }
            """;

    private static final String MAIN = """
            package consumer.app;

            import io.consumerprotection.jdbc.JdbcPartnerRegistry;
            import io.consumerprotection.jdbc.JdbcSchema;
            import io.consumerprotection.jdbc.TableNames;
            import io.consumerprotection.jdbc.TransactionContext;
            import io.consumerprotection.spi.partner.PartnerRecord;
            import io.consumerprotection.spi.partner.PartnerStatusRecord;
            import java.lang.module.ModuleDescriptor;
            import java.time.Instant;
            import java.util.List;
            import java.util.Set;
            import java.util.TreeSet;
            import java.util.stream.Collectors;
            import org.h2.jdbcx.JdbcDataSource;

            public final class Main {
                public static void main(String[] args) {
                    JdbcDataSource h2 = new JdbcDataSource();
                    h2.setURL("jdbc:h2:mem:modulepath;DB_CLOSE_DELAY=-1");
                    h2.setUser("sa");
                    JdbcSchema schema = JdbcSchema.on(h2, TableNames.of("cp", "mp_"));
                    schema.migrate();
                    System.out.println("schema " + schema.status().current().orElse("none") + ", pending "
                            + schema.status().pending());
                    JdbcPartnerRegistry partners = new JdbcPartnerRegistry(h2, TableNames.of("cp", "mp_"),
                            TransactionContext.none());
                    partners.save(new PartnerRecord("P-1", "某某人寿保险股份有限公司", "INSURER", "PENDING", "", Set.of(),
                            Set.of(), null, 0, null, List.of(new PartnerStatusRecord("PENDING",
                            Instant.parse("2026-01-05T02:00:00Z"), "STAFF-1", "申请准入")), List.of(), 1), 0);
                    System.out.println("partner " + partners.find("P-1").orElseThrow().status());
                    ModuleDescriptor jdbc = JdbcSchema.class.getModule().getDescriptor();
                    System.out.println("module " + jdbc.name() + (jdbc.isAutomatic() ? " automatic" : " explicit"));
                    System.out.println("exports " + jdbc.exports().stream().map(e -> e.source()
                            + (e.isQualified() ? " to " + e.targets() : "")).collect(Collectors.toCollection(TreeSet::new)));
                    System.out.println("opens " + jdbc.opens().size());
                    System.out.println("packages " + new TreeSet<>(jdbc.packages()));
                }
            }
            """;

    private static String modulePath;

    @TempDir
    Path work;

    @BeforeAll
    static void findTheJars() {
        String jdbcJar = System.getProperty("cp.jdbc.jar");
        // set by the module-path execution after package; a -Dtest=… run in the test phase has no jar yet
        Assumptions.assumeTrue(jdbcJar != null, "no cp.jdbc.jar: ModulePathIT runs in the module-path execution");
        assertThat(Path.of(jdbcJar)).exists();
        List<String> entries = new ArrayList<>();
        entries.add(jdbcJar);
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(e).getFileName().toString();
            boolean spi = e.contains("consumer-protection-spi") && !name.endsWith("-tests.jar")
                    && !name.equals("test-classes");
            if (spi || name.startsWith("slf4j-api-") || name.startsWith("jackson-databind-")
                    || name.startsWith("jackson-core-") || name.startsWith("jackson-annotations-")
                    || name.startsWith("flyway-core-") || name.startsWith("h2-")) {
                entries.add(e);
            }
        }
        assertThat(entries).as("jdbc, spi, slf4j-api, jackson-databind, -core, -annotations, flyway-core, h2")
                .hasSize(8);
        modulePath = String.join(File.pathSeparator, entries);
    }

    @Test
    void aModuleRequiringJdbcMigratesAndStoresOnTheModulePath() throws Exception {
        Path classes = work.resolve("classes");
        Compilation compiled = compile(classes, MAIN);
        assertThat(compiled.ok()).as(compiled.diagnostics()).isTrue();

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath + File.pathSeparator + classes, "-m", "consumer.app/consumer.app.Main")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).containsPattern("schema \\d+(\\.\\d+)?, pending \\[\\]");
        assertThat(out).contains("partner PENDING", "module io.consumerprotection.jdbc explicit",
                "exports [io.consumerprotection.jdbc]\n", "opens 0\n", "packages [io.consumerprotection.jdbc]\n");
    }

    @Test
    void aModuleUsingAPackagePrivateHelperDoesNotCompile() throws Exception {
        Compilation compiled = compile(work.resolve("helper"), """
                package consumer.app;

                import io.consumerprotection.jdbc.Columns;

                public final class Main {
                    static Class<?> leaked() {
                        return Columns.class;
                    }
                }
                """);

        assertThat(compiled.ok()).isFalse();
        assertThat(compiled.diagnostics()).contains("Columns is not public in io.consumerprotection.jdbc");
    }

    @Test
    void jdbcDoesNotPassSpiInternalOn() throws Exception {
        Compilation compiled = compile(work.resolve("spi-internal"), """
                package consumer.app;

                import io.consumerprotection.spi.internal.Redaction;

                public final class Main {
                    static Class<?> leaked() {
                        return Redaction.class;
                    }
                }
                """);

        assertThat(compiled.ok()).isFalse();
        assertThat(compiled.diagnostics()).contains("package io.consumerprotection.spi.internal is not visible",
                "package io.consumerprotection.spi.internal is declared in module"
                + " io.consumerprotection.spi, which does not export it");
    }

    private record Compilation(boolean ok, String diagnostics) {
    }

    /** Compiles module consumer.app with this Main on the module path of the built jars. */
    private Compilation compile(Path classes, String main) throws IOException {
        Path src = work.resolve("src-" + classes.getFileName());
        Path pkg = Files.createDirectories(src.resolve("consumer/app"));
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(pkg.resolve("Main.java"), main);
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        // an empty class path: javac in this JVM would otherwise take the test class path, jdbc's classes included
        Path noClassPath = Files.createDirectories(work.resolve("no-class-path"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--module-path", modulePath,
                "--class-path", noClassPath.toString(),
                "-encoding", "UTF-8", "-Xlint:-requires-automatic"));
        try (Stream<Path> files = Files.walk(src)) {
            args.addAll(files.filter(f -> f.toString().endsWith(".java")).map(Path::toString)
                    .collect(Collectors.toList()));
        }
        int rc = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        return new Compilation(rc == 0, diagnostics.toString(StandardCharsets.UTF_8));
    }
}
