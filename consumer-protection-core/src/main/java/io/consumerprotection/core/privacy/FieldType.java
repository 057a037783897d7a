package io.consumerprotection.core.privacy;

/**
 * A kind of personal data the SDK knows. Its {@link InformationClass} and PIPL sensitivity come from the
 * {@link FieldCatalogue}, not from this enum, so that a host can adjust them.
 */
public enum FieldType {
    /** A person's name. */
    NAME,
    /** A mainland resident identity card number (GB 11643). */
    RESIDENT_ID,
    /** A passport number. */
    PASSPORT,
    /** Any other identity document number (permits for Hong Kong, Macao and Taiwan residents, officer cards…). */
    OTHER_ID_DOCUMENT,
    /** A mainland mobile number. */
    MOBILE,
    /** A landline number. */
    LANDLINE,
    /** An e-mail address. */
    EMAIL,
    /** A postal or home address. */
    ADDRESS,
    /** A bank card number. */
    BANK_CARD,
    /** An account number other than a card number. */
    ACCOUNT,
    /** An account balance. */
    BALANCE,
    /** Loan data (amount, status, repayments). */
    LOAN,
    /** Transaction data (counterparty, amount, time). */
    TRANSACTION,
    /** An online-banking login name. */
    LOGIN_NAME,
    /** A login, transaction or enquiry password. */
    PASSWORD,
    /** A card or payment PIN. */
    PIN,
    /** A card verification number (CVN, CVN2, CVV). */
    CVN,
    /** A card expiry date. */
    CARD_EXPIRY,
    /** Biometric data used to authenticate (face, fingerprint, voice print). */
    BIOMETRIC,
    /** A one-time password or SMS verification code. */
    OTP,
    /** A KYC image or recording (ID photo, face video, 双录 recording). */
    KYC_MEDIA,
    /** A unified social credit code of an organisation (GB 32100); not personal data. */
    USCC
}
