package io.consumerprotection.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The architecture of DESIGN.md, enforced on the main classes of spi, testkit and core. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // spi and testkit may come as a directory or a jar (in a reactor build); a test-jar never counts
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("io.consumerprotection.spi", "io.consumerprotection.testkit", "io.consumerprotection.core");
    }

    @Test
    void spiDoesNotDependOnCore() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.consumerprotection.spi..", "io.consumerprotection.testkit..")
                .should().dependOnClassesThat().resideInAPackage("io.consumerprotection.core..")
                .because("hosts implement the spi without pulling in the domain logic (DESIGN.md, Modules)");
        rule.check(main);
    }

    @Test
    void noMainCodeDependsOnTheTestkit() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.consumerprotection.spi..", "io.consumerprotection.core..")
                .should().dependOnClassesThat().resideInAPackage("io.consumerprotection.testkit..")
                .because("the in-memory implementations are for tests, demos and hosts that opt in, never for"
                        + " production persistence: the SDK's own main code must work without them");
        rule.check(main);
    }

    @Test
    void testkitDependsOnTheSpiAndTheJdkOnly() {
        ArchRule rule = classes().that().resideInAPackage("io.consumerprotection.testkit..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.consumerprotection.testkit..",
                        "io.consumerprotection.spi..", "java..", "javax.crypto..")
                .because("a host adds the testkit to its tests with nothing else on the class path: like the spi it has"
                        + " no dependency but the spi and the JDK");
        rule.check(main);
    }

    @Test
    void spiDependsOnTheJdkOnly() {
        ArchRule rule = classes().that().resideInAPackage("io.consumerprotection.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.consumerprotection.spi..", "java..", "javax.crypto..")
                .because("the spi has zero compile-scope dependencies (DESIGN.md, Modules): only the JDK's java.*"
                        + " and, for the audit keys, javax.crypto of java.base");
        rule.check(main);
    }

    @Test
    void internalIsNotUsedOutsideCore() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.consumerprotection.core..")
                .should().dependOnClassesThat().resideInAPackage("io.consumerprotection.core.internal..")
                .because("core.internal is implementation detail that may change in any release");
        rule.check(main);
    }

    @Test
    void publicApiNamesNoInternalType() {
        String internal = "io.consumerprotection.core.internal";
        List<String> leaks = main.stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getPackageName().startsWith(internal))
                .flatMap(c -> c.getCodeUnits().stream())
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(m -> Stream.concat(m.getRawParameterTypes().stream(), Stream.of(m.getRawReturnType()))
                        .anyMatch(t -> t.getPackageName().startsWith(internal)))
                .map(JavaCodeUnit::getFullName).toList();
        assertThat(leaks).as("public methods of public API types that name a core.internal type").isEmpty();
    }

    @Test
    void noCyclesBetweenCorePackages() {
        ArchRule rule = slices().matching("io.consumerprotection.core.(**)").should().beFreeOfCycles()
                .because("each capability package must be understandable and testable on its own");
        rule.check(main);
    }

    @Test
    void noFrameworkImports() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.consumerprotection.spi..", "io.consumerprotection.testkit..",
                        "io.consumerprotection.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "javax.persistence..", "jakarta.ejb..",
                        "jakarta.enterprise..", "jakarta.inject..", "org.hibernate..", "com.fasterxml..", "tools.jackson..")
                .because("the SDK is framework-free: hosts bring their own container, ORM and JSON");
        rule.check(main);
    }

    @Test
    void coreUsesOnlyItsDeclaredDependencies() {
        ArchRule rule = classes().that().resideInAPackage("io.consumerprotection.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.consumerprotection..", "java..", "javax.crypto..",
                        "com.google.common..", "org.slf4j..", "jakarta.validation..", "org.mapstruct..", "javax.annotation.processing..")
                .because("core depends on spi, Guava, slf4j-api, jakarta.validation-api and MapStruct only (DESIGN.md)");
        rule.check(main);
    }

    @Test
    void noStandardStreams() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
                .because("library code logs through SLF4J; it never prints to the host's console").check(main);
    }

    @Test
    void noJavaUtilLogging() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
                .because("SLF4J is the only logging API of the SDK").check(main);
    }

    @Test
    void noCatchAllExceptionsThrown() {
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
                .because("callers need a typed error that names the field and the rule").check(main);
    }

    @Test
    void loggersArePrivateStaticFinal() {
        ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
                .that().haveRawType(org.slf4j.Logger.class)
                .should().bePrivate().andShould().beStatic().andShould().beFinal()
                .allowEmptyShould(true)
                .because("house style: one private static final Logger per class");
        rule.check(main);
    }

    @Test
    void noManagerUtilImplOrVoNames() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.consumerprotection.spi..", "io.consumerprotection.testkit..",
                        "io.consumerprotection.core..")
                .and().resideOutsideOfPackage("io.consumerprotection.core.internal..")
                .should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("VO")
                .orShould().haveSimpleNameEndingWith("Spi")
                .because("types are named for domain roles (DESIGN.md, House style)");
        rule.check(main);
    }
}
