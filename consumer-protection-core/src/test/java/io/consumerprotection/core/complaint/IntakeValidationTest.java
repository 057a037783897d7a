package io.consumerprotection.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
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
    void aGroupInPersonSendsAtMostFiveRepresentatives() {
        // art. 12: on every in-person channel (the counter, a petition visit), a group sends at most 5 representatives
        for (Channel channel : new Channel[] {Channel.BRANCH_COUNTER, Channel.PETITION}) {
            Intake six = ComplaintFixtures.intake("GR-1").channel(channel)
                    .complainant(Complainant.person("CUST-9", "群体").withJointComplainants(30)).representatives(6).build();
            assertThat(IntakeChecks.check(six, ComplaintFixtures.RECEIVED))
                    .extracting(v -> v.field() + " " + v.rule()).containsExactly("representatives GROUP_REPRESENTATIVES");
            assertThat(IntakeChecks.check(six, ComplaintFixtures.RECEIVED).get(0).message()).contains("art. 12", "5");
            Intake five = ComplaintFixtures.intake("GR-2").channel(channel)
                    .complainant(Complainant.person("CUST-9", "群体").withJointComplainants(30)).representatives(5).build();
            assertThat(IntakeChecks.check(five, ComplaintFixtures.RECEIVED)).isEmpty();
        }
        // one complainant, or a group not in person, is not limited by art. 12
        Intake alone = ComplaintFixtures.intake("GR-3").channel(Channel.BRANCH_COUNTER).representatives(6).build();
        assertThat(IntakeChecks.check(alone, ComplaintFixtures.RECEIVED)).isEmpty();
        Intake byLetter = ComplaintFixtures.intake("GR-4").channel(Channel.LETTER)
                .complainant(Complainant.person("CUST-9", "群体").withJointComplainants(30)).representatives(6).build();
        assertThat(IntakeChecks.check(byLetter, ComplaintFixtures.RECEIVED)).isEmpty();
        Intake negative = ComplaintFixtures.intake("GR-5").representatives(-1).build();
        assertThat(IntakeChecks.check(negative, ComplaintFixtures.RECEIVED)).extracting(Violation::rule)
                .containsExactly("PositiveOrZero");
        assertThat(validator.validate(negative)).extracting(v -> v.getPropertyPath().toString())
                .containsExactly("representatives");
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
