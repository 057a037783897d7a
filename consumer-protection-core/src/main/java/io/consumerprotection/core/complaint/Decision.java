package io.consumerprotection.core.complaint;

import java.util.EnumSet;
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
 */
public record Decision(DecisionOutcome outcome, String findings, String grounds, Set<Remedy> remedies,
                       NoticeMethod noticeMethod, String noticeProof) {

    public Decision {
        remedies = remedies == null || remedies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(remedies));
        findings = findings == null ? "" : findings;
        grounds = grounds == null ? "" : grounds;
        noticeProof = noticeProof == null ? "" : noticeProof;
    }

    /** A decision stating every remedy of art. 19 (review, mediation, arbitration, litigation). */
    public static Decision withAllRemedies(DecisionOutcome outcome, String findings, String grounds,
                                           NoticeMethod noticeMethod, String noticeProof) {
        return new Decision(Objects.requireNonNull(outcome, "outcome"), findings, grounds,
                EnumSet.allOf(Remedy.class), noticeMethod, noticeProof);
    }

    @Override
    public String toString() {
        return "Decision[outcome=" + outcome + ", remedies=" + remedies + ", noticeMethod=" + noticeMethod + "]";
    }
}
