package io.consumerprotection.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.memory.InMemoryAuditSink;
import io.consumerprotection.spi.memory.InMemoryComplaintStore;
import io.consumerprotection.spi.memory.InMemoryNotificationSender;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The intake's Jakarta Validation annotations, checked with Hibernate Validator, agree with the SDK's own checks. */
class IntakeValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void aValidIntakeHasNoViolations() {
        Intake intake = ComplaintFixtures.intake("HL-1").build();
        assertThat(validator.validate(intake)).isEmpty();
        assertThat(IntakeChecks.check(intake, ComplaintFixtures.RECEIVED)).isEmpty();
    }

    @Test
    void annotationsAndOwnChecksReportTheSameRequiredFields() {
        Intake intake = Intake.builder().complainant(Complainant.person("", "王五")).build();

        Set<String> annotated = validator.validate(intake).stream().map(ConstraintViolation::getPropertyPath)
                .map(Object::toString).collect(Collectors.toSet());
        Set<String> own = IntakeChecks.check(intake, ComplaintFixtures.RECEIVED).stream().map(Violation::field)
                .collect(Collectors.toSet());

        assertThat(annotated).containsExactlyInAnyOrder("channel", "channelReference", "request", "narrative",
                "receivedAt", "receivingUnit", "firstContactHandler");
        assertThat(own).containsAll(annotated).contains("complainant.reference");
    }

    @Test
    void theFacadeRunsAHostValidatorToo() {
        var complaints = ConsumerProtection.builder().complaintStore(new InMemoryComplaintStore())
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink())
                .clock(Clock.fixed(Instant.parse("2024-09-21T00:00:00Z"), ZoneOffset.UTC))
                .validator(validator).build().complaints();

        assertThatThrownBy(() -> complaints.intake(ComplaintFixtures.intake("HL-2").source("S".repeat(65)).build(), "EMP-1"))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("source"));
    }
}
