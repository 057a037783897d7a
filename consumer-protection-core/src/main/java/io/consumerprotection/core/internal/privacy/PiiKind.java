package io.consumerprotection.core.internal.privacy;

/** What {@link PiiScanner} found: the kinds of personal data it reports. */
public enum PiiKind {
    /** A resident ID number. */
    RESIDENT_ID,
    /** A bank card number. */
    BANK_CARD,
    /** A mobile number. */
    MOBILE,
    /** An e-mail address. */
    EMAIL,
    /** A password after its keyword. */
    PASSWORD,
    /** A PIN after its keyword. */
    PIN,
    /** A one-time verification code after its keyword. */
    OTP,
    /** A card verification number after its keyword. */
    CVN,
    /** A card expiry after its keyword. */
    CARD_EXPIRY,
    /** A person's name after its keyword or before an honorific (read by {@link NameFinder} in the same pass). */
    NAME,
    /** A foreign permanent resident ID number. */
    FOREIGN_RESIDENT_ID,
    /** A passport number. */
    PASSPORT,
    /** An account number after an account keyword. */
    ACCOUNT
}
