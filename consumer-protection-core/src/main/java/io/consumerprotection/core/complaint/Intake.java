package io.consumerprotection.core.complaint;

import io.consumerprotection.spi.internal.Redaction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A complaint as it comes in from any channel, before it is registered. Built with {@link #builder()}.
 * The Jakarta Validation annotations let a host validate its own DTO the same way; the SDK always runs
 * the same checks itself (see {@link Complaints#intake}), with or without a validation provider. The maxima are
 * those of {@link ComplaintLimits}, in code points; Jakarta's {@code @Size} counts UTF-16 units, so it refuses
 * some texts outside the Basic Multilingual Plane (emoji, CJK Extension B) that the SDK's own count accepts, and
 * the SDK leaves length to its own count.
 *
 * <p>{@link #toString()} shows the channel, codes and the receipt instant; never the channel reference, the
 * complainant's name or references, nor the text of the request and the narrative (only its length).
 *
 * @param channel                  where it came in
 * @param channelReference         the channel's own reference (ticket, letter number); repeats are idempotent
 * @param source                   the source code; {@code null} for the channel's name
 * @param complainant              who complains
 * @param respondent               the unit or staff complained about, if named
 * @param request                  what the complainant asks for (诉求)
 * @param narrative                the facts and reasons
 * @param receivedAt               when it was received
 * @param receivingUnit            the unit that received it
 * @param firstContactHandler      the first-contact handler (首问负责人)
 * @param classification           codes per dimension name known at intake; may be empty
 * @param majorEvent               it arises from a major disaster, accident or public-health event (art. 29)
 * @param designatedMajor          the regulator designated it a major complaint (art. 29)
 * @param representatives          how many representatives a group complaining in person sent (art. 12: at most
 *                                 {@value #MAX_GROUP_REPRESENTATIVES}); 0 when not recorded
 * @param regulatorReceivedOn      for a complaint a regulator forwarded: the day the regulator received it (art. 33);
 *                                 {@code null} when not known or not forwarded. The bank's own period (art. 18)
 *                                 still runs from {@link #receivedAt}, its receipt of the forwarded complaint
 * @param regulatorFeedbackDue     for a forwarded complaint: the day by which the regulator wants feedback on the
 *                                 outcome (反馈), where it set one; {@code null} otherwise
 */
public record Intake(
        @NotNull Channel channel,
        @NotBlank @Size(max = ComplaintLimits.REFERENCE) String channelReference,
        @Size(max = ComplaintLimits.REFERENCE) String source,
        @NotNull @Valid Complainant complainant,
        @Size(max = ComplaintLimits.RESPONDENT) String respondent,
        @NotBlank @Size(max = ComplaintLimits.REQUEST) String request,
        @NotBlank @Size(max = ComplaintLimits.NARRATIVE) String narrative,
        @NotNull Instant receivedAt,
        @NotBlank @Size(max = ComplaintLimits.REFERENCE) String receivingUnit,
        @NotBlank @Size(max = ComplaintLimits.REFERENCE) String firstContactHandler,
        Map<String, String> classification,
        boolean majorEvent,
        boolean designatedMajor,
        @PositiveOrZero int representatives,
        LocalDate regulatorReceivedOn,
        LocalDate regulatorFeedbackDue) {

    /** How many joint in-person complainants make a complaint major (art. 29). */
    public static final int MAJOR_JOINT_COMPLAINANTS = 20;

    /** How many representatives a group complaining in person may send (art. 12). */
    public static final int MAX_GROUP_REPRESENTATIVES = 5;

    public Intake {
        classification = classification == null ? Map.of() : Map.copyOf(classification);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A copy with another narrative (after scrubbing). */
    public Intake withNarrative(String newNarrative) {
        return new Intake(channel, channelReference, source, complainant, respondent, request, newNarrative, receivedAt,
                receivingUnit, firstContactHandler, classification, majorEvent, designatedMajor, representatives,
                regulatorReceivedOn, regulatorFeedbackDue);
    }

    /** A copy with other classification codes. */
    public Intake withClassification(Map<String, String> codes) {
        return new Intake(channel, channelReference, source, complainant, respondent, request, narrative, receivedAt,
                receivingUnit, firstContactHandler, codes, majorEvent, designatedMajor, representatives,
                regulatorReceivedOn, regulatorFeedbackDue);
    }

    /** A copy with another request text (after scrubbing). */
    public Intake withRequest(String newRequest) {
        return new Intake(channel, channelReference, source, complainant, respondent, newRequest, narrative, receivedAt,
                receivingUnit, firstContactHandler, classification, majorEvent, designatedMajor, representatives,
                regulatorReceivedOn, regulatorFeedbackDue);
    }

    /** A copy with another respondent text (after scrubbing). */
    public Intake withRespondent(String newRespondent) {
        return new Intake(channel, channelReference, source, complainant, newRespondent, request, narrative, receivedAt,
                receivingUnit, firstContactHandler, classification, majorEvent, designatedMajor, representatives,
                regulatorReceivedOn, regulatorFeedbackDue);
    }

    /**
     * The level this intake calls for: major when art. 29 says so (a major event, designated by the regulator,
     * or {@value #MAJOR_JOINT_COMPLAINANTS} or more joint complainants on an in-person channel), otherwise ordinary.
     */
    public ComplaintLevel initialLevel() {
        boolean group = channel != null && channel.isInPerson() && complainant != null
                && complainant.jointComplainants() >= MAJOR_JOINT_COMPLAINANTS;
        return majorEvent || designatedMajor || group ? ComplaintLevel.MAJOR : ComplaintLevel.ORDINARY;
    }

    @Override
    public String toString() {
        return "Intake[channel=" + channel + ", channelReference=" + Redaction.personal(channelReference) + ", source="
                + Redaction.code(source) + ", complainant=" + complainant + ", receivedAt=" + receivedAt + ", receivingUnit="
                + Redaction.code(receivingUnit) + ", narrative=" + Redaction.text(narrative) + "]";
    }

    /** Builds an {@link Intake}; validation happens at intake, not here. */
    public static final class Builder {
        private Channel channel;
        private String channelReference;
        private String source;
        private Complainant complainant;
        private String respondent;
        private String request;
        private String narrative;
        private Instant receivedAt;
        private String receivingUnit;
        private String firstContactHandler;
        private Map<String, String> classification = Map.of();
        private boolean majorEvent;
        private boolean designatedMajor;
        private int representatives;
        private LocalDate regulatorReceivedOn;
        private LocalDate regulatorFeedbackDue;

        private Builder() {
        }

        public Builder channel(Channel value) { this.channel = value; return this; }
        public Builder channelReference(String value) { this.channelReference = value; return this; }
        public Builder source(String value) { this.source = value; return this; }
        public Builder complainant(Complainant value) { this.complainant = value; return this; }
        public Builder respondent(String value) { this.respondent = value; return this; }
        public Builder request(String value) { this.request = value; return this; }
        public Builder narrative(String value) { this.narrative = value; return this; }
        public Builder receivedAt(Instant value) { this.receivedAt = value; return this; }
        public Builder receivingUnit(String value) { this.receivingUnit = value; return this; }
        public Builder firstContactHandler(String value) { this.firstContactHandler = value; return this; }
        public Builder classification(Map<String, String> value) { this.classification = value; return this; }
        public Builder majorEvent(boolean value) { this.majorEvent = value; return this; }
        public Builder designatedMajor(boolean value) { this.designatedMajor = value; return this; }
        public Builder representatives(int value) { this.representatives = value; return this; }
        public Builder regulatorReceivedOn(LocalDate value) { this.regulatorReceivedOn = value; return this; }
        public Builder regulatorFeedbackDue(LocalDate value) { this.regulatorFeedbackDue = value; return this; }

        /** The intake; never throws for missing fields (they are reported at intake). */
        public Intake build() {
            return new Intake(channel, channelReference, source, complainant, respondent, request, narrative,
                    receivedAt, receivingUnit, firstContactHandler, classification, majorEvent, designatedMajor, representatives,
                regulatorReceivedOn, regulatorFeedbackDue);
        }
    }
}
