package io.consumerprotection.core.complaint;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;

/**
 * A decision on a complaint and how the complainant was told (NFRA Order 2020 No. 3 arts 19, 21): the
 * findings, the grounds, the remedies open to the complainant, the notice method and its proof.
 *
 * @param outcome      what was granted
 * @param findings     the facts found
 * @param grounds      the reasons and rules applied
 * @param remedies     the remedies stated in the notice
 * @param noticeMethod how the complainant was told
 * @param noticeProof  proof of notice: post receipt, SMS id, call record id…
 * @param noticeReceivedOn the day the complainant received the decision (handed over, delivered by post, sent by
 *                     SMS or e-mail, told by phone), from which the review window of art. 20 runs; {@code null}
 *                     when not known, and then the window runs from the day of the decision
 */
public record Decision(DecisionOutcome outcome, String findings, String grounds, Set<Remedy> remedies,
                       NoticeMethod noticeMethod, String noticeProof, LocalDate noticeReceivedOn) {

    public Decision {
        remedies = remedies == null || remedies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(remedies));
        findings = findings == null ? "" : findings;
        grounds = grounds == null ? "" : grounds;
        noticeProof = noticeProof == null ? "" : noticeProof;
    }

    /** A decision whose notice's receipt is not (yet) known. */
    public Decision(DecisionOutcome outcome, String findings, String grounds, Set<Remedy> remedies,
                    NoticeMethod noticeMethod, String noticeProof) {
        this(outcome, findings, grounds, remedies, noticeMethod, noticeProof, null);
    }

    /** A copy with the day the complainant received the decision. */
    public Decision withNoticeReceivedOn(LocalDate day) {
        return new Decision(outcome, findings, grounds, remedies, noticeMethod, noticeProof,
                Objects.requireNonNull(day, "day"));
    }

    /** The day the complainant received the decision, if known. */
    public Optional<LocalDate> findNoticeReceivedOn() {
        return Optional.ofNullable(noticeReceivedOn);
    }

    /** A decision stating every remedy of art. 19 (review, mediation, arbitration, litigation). */
    public static Decision withAllRemedies(DecisionOutcome outcome, String findings, String grounds,
                                           NoticeMethod noticeMethod, String noticeProof) {
        return new Decision(Objects.requireNonNull(outcome, "outcome"), findings, grounds,
                EnumSet.allOf(Remedy.class), noticeMethod, noticeProof);
    }

    @Override
    public String toString() {
        return "Decision[outcome=" + outcome + ", remedies=" + remedies + ", noticeMethod=" + noticeMethod
                + (noticeReceivedOn == null ? "" : ", noticeReceivedOn=" + noticeReceivedOn) + "]";
    }
}
