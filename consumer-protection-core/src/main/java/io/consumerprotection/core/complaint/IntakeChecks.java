package io.consumerprotection.core.complaint;

import io.consumerprotection.spi.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SDK's own checks of an {@link Intake}, run at every intake whether or not the host has a Jakarta
 * Validation provider: required fields, lengths in code points, representation, at most 5 representatives of
 * a group in person (art. 12), receipt time.
 */
public final class IntakeChecks {

    /** How far in the future a receipt instant may be (clock skew between systems). */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private IntakeChecks() {
    }

    /** Every violation of the intake rules, in field order; empty when the intake is valid. */
    public static List<Violation> check(Intake intake, Instant now) {
        List<Violation> v = new ArrayList<>();
        if (intake.channel() == null) {
            v.add(Violation.of("channel", "NotNull", "the channel is required"));
        }
        text(v, "channelReference", intake.channelReference(), true, Intake.MAX_REFERENCE);
        text(v, "source", intake.source(), false, Intake.MAX_REFERENCE);
        Complainant c = intake.complainant();
        if (c == null) {
            v.add(Violation.of("complainant", "NotNull", "the complainant is required"));
        } else {
            text(v, "complainant.reference", c.reference(), true, Intake.MAX_REFERENCE);
            if (c.representation() != Representation.SELF
                    && (c.representativeReference() == null || c.representativeReference().isBlank())) {
                v.add(Violation.of("complainant.representativeReference", "REPRESENTATIVE_REQUIRED",
                        "a complaint brought by " + c.representation() + " names the representative"));
            }
        }
        if (intake.representatives() < 0) {
            v.add(Violation.of("representatives", "PositiveOrZero", "the number of representatives cannot be negative"));
        } else if (intake.representatives() > Intake.MAX_GROUP_REPRESENTATIVES && c != null && c.jointComplainants() > 1
                && intake.channel() != null && intake.channel().isInPerson()) {
            v.add(Violation.of("representatives", "GROUP_REPRESENTATIVES", "a group complaining in person sends at most "
                    + Intake.MAX_GROUP_REPRESENTATIVES + " representatives (NFRA Order 2020 No. 3 art. 12); "
                    + intake.representatives() + " came"));
        }
        text(v, "respondent", intake.respondent(), false, Intake.MAX_RESPONDENT);
        text(v, "request", intake.request(), true, Intake.MAX_REQUEST);
        text(v, "narrative", intake.narrative(), true, Intake.MAX_NARRATIVE);
        if (intake.receivedAt() == null) {
            v.add(Violation.of("receivedAt", "NotNull", "the receipt instant is required"));
        } else if (intake.receivedAt().isAfter(now.plus(MAX_CLOCK_SKEW))) {
            v.add(Violation.of("receivedAt", "NOT_IN_FUTURE", "a complaint cannot be received in the future"));
        }
        regulatorDates(v, intake);
        text(v, "receivingUnit", intake.receivingUnit(), true, Intake.MAX_REFERENCE);
        text(v, "firstContactHandler", intake.firstContactHandler(), true, Intake.MAX_REFERENCE);
        intake.classification().forEach((dimension, code) -> {
            if (dimension.isBlank() || code.isBlank()) {
                v.add(Violation.of("classification[" + dimension + "]", "NotBlank", "dimension and code must not be blank"));
            }
        });
        return v;
    }

    /** The regulator's dates of a forwarded complaint (art. 33): only on a regulator's channel, in order. */
    private static void regulatorDates(List<Violation> v, Intake intake) {
        if (intake.regulatorReceivedOn() == null && intake.regulatorFeedbackDue() == null) {
            return;
        }
        if (intake.channel() != null && !intake.channel().isRegulatorTransferred()) {
            v.add(Violation.of(intake.regulatorReceivedOn() != null ? "regulatorReceivedOn" : "regulatorFeedbackDue",
                    "NOT_FORWARDED", "only a complaint a regulator forwarded has the regulator's dates; "
                            + intake.channel() + " is not a regulator's channel"));
            return;
        }
        if (intake.receivedAt() == null) {
            return;
        }
        LocalDate bankDay = intake.receivedAt().atZone(Complaint.CHINA).toLocalDate();
        if (intake.regulatorReceivedOn() != null && intake.regulatorReceivedOn().isAfter(bankDay)) {
            v.add(Violation.of("regulatorReceivedOn", "REGULATOR_RECEIPT_ORDER",
                    "the regulator receives a complaint before it forwards it to the bank (received " + bankDay + ")"));
        }
        if (intake.regulatorFeedbackDue() != null && intake.regulatorFeedbackDue().isBefore(bankDay)) {
            v.add(Violation.of("regulatorFeedbackDue", "FEEDBACK_DUE_ORDER",
                    "the feedback cannot be due before the bank received the complaint (" + bankDay + ")"));
        }
    }

    private static void text(List<Violation> v, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(Violation.of(field, "NotBlank", field + " is required"));
            }
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            v.add(Violation.of(field, "Size", field + " has " + length + " characters, at most " + max + " allowed"));
        }
    }
}
