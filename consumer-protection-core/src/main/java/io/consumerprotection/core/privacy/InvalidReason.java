package io.consumerprotection.core.privacy;

/**
 * Why an identifier is invalid: a stable code, a message for people that never repeats the value, and the
 * rule it comes from.
 */
public enum InvalidReason {
    /** Nothing was given. */
    EMPTY("no value was given", "—"),
    /** The number of characters is not allowed for the type. */
    WRONG_LENGTH("the number of characters is wrong for this identifier", "—"),
    /** A character is not allowed at its position. */
    ILLEGAL_CHARACTER("a character is not allowed at its position", "—"),
    /** The administrative-division prefix is not a known region. */
    UNKNOWN_REGION("the region code is not a known administrative division", "GB/T 2260"),
    /** The birth date is not a real date. */
    INVALID_BIRTH_DATE("the birth date is not a real date", "GB 11643-1999 §4.3"),
    /** The birth date lies in the future. */
    BIRTH_DATE_IN_FUTURE("the birth date lies in the future", "GB 11643-1999 §4.3"),
    /** The birth date is before 1800-01-01. */
    BIRTH_DATE_TOO_EARLY("the birth date is before 1800", "GB 11643-1999 §4.3"),
    /** A foreign permanent resident ID number does not start with 9. */
    FOREIGN_ID_PREFIX("a foreign permanent resident ID number starts with 9", "NIA 2023 外国人永久居留身份证 (GB 11643 structure)"),
    /** The nationality code of a foreign permanent resident ID number is not an ISO 3166-1 numeric code of another country. */
    UNKNOWN_NATIONALITY("the nationality code is not an ISO 3166-1 numeric code of a country other than China",
            "ISO 3166-1; NIA 2023 外国人永久居留身份证"),
    /** The resident ID check character does not match the first 17 digits. */
    ID_CHECK_CHARACTER_MISMATCH("the check character does not match (ISO 7064 MOD 11-2)", "GB 11643-1999 §4.5, §6.2"),
    /** The bank card number fails the Luhn check. */
    LUHN_CHECK_FAILED("the card number fails the Luhn check", "ISO/IEC 7812-1 Annex B"),
    /** The mobile number does not start with a mainland mobile prefix (13–19). */
    UNKNOWN_MOBILE_PREFIX("the number does not start with a mainland mobile prefix 13 to 19", "MIIT numbering plan"),
    /** The unified social credit code check character does not match. */
    USCC_CHECK_CHARACTER_MISMATCH("the check character does not match (MOD 31)", "GB 32100-2015 §5"),
    /** The e-mail address has no single {@code @} between a local part and a domain. */
    EMAIL_MISSING_AT("there is no single @ between a local part and a domain", "RFC 5321 §4.1.2"),
    /** The e-mail local part is empty, too long or malformed. */
    EMAIL_LOCAL_PART_INVALID("the local part is empty, longer than 64 characters or malformed", "RFC 5321 §4.5.3.1.1"),
    /** The e-mail domain is not a valid host name with a top-level domain. */
    EMAIL_DOMAIN_INVALID("the domain is not a host name with a top-level domain", "RFC 5321 §4.1.2, RFC 1035");

    private final String message;
    private final String source;

    InvalidReason(String message, String source) {
        this.message = message;
        this.source = source;
    }

    /** A message for people; never contains the value. */
    public String message() {
        return message;
    }

    /** The rule the check comes from. */
    public String source() {
        return source;
    }
}
