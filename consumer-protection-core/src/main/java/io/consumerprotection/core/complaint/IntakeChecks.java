package io.consumerprotection.core.complaint;

import io.consumerprotection.spi.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SDK's own checks of an {@link Intake}, run at every intake whether or not the host has a Jakarta
 * Validation provider: required fields, the lengths and characters of every text ({@link ComplaintLimits}),
 * representation, at most 5 representatives of a group in person (art. 12), the range of the receipt instant and
 * of the regulator's dates.
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
        text(v, "channelReference", intake.channelReference(), true, ComplaintLimits.REFERENCE, false);
        text(v, "source", intake.source(), false, ComplaintLimits.REFERENCE, false);
        Complainant c = intake.complainant();
        if (c == null) {
            v.add(Violation.of("complainant", "NotNull", "the complainant is required"));
        } else {
            text(v, "complainant.reference", c.reference(), true, ComplaintLimits.REFERENCE, false);
            text(v, "complainant.name", c.name(), false, ComplaintLimits.NAME, false);
            text(v, "complainant.representativeReference", c.representativeReference(), false,
                    ComplaintLimits.REFERENCE, false);
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
        text(v, "respondent", intake.respondent(), false, ComplaintLimits.RESPONDENT, true);
        text(v, "request", intake.request(), true, ComplaintLimits.REQUEST, true);
        text(v, "narrative", intake.narrative(), true, ComplaintLimits.NARRATIVE, true);
        boolean receiptInRange = false;
        if (intake.receivedAt() == null) {
            v.add(Violation.of("receivedAt", "NotNull", "the receipt instant is required"));
        } else if (intake.receivedAt().isBefore(ComplaintLimits.EARLIEST_RECEIPT)) {
            v.add(Violation.of("receivedAt", "OUT_OF_RANGE", "a complaint is received on or after "
                    + ComplaintLimits.EARLIEST_RECEIPT + " (2007-01-01 in China, the start of the working-day calendar)"));
        } else if (intake.receivedAt().isAfter(now.plus(MAX_CLOCK_SKEW))) {
            v.add(Violation.of("receivedAt", "NOT_IN_FUTURE", "a complaint cannot be received in the future"));
        } else {
            receiptInRange = true;
        }
        regulatorDates(v, intake, receiptInRange);
        text(v, "receivingUnit", intake.receivingUnit(), true, ComplaintLimits.REFERENCE, false);
        text(v, "firstContactHandler", intake.firstContactHandler(), true, ComplaintLimits.REFERENCE, false);
        intake.classification().forEach((dimension, code) -> {
            if (dimension.isBlank() || code.isBlank()) {
                v.add(Violation.of("classification[" + dimension + "]", "NotBlank", "dimension and code must not be blank"));
            }
        });
        ComplaintLimits.classification(v, intake.classification());
        return v;
    }

    /** The regulator's dates of a forwarded complaint (art. 33): only on a regulator's channel, in order. */
    private static void regulatorDates(List<Violation> v, Intake intake, boolean receiptInRange) {
        if (intake.regulatorReceivedOn() == null && intake.regulatorFeedbackDue() == null) {
            return;
        }
        if (intake.channel() != null && !intake.channel().isRegulatorTransferred()) {
            v.add(Violation.of(intake.regulatorReceivedOn() != null ? "regulatorReceivedOn" : "regulatorFeedbackDue",
                    "NOT_FORWARDED", "only a complaint a regulator forwarded has the regulator's dates; "
                            + intake.channel() + " is not a regulator's channel"));
            return;
        }
        if (!receiptInRange) {
            return;
        }
        LocalDate bankDay = intake.receivedAt().atZone(Complaint.CHINA).toLocalDate();
        if (intake.regulatorReceivedOn() != null && intake.regulatorReceivedOn().isAfter(bankDay)) {
            v.add(Violation.of("regulatorReceivedOn", "REGULATOR_RECEIPT_ORDER",
                    "the regulator receives a complaint before it forwards it to the bank (received " + bankDay + ")"));
        } else if (intake.regulatorReceivedOn() != null
                && intake.regulatorReceivedOn().isBefore(bankDay.minusDays(ComplaintLimits.REGULATOR_DAYS))) {
            v.add(Violation.of("regulatorReceivedOn", "OUT_OF_RANGE", "the regulator's receipt is at most "
                    + ComplaintLimits.REGULATOR_DAYS + " days before the bank's (received " + bankDay + ")"));
        }
        if (intake.regulatorFeedbackDue() != null && intake.regulatorFeedbackDue().isBefore(bankDay)) {
            v.add(Violation.of("regulatorFeedbackDue", "FEEDBACK_DUE_ORDER",
                    "the feedback cannot be due before the bank received the complaint (" + bankDay + ")"));
        } else if (intake.regulatorFeedbackDue() != null
                && intake.regulatorFeedbackDue().isAfter(bankDay.plusDays(ComplaintLimits.REGULATOR_DAYS))) {
            v.add(Violation.of("regulatorFeedbackDue", "OUT_OF_RANGE", "the feedback is due at most "
                    + ComplaintLimits.REGULATOR_DAYS + " days after the bank received the complaint (" + bankDay + ")"));
        }
    }

    private static void text(List<Violation> v, String field, String value, boolean required, int max,
                             boolean multiline) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(Violation.of(field, "NotBlank", field + " is required"));
            }
            if (value == null || value.isEmpty()) {
                return;
            }
        }
        ComplaintLimits.text(v, field, value, max, multiline);
    }
}
