package io.consumerprotection.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the jdbc module's main classes may depend on (DESIGN.md, Modules). */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the module's classes may come as a directory or a jar (examples/boot-versions); its test-jar never counts
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("io.consumerprotection.jdbc");
    }

    @Test
    void noMainCodeDependsOnTheTestkit() {
        ArchRule rule = noClasses().that().resideInAPackage("io.consumerprotection.jdbc..")
                .should().dependOnClassesThat().resideInAPackage("io.consumerprotection.testkit..")
                .because("the in-memory implementations are for tests and demos, never production persistence");
        rule.check(main);
    }

    @Test
    void jdbcImplementsTheSpiWithoutTheDomainLogic() {
        ArchRule rule = noClasses().that().resideInAPackage("io.consumerprotection.jdbc..")
                .should().dependOnClassesThat().resideInAPackage("io.consumerprotection.core..")
                .because("a host stores through the jdbc module with the spi alone (DESIGN.md, Modules)");
        rule.check(main);
    }
}
