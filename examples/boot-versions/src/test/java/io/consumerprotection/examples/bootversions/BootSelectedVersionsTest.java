package io.consumerprotection.examples.bootversions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tests of core and jdbc in this module only mean something if they ran on the versions Spring Boot's dependency management
 * selects, not on the SDK's own: this reads which jar each library was actually loaded from and compares it with
 * the version property of Boot's own BOM ({@code spring-boot-dependencies}, from the local repository), so a pom
 * that stops overriding the SDK's version fails here.
 */
class BootSelectedVersionsTest {

    private static String bom;

    @BeforeAll
    static void readBootsBom() throws Exception {
        Path path = Path.of(System.getProperty("boot.bom", "boot.bom not set by the pom"));
        assertThat(path).as("Spring Boot's BOM in the local repository").exists();
        bom = Files.readString(path, StandardCharsets.UTF_8);
    }

    @Test
    void coreTestsRunOnTheVersionsSpringBootSelects() throws Exception {
        assertLoadedFrom(jakarta.validation.Validation.class, "jakarta.validation-api-", "jakarta-validation.version");
        assertLoadedFrom(org.hibernate.validator.HibernateValidator.class, "hibernate-validator-",
                "hibernate-validator.version");
        assertLoadedFrom(org.slf4j.LoggerFactory.class, "slf4j-api-", "slf4j.version");
        assertLoadedFrom(org.junit.jupiter.api.Test.class, "junit-jupiter-api-", "junit-jupiter.version");
        assertLoadedFrom(org.assertj.core.api.Assertions.class, "assertj-core-", "assertj.version");
    }

    @Test
    void jdbcTestsRunOnTheVersionsSpringBootSelects() throws Exception {
        assertLoadedFrom(org.h2.Driver.class, "h2-", "h2.version");
        assertLoadedFrom(org.flywaydb.core.Flyway.class, "flyway-core-", "flyway.version");
        assertLoadedFrom(org.postgresql.Driver.class, "postgresql-", "postgresql.version");
        assertLoadedFrom(org.mariadb.jdbc.Driver.class, "mariadb-java-client-", "mariadb.version");
    }

    @Test
    void theTestClassesComeFromTheModulesTestJars() throws Exception {
        assertThat(jarName(Class.forName("io.consumerprotection.core.ArchitectureTest")))
                .startsWith("consumer-protection-core-").endsWith("-tests.jar");
        assertThat(jarName(Class.forName("io.consumerprotection.jdbc.PortableDdlTest")))
                .startsWith("consumer-protection-jdbc-").endsWith("-tests.jar");
    }

    private static void assertLoadedFrom(Class<?> type, String artifact, String bomProperty) throws Exception {
        Matcher m = Pattern.compile("<" + Pattern.quote(bomProperty) + ">([^<]+)</").matcher(bom);
        assertThat(m.find()).as("%s in Boot's BOM", bomProperty).isTrue();
        assertThat(jarName(type)).as(type.getName()).isEqualTo(artifact + m.group(1) + ".jar");
    }

    private static String jarName(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
    }
}
