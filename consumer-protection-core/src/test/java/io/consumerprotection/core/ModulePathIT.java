package io.consumerprotection.core;

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
 * The built jars on the module path, as a host's own module sees them: a module that
 * {@code requires io.consumerprotection.core} compiles against the exported packages and runs the facade (the bundled
 * calendar, deadline policy, classification scheme and suggestion dictionary load from inside the named module), and
 * a module that imports {@code core.internal} or {@code spi.internal} does not compile. The in-memory SPI
 * implementations it wires come from the testkit module, which the app requires on its own: core neither requires
 * nor passes it on.
 *
 * <p>Run by surefire's {@code module-path} execution after {@code package}: {@code cp.core.jar} is the core jar just
 * built; the spi and testkit jars and core's runtime dependencies (Guava and failureaccess, SLF4J's API, Jakarta Validation's API) come from the test class
 * path. MapStruct is not on the module path: core needs it at compile time only.
 */
class ModulePathIT {

    private static final String MODULE_INFO = "module consumer.app {\n    requires io.consumerprotection.core;\n"
            + "    requires io.consumerprotection.testkit;\n}\n";

    /** A host module that requires core only. */
    private static final String CORE_ONLY = "module consumer.app {\n    requires io.consumerprotection.core;\n}\n";

    private static final String MAIN = """
            package consumer.app;

            import io.consumerprotection.core.ConsumerProtection;
            import io.consumerprotection.core.calendar.WorkingCalendars;
            import io.consumerprotection.core.classification.Dimension;
            import io.consumerprotection.core.complaint.Channel;
            import io.consumerprotection.core.complaint.Complainant;
            import io.consumerprotection.core.complaint.Complaint;
            import io.consumerprotection.core.complaint.Intake;
            import io.consumerprotection.testkit.InMemoryAuditSink;
            import io.consumerprotection.testkit.InMemoryComplaintStore;
            import io.consumerprotection.testkit.InMemoryNotificationSender;
            import jakarta.validation.Validation;
            import java.time.Clock;
            import java.time.Instant;
            import java.time.LocalDate;
            import java.time.ZoneOffset;
            import java.util.Map;

            public final class Main {
                public static void main(String[] args) {
                    Instant receivedAt = Instant.parse("2024-09-20T02:15:00Z");
                    ConsumerProtection.Builder builder = ConsumerProtection.builder()
                            .complaintStore(new InMemoryComplaintStore())
                            .notificationSender(new InMemoryNotificationSender())
                            .auditSink(new InMemoryAuditSink())
                            .clock(Clock.fixed(receivedAt.plusSeconds(3600), ZoneOffset.UTC));
                    if (args.length > 0 && args[0].equals("validate")) {
                        // the host's Jakarta validator (Hibernate Validator, found by Jakarta's ServiceLoader)
                        builder.validator(Validation.buildDefaultValidatorFactory().getValidator());
                    }
                    ConsumerProtection cp = builder.build();
                    Complaint c = cp.complaints().intake(Intake.builder()
                            .channel(Channel.HOTLINE).channelReference("95588-20240920-0002")
                            .complainant(Complainant.person("CUST-10087", "张三"))
                            .request("退还信用卡年费").narrative("信用卡年费未经告知被扣收。")
                            .receivedAt(receivedAt).receivingUnit("BR-0101").firstContactHandler("EMP-001")
                            .build(), "EMP-001").complaint();
                    System.out.println("decision due " + c.dueDates().get("DECISION"));
                    System.out.println("working day " + WorkingCalendars.chinaMainland()
                            .addWorkingDays(LocalDate.of(2024, 2, 8), 3));
                    System.out.println("business " + cp.narrativeClassifier()
                            .suggest("信用卡没有被盗刷，但年费被扣了，要求退还").top(Dimension.BUSINESS).orElseThrow().code());
                    System.out.println("scheme " + cp.classificationValidator().validate(
                            Map.of("BUSINESS", "06022", "CAUSE", "0703", "RIGHT", "02|04"), LocalDate.of(2025, 3, 1), false)
                            .version());
                    System.out.println("module " + ConsumerProtection.class.getModule().getName());
                    java.lang.module.ModuleDescriptor testkit = InMemoryComplaintStore.class.getModule().getDescriptor();
                    System.out.println("testkit " + testkit.name() + (testkit.isAutomatic() ? " automatic" : " explicit")
                            + ", exports " + testkit.exports().stream().map(e -> e.source()
                            + (e.isQualified() ? " to " + e.targets() : "")).sorted().toList()
                            + ", packages " + new java.util.TreeSet<>(testkit.packages()));
                }
            }
            """;

    private static String modulePath;
    private static String validatorPath;

    @TempDir
    Path work;

