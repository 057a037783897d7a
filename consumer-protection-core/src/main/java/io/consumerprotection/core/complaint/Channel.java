package io.consumerprotection.core.complaint;

/** The channel through which a complaint reached the bank. */
public enum Channel {
    /** At a branch counter (营业网点现场); in person. */
    BRANCH_COUNTER(false, true),
    /** The bank's customer-service hotline (客服热线). */
    HOTLINE(false),
    /** A letter (信件). */
    LETTER(false),
    /** E-mail (电子邮件). */
    EMAIL(false),
    /** A suggestion book or box (意见簿、意见箱). */
    SUGGESTION_BOX(false),
    /** The media (媒体). */
    MEDIA(false),
    /** The mobile banking app (手机银行). */
    MOBILE_APP(false),
    /** Online banking (网上银行). */
    ONLINE_BANKING(false),
    /** Transferred by NFRA or its local office, including hotline 12378 (监管转办). */
    REGULATOR_TRANSFER(true),
    /** Transferred by the People's Bank of China, including hotline 12363 (人行转办). */
    PBOC_TRANSFER(true),
    /** A petition (信访), counted as in person (a visit, 走访); register a petition letter as {@link #LETTER}. */
    PETITION(false, true);

    private final boolean regulatorTransferred;
    private final boolean inPerson;

    Channel(boolean regulatorTransferred) {
        this(regulatorTransferred, false);
    }

    Channel(boolean regulatorTransferred, boolean inPerson) {
        this.regulatorTransferred = regulatorTransferred;
        this.inPerson = inPerson;
    }

    /**
     * Whether complainants come in person on this channel (the counter, a petition visit): where 20 or more
     * joint complainants make a major complaint (art. 29) and a group sends at most 5 representatives (art. 12).
     */
    public boolean isInPerson() {
        return inPerson;
    }

    /** Whether a regulator forwarded the complaint (NFRA or PBoC). */
    public boolean isRegulatorTransferred() {
        return regulatorTransferred;
    }
}
