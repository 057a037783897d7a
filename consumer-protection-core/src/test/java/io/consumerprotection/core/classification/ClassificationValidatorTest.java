package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.Violation;
import io.consumerprotection.testkit.InMemoryClassificationSchemeProvider;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassificationValidatorTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private final ClassificationValidator validator = ClassificationValidator.bundled();

    static Map<String, String> complete() {
        Map<String, String> m = new HashMap<>();
        m.put("CHANNEL", "01033");
        m.put("BUSINESS", "06022");
        m.put("CAUSE", "0703");
        m.put("SOURCE", "01");
        m.put("LEVEL", "01");
        m.put("RESPONSIBILITY", "01");
        m.put("RIGHT", "02|04");
        return m;
    }

    @Test
    void acceptsACompleteClassification() {
        assertThat(validator.validate(complete(), DAY, true).version()).isEqualTo("2018.1");
        assertThat(validator.violations(complete(), DAY, true)).isEmpty();
    }

    @Test
    void acceptsAPartialClassificationWhenCompletenessIsNotRequired() {
        assertThat(validator.violations(Map.of("BUSINESS", "06"), DAY, false)).isEmpty();
    }

    @Test
    void reportsEveryViolationWithCodeDimensionAndVersion() {
        Map<String, String> m = complete();
        m.put("BUSINESS", "0602");
        m.put("CAUSE", "0777");
        m.put("LEVEL", "01|02");
        m.put("SOURCE", " ");
        m.remove("RESPONSIBILITY");
        m.put("COLOUR", "red");
        assertThatThrownBy(() -> validator.validate(m, DAY, true))
                .isInstanceOfSatisfying(InvalidClassificationException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_CLASSIFICATION");
                    assertThat(e.schemeVersion()).isEqualTo("2018.1");
                    assertThat(e.violations()).extracting(Violation::field, Violation::rule).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("classification[BUSINESS]", "NOT_LEAF"),
                            org.assertj.core.groups.Tuple.tuple("classification[CAUSE]", "UNKNOWN_CODE"),
                            org.assertj.core.groups.Tuple.tuple("classification[SOURCE]", "EMPTY"),
                            org.assertj.core.groups.Tuple.tuple("classification[LEVEL]", "MULTIPLE_CODES"),
                            org.assertj.core.groups.Tuple.tuple("classification[RESPONSIBILITY]", "MISSING"),
                            org.assertj.core.groups.Tuple.tuple("classification[COLOUR]", "UNKNOWN_DIMENSION"));
                    // an unknown code is described by its shape, never repeated: it may be anything a person typed
                    assertThat(e.violations().get(1).message())
                            .isEqualTo("CAUSE code (4 digits) is not a code of scheme version 2018.1");
                    assertThat(e.getMessage()).doesNotContain("0777").contains("0602");
                });
    }

    @Test
    void validatesAgainstTheVersionInForceOnTheReceivedDate() {
        ClassificationValidator v = ClassificationValidator.of(ClassificationCatalog.bundled().with(
                InMemoryClassificationSchemeProvider.of("bank", List.of(), List.of(ClassificationCatalogTest.v2026()))));
        Map<String, String> old = Map.of("CAUSE", "0101");
        assertThat(v.violations(old, LocalDate.of(2025, 12, 31), false)).isEmpty();
        assertThat(v.violations(old, LocalDate.of(2026, 1, 1), false)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("CAUSE", "(4 digits)", "2026.1"));
        assertThat(v.violations(Map.of("CAUSE", "0104"), LocalDate.of(2025, 12, 31), false)).isNotEmpty();
    }

    @Test
    void rejectsRetiredAndNotYetValidCodes() {
        var retired = new io.consumerprotection.spi.classification.ClassificationCodeRecord(null, "BUSINESS", "060221",
                "06022", 4, "旧年费", "Old fee", "", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "");
        ClassificationValidator v = ClassificationValidator.of(ClassificationCatalog.bundled()
                .with(InMemoryClassificationSchemeProvider.of("bank", List.of(retired))));
        assertThat(v.violations(Map.of("BUSINESS", "060221"), LocalDate.of(2024, 6, 1), false)).isEmpty();
        assertThat(v.violations(Map.of("BUSINESS", "060221"), LocalDate.of(2025, 1, 1), false))
                .extracting(Violation::rule).containsExactly("RETIRED_CODE");
        assertThat(v.violations(Map.of("BUSINESS", "060221"), LocalDate.of(2023, 12, 31), false))
                .extracting(Violation::rule).containsExactly("NOT_YET_VALID");
    }

    @Test
    void noSchemeBeforeTheFirstVersion() {
        assertThatThrownBy(() -> validator.validate(complete(), LocalDate.of(2017, 1, 1), false))
                .isInstanceOfSatisfying(InvalidClassificationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("NO_SCHEME_IN_FORCE"));
    }
}
