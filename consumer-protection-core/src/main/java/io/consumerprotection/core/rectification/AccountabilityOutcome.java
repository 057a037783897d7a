package io.consumerprotection.core.rectification;

/** The outcome of an accountability (问责) decision. */
public enum AccountabilityOutcome {
    /** Looked into, nobody held accountable (免责). */
    NO_ACCOUNTABILITY("免予问责"),
    /** Talk and reminder (约谈提醒). */
    ADMONITION("约谈提醒"),
    /** Criticism circulated (通报批评). */
    CRITICISM("通报批评"),
    /** Deduction of appraisal points or performance pay (扣分扣绩效). */
    DEDUCTION("扣分扣绩效"),
    /**
     * The staff-level veto of seed 003: a major service failure or a valid complaint vetoes the staff
     * member's rating (评先评优一票否决); the appraisal reads it through {@link Accountability#vetoesRating()}.
     */
    RATING_VETO("评先评优一票否决"),
    /** Disciplinary action (纪律处分). */
    DISCIPLINARY("纪律处分");

    private final String chinese;

    AccountabilityOutcome(String chinese) {
        this.chinese = chinese;
    }

    /** The Chinese name an officer reads. */
    public String chinese() {
        return chinese;
    }
}
