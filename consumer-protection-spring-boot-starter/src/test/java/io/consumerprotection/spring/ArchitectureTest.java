package io.consumerprotection.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the starter's main classes may depend on. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("io.consumerprotection.spring");
    }

    @Test
    void noMainCodeDependsOnTheTestkit() {
        ArchRule rule = noClasses().that().resideInAPackage("io.consumerprotection.spring..")
                .should().dependOnClassesThat().resideInAPackage("io.consumerprotection.testkit..")
                .because("the auto-configuration wires production stores (the jdbc module) or the host's own beans,"
                        + " never the in-memory implementations, which are for tests and demos");
        rule.check(main);
    }

    @Test
    void noMainCodeDependsOnCoreInternal() {
        ArchRule rule = noClasses().that().resideInAPackage("io.consumerprotection.spring..")
                .should().dependOnClassesThat().resideInAPackage("io.consumerprotection.core.internal..")
                .because("core.internal is implementation detail that may change in any release");
        rule.check(main);
    }
}