    @BeforeAll
    static void findTheJars() {
        String coreJar = System.getProperty("cp.core.jar");
        // set by the module-path execution after package; a -Dtest=… run in the test phase has no jar yet
        Assumptions.assumeTrue(coreJar != null, "no cp.core.jar: ModulePathIT runs in the module-path execution");
        assertThat(Path.of(coreJar)).exists();
        List<String> entries = new ArrayList<>();
        entries.add(coreJar);
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(e).getFileName().toString();
            boolean sdk = (e.contains("consumer-protection-spi") || e.contains("consumer-protection-testkit"))
                    && !name.endsWith("-tests.jar") && !name.equals("test-classes");
            if (sdk || name.startsWith("guava-") || name.startsWith("failureaccess-") || name.startsWith("slf4j-api-")
                    || name.startsWith("jakarta.validation-api-")) {
                entries.add(e);
            }
        }
        assertThat(entries).as("core, spi, testkit, guava, failureaccess, slf4j-api, jakarta.validation-api").hasSize(7);
        modulePath = String.join(File.pathSeparator, entries);
        List<String> validator = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(e).getFileName().toString();
            if (name.startsWith("hibernate-validator-") || name.startsWith("jboss-logging-")
                    || name.startsWith("classmate-") || name.startsWith("expressly-")
                    || name.startsWith("jakarta.el-api-")) {
                validator.add(e);
            }
        }
        assertThat(validator).as("Hibernate Validator and what it needs, from core's test class path").hasSize(5);
        validatorPath = String.join(File.pathSeparator, validator);
    }

    @Test
    void aModuleRequiringCoreCompilesAgainstTheExportedPackagesAndRunsTheFacade() throws Exception {
        Path classes = work.resolve("classes");
        Compilation compiled = compile(classes, MAIN);
        assertThat(compiled.ok()).as(compiled.diagnostics()).isTrue();

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath + File.pathSeparator + classes, "-m", "consumer.app/consumer.app.Main")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("decision due 2024-10-08", "working day 2024-02-19", "business 06022",
                "module io.consumerprotection.core", "testkit io.consumerprotection.testkit explicit, exports"
                + " [io.consumerprotection.testkit], packages [io.consumerprotection.testkit]");
        assertThat(out).containsPattern("scheme \\S+");
    }

    /**
     * Hibernate Validator reads the constraints of {@code Intake} (a record in {@code core.complaint}) by reflection:
     * on the module path that needs the package opened, which core's descriptor does for the packages whose types
     * carry constraints.
     */
    @Test
    void aHostsJakartaValidatorValidatesCoresConstrainedTypesOnTheModulePath() throws Exception {
        Path classes = work.resolve("validating");
        Compilation compiled = compile(classes, MAIN);
        assertThat(compiled.ok()).as(compiled.diagnostics()).isTrue();

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath + File.pathSeparator + validatorPath + File.pathSeparator + classes,
                "--add-modules", "ALL-MODULE-PATH", "-m", "consumer.app/consumer.app.Main", "validate")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("decision due 2024-10-08");
    }

    @Test
    void aModuleImportingCoreInternalDoesNotCompile() throws Exception {
        Compilation compiled = compile(work.resolve("internal"), """
                package consumer.app;

                import io.consumerprotection.core.internal.StoredComplaints;

                public final class Main {
                    static Class<?> leaked() {
                        return StoredComplaints.class;
                    }
                }
                """);

        assertThat(compiled.ok()).isFalse();
        assertThat(compiled.diagnostics()).contains("package io.consumerprotection.core.internal is not visible",
                "package io.consumerprotection.core.internal is declared in module"
                + " io.consumerprotection.core, which does not export it");
    }

    @Test
    void coreDoesNotBringTheTestkit() throws Exception {
        Compilation compiled = compile(work.resolve("core-only"), CORE_ONLY, """
                package consumer.app;

                import io.consumerprotection.testkit.InMemoryComplaintStore;

                public final class Main {
                    static Class<?> memory() {
                        return InMemoryComplaintStore.class;
                    }
                }
                """);

        assertThat(compiled.ok()).isFalse();
        assertThat(compiled.diagnostics()).contains("package io.consumerprotection.testkit is not visible");
    }

    @Test
    void aModuleImportingSpiInternalDoesNotCompile() throws Exception {
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
        return compile(classes, MODULE_INFO, main);
    }

    /** Compiles module consumer.app of this descriptor and Main on the module path of the built jars. */
    private Compilation compile(Path classes, String moduleInfo, String main) throws IOException {
        Path src = work.resolve("src-" + classes.getFileName());
        Path pkg = Files.createDirectories(src.resolve("consumer/app"));
        Files.writeString(src.resolve("module-info.java"), moduleInfo);
        Files.writeString(pkg.resolve("Main.java"), main);
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        // an empty class path: javac in this JVM would otherwise take the test class path, core's classes included
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
