package io.consumerprotection.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.classification.ClassificationCatalog;
import io.consumerprotection.core.classification.ClassificationScheme;
import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.spi.classification.ClassificationCodeRecord;
import io.consumerprotection.spi.classification.ClassificationSchemeProvider;
import io.consumerprotection.spi.classification.SchemeVersionRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code consumer-protection.classification.files} (a host's whole scheme version from a file, the format of the
 * bundled {@code scheme-2018.1.tsv}) and {@code consumer-protection.classification.scheme-version} pinning what the
 * facade applies; a bad file fails the start with {@link ClassificationFileException} naming the property and the
 * line, explained by {@link ClassificationFileFailureAnalyzer}.
 */
class ClassificationFilesTest {

    private static final LocalDate IN_2027 = LocalDate.of(2027, 3, 1);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConsumerProtectionAutoConfiguration.class))
            .withUserConfiguration(Db.class);

    @TempDir
    Path dir;

    @Configuration(proxyBeanMethods = false)
    static class Db {
        @Bean
        DataSource dataSource() {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:schemes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            return h2;
        }
    }

    /**
     * The bundled 2018.1 file as a bank copies it into its own version 2027.1 (in force from 2027), with one
     * business code more; {@code change} rewrites the text before it is written.
     */
    private String schemeFile(String name, java.util.function.UnaryOperator<String> change) throws IOException {
        String text;
        try (InputStream in = ClassificationCatalog.class.getResourceAsStream("scheme-2018.1.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replace("@version\t2018.1", "@version\t2027.1")
                .replace("@effective-from\t2018-01-01", "@effective-from\t2027-01-01")
                .replace("@based-on\t", "@based-on\t2018.1")
                + "BUSINESS\t0603\t06\t2\t数字人民币钱包\tDigital yuan wallets\t\t\t\t2027.1\tbank rule book\n";
        Path file = dir.resolve(name);
        Files.writeString(file, change.apply(text), StandardCharsets.UTF_8);
        return "file:" + file;
    }

    private static ConsumerProtection facade(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return context.getBean(ConsumerProtection.class);
    }

    @Test
    void aSchemeFileAddsAVersionThatAppliesFromItsEffectiveDate() throws IOException {
        runner.withPropertyValues("consumer-protection.classification.files=" + schemeFile("bank.tsv", t -> t))
                .run(context -> {
                    ClassificationCatalog catalog = facade(context).classificationCatalog();
                    assertThat(catalog.versions()).extracting(ClassificationScheme::version)
                            .containsExactly("2018.1", "2027.1");
                    assertThat(catalog.inForceOn(IN_2027).find(Dimension.BUSINESS, "0603")).isPresent();
                    assertThat(catalog.latest().version()).isEqualTo("2027.1");
                });
    }

    @Test
    void theSchemeVersionPinsWhatTheFacadeApplies() throws IOException {
        String file = schemeFile("bank.tsv", t -> t);
        runner.withPropertyValues("consumer-protection.classification.files=" + file,
                "consumer-protection.classification.scheme-version=2018.1").run(context -> {
                    ClassificationCatalog catalog = facade(context).classificationCatalog();
                    assertThat(catalog.latest().version()).isEqualTo("2018.1");
                    assertThat(catalog.inForceOn(IN_2027).version()).as("a 2027 complaint").isEqualTo("2018.1");
                    assertThat(catalog.findVersion("2027.1")).isEmpty();
                });
        // a provider's later version is left out too
        ClassificationSchemeProvider later = new ClassificationSchemeProvider() {
            @Override
            public String id() {
                return "bank-2028";
            }

            @Override
            public List<SchemeVersionRecord> schemeVersions() {
                return List.of(new SchemeVersionRecord("2028.1", LocalDate.of(2028, 1, 1), "2027.1",
                        List.of(new ClassificationCodeRecord(null, "BUSINESS", "0604", "06", 2, "测试", "Test", "",
                                null, null, "test")), List.of()));
            }
        };
        runner.withBean(ClassificationSchemeProvider.class, () -> later)
                .withPropertyValues("consumer-protection.classification.files=" + file,
                        "consumer-protection.classification.scheme-version=2027.1").run(context -> {
                    ClassificationCatalog catalog = facade(context).classificationCatalog();
                    assertThat(catalog.latest().version()).isEqualTo("2027.1");
                    assertThat(facade(context).narrativeClassifier()).isNotNull();
                    assertThat(catalog.inForceOn(LocalDate.of(2028, 6, 1)).version()).isEqualTo("2027.1");
                });
        runner.withPropertyValues("consumer-protection.classification.files=" + file,
                "consumer-protection.classification.scheme-version=2026.1").run(context -> {
                    assertThat(context).hasFailed();
                    InvalidConfigurationPropertyValueException e = find(context, InvalidConfigurationPropertyValueException.class);
                    assertThat(e.getName()).isEqualTo("consumer-protection.classification.scheme-version");
                    assertThat(e.getMessage()).contains("[2018.1, 2027.1]");
                });
    }

    @Test
    void aMalformedLineFailsTheStartNamingThePropertyAndTheLine() throws IOException {
        // the first code line cut to three columns (the rest of it made a comment)
        String file = schemeFile("short.tsv", t -> t.replace("CHANNEL\t01\t", "CHANNEL\t01\tbroken\n#"));
        int line = lineOf(file, "CHANNEL\t01\tbroken");
        runner.withPropertyValues("consumer-protection.classification.files=" + file).run(context ->
                assertFileFailure(context, file, OptionalInt.of(line), "COLUMNS"));
    }

    @Test
    void aCodeUnderAnUnknownParentNamesTheCodesLine() throws IOException {
        String file = schemeFile("orphan.tsv", t -> t
                + "BUSINESS\t77011\t7701\t3\t孤儿\tOrphan\t\t\t\t2027.1\ttest\n");
        runner.withPropertyValues("consumer-protection.classification.files=" + file).run(context ->
                assertFileFailure(context, file, OptionalInt.of(lineOf(file, "BUSINESS\t77011\t")), "UNKNOWN_PARENT"));
    }

    @Test
    void aVersionThatDoesNotFitTheCatalogueNamesTheDirectivesLine() throws IOException {
        String unknownBase = schemeFile("base.tsv", t -> t.replace("@based-on\t2018.1", "@based-on\t2019.9"));
        runner.withPropertyValues("consumer-protection.classification.files=" + unknownBase).run(context ->
                assertFileFailure(context, unknownBase, OptionalInt.of(lineOf(unknownBase, "@based-on\t")),
                        "UNKNOWN_BASE"));
        String again = schemeFile("again.tsv", t -> t.replace("@version\t2027.1", "@version\t2018.1"));
        runner.withPropertyValues("consumer-protection.classification.files=" + again).run(context ->
                assertFileFailure(context, again, OptionalInt.of(lineOf(again, "@version\t")), "DUPLICATE_VERSION"));
        String noVersion = schemeFile("none.tsv", t -> t.replace("@version\t2027.1\n", ""));
        runner.withPropertyValues("consumer-protection.classification.files=" + noVersion).run(context ->
                assertFileFailure(context, noVersion, OptionalInt.empty(), "REQUIRED"));
        runner.withPropertyValues("consumer-protection.classification.files=classpath:no-such-scheme.tsv")
                .run(context -> assertFileFailure(context, "no-such-scheme.tsv", OptionalInt.empty(),
                        "cannot be read"));
    }

    private static int lineOf(String file, String start) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(file.substring("file:".length())), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    private static void assertFileFailure(AssertableApplicationContext context, String file, OptionalInt line,
                                          String rule) {
        assertThat(context).hasFailed();
        ClassificationFileException e = find(context, ClassificationFileException.class);
        assertThat(e.getName()).isEqualTo("consumer-protection.classification.files");
        assertThat(e.file()).contains(Path.of(file.replace("file:", "")).getFileName().toString());
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.getMessage()).contains(rule);
        FailureAnalysis analysis = new ClassificationFileFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("consumer-protection.classification.files")
                .contains(e.file());
        line.ifPresent(n -> assertThat(analysis.getDescription()).contains("at line " + n));
        line.ifPresent(n -> assertThat(analysis.getAction()).startsWith("Correct line " + n + " of "));
    }

    private static <T extends Throwable> T find(AssertableApplicationContext context, Class<T> type) {
        for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + context.getStartupFailure());
    }
}
