package io.consumerprotection.core.privacy;

import io.consumerprotection.core.internal.privacy.Checks;
import io.consumerprotection.core.internal.privacy.RegionPrefixes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An identifier format the SDK validates, each with a precise reason for every failure: resident ID
 * (GB 11643), foreign permanent resident ID (2023 card), bank card (ISO/IEC 7812, Luhn), mainland mobile, unified social credit code (GB 32100) and
 * e-mail. Checks never keep the value.
 */
public enum IdentifierType {
    /**
     * A resident identity number: 18 characters (17 digits and a digit or {@code X}, lower-case {@code x}
     * accepted) with a known region prefix, a real birth date not in the future and a matching check
     * character; or a legacy 15-digit number with a known region and a real 19yy birth date.
     */
    RESIDENT_ID(FieldType.RESIDENT_ID) {
        @Override
        public IdentifierCheck check(CharSequence value, LocalDate today) {
            Objects.requireNonNull(today, "today");
            int n = value == null ? 0 : value.length();
            if (n == 0) {
                return fail(InvalidReason.EMPTY);
            }
            if (n != 18 && n != 15) {
                return fail(InvalidReason.WRONG_LENGTH);
            }
            if (!digitsAndCheckX(value)) {
                return fail(InvalidReason.ILLEGAL_CHARACTER);
            }
            if (!RegionPrefixes.bundled().isKnown(value, 0)) {
                return fail(InvalidReason.UNKNOWN_REGION);
            }
            int y;
            int m;
            int d;
            if (n == 18) {
                y = Checks.digits(value, 6, 4);
                m = Checks.digits(value, 10, 2);
                d = Checks.digits(value, 12, 2);
            } else {
                y = 1900 + Checks.digits(value, 6, 2);
                m = Checks.digits(value, 8, 2);
                d = Checks.digits(value, 10, 2);
            }
            InvalidReason birth = birthDate(y, m, d, today);
            if (birth != null) {
                return fail(birth);
            }
            if (n == 18 && Checks.residentIdCheckChar(value, 0) != Character.toUpperCase(value.charAt(17))) {
                return fail(InvalidReason.ID_CHECK_CHARACTER_MISMATCH);
            }
            return ok();
        }
    },
    /**
     * A foreign permanent resident ID number (外国人永久居留身份证, 2023 edition): 18 characters, {@code 9}, the
     * 2-digit province of the issuing office, a 3-digit ISO 3166-1 numeric nationality code, the birth date
     * (YYYYMMDD, from 1800, not in the future), a 2-digit sequence, a sex digit and the GB 11643 check character
     * ({@code X} or {@code x} accepted). Scrubbed as {@link FieldType#OTHER_ID_DOCUMENT}.
     */
    FOREIGN_PERMANENT_RESIDENT_ID(FieldType.OTHER_ID_DOCUMENT) {
        @Override
        public IdentifierCheck check(CharSequence value, LocalDate today) {
            Objects.requireNonNull(today, "today");
            int n = value == null ? 0 : value.length();
            if (n == 0) {
                return fail(InvalidReason.EMPTY);
            }
            if (n != 18) {
                return fail(InvalidReason.WRONG_LENGTH);
            }
            if (!digitsAndCheckX(value)) {
                return fail(InvalidReason.ILLEGAL_CHARACTER);
            }
            if (value.charAt(0) != '9') {
                return fail(InvalidReason.FOREIGN_ID_PREFIX);
            }
            if (!RegionPrefixes.bundled().isProvince(Checks.digits(value, 1, 2))) {
                return fail(InvalidReason.UNKNOWN_REGION);
            }
            if (!Checks.isNationalityCode(Checks.digits(value, 3, 3))) {
                return fail(InvalidReason.UNKNOWN_NATIONALITY);
            }
            int y = Checks.digits(value, 6, 4);
            int m = Checks.digits(value, 10, 2);
            int d = Checks.digits(value, 12, 2);
            InvalidReason birth = birthDate(y, m, d, today);
            if (birth != null) {
                return fail(birth);
            }
            return Checks.residentIdCheckChar(value, 0) == Character.toUpperCase(value.charAt(17)) ? ok()
                    : fail(InvalidReason.ID_CHECK_CHARACTER_MISMATCH);
        }
    },
    /** A bank card number: 13 to 19 digits passing the Luhn check. */
    BANK_CARD(FieldType.BANK_CARD) {
        @Override
        public IdentifierCheck check(CharSequence value, LocalDate today) {
            int n = value == null ? 0 : value.length();
            if (n == 0) {
                return fail(InvalidReason.EMPTY);
            }
            for (int i = 0; i < n; i++) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') {
                    return fail(InvalidReason.ILLEGAL_CHARACTER);
                }
            }
            if (n < 13 || n > 19) {
                return fail(InvalidReason.WRONG_LENGTH);
            }
            return Checks.luhn(value, 0, n) ? ok() : fail(InvalidReason.LUHN_CHECK_FAILED);
        }
    },
    /** A mainland mobile number: 11 digits starting 13 to 19, optionally after {@code +86}. */
    MOBILE(FieldType.MOBILE) {
        @Override
        public IdentifierCheck check(CharSequence value, LocalDate today) {
            int n = value == null ? 0 : value.length();
            if (n == 0) {
                return fail(InvalidReason.EMPTY);
            }
            int off = n == 14 && value.charAt(0) == '+' && value.charAt(1) == '8' && value.charAt(2) == '6' ? 3 : 0;
            for (int i = off; i < n; i++) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') {
                    return fail(InvalidReason.ILLEGAL_CHARACTER);
                }
            }
            if (n - off != 11) {
                return fail(InvalidReason.WRONG_LENGTH);
            }
            char second = value.charAt(off + 1);
            return value.charAt(off) == '1' && second >= '3' ? ok() : fail(InvalidReason.UNKNOWN_MOBILE_PREFIX);
        }
    },
    /**
     * A unified social credit code: 18 characters of the GB 32100 alphabet (digits and upper-case letters
     * except I, O, Z, S, V), digits in positions 3 to 8 forming a known region, and a matching check character.
     */
    USCC(FieldType.USCC) {
        @Override
        public IdentifierCheck check(CharSequence value, LocalDate today) {
            int n = value == null ? 0 : value.length();
            if (n == 0) {
                return fail(InvalidReason.EMPTY);
            }
            if (n != 18) {
                return fail(InvalidReason.WRONG_LENGTH);
            }
            for (int i = 0; i < 18; i++) {
                char c = value.charAt(i);
                if (Checks.usccValue(c) < 0 || (i >= 2 && i < 8 && (c < '0' || c > '9'))) {
                    return fail(InvalidReason.ILLEGAL_CHARACTER);
                }
            }
            if (!RegionPrefixes.bundled().isKnown(value, 2)) {
                return fail(InvalidReason.UNKNOWN_REGION);
            }
            return Checks.usccCheckChar(value, 0) == value.charAt(17) ? ok()
                    : fail(InvalidReason.USCC_CHECK_CHARACTER_MISMATCH);
        }
    },
    /**
     * An e-mail address in the everyday form: a dot-atom local part of at most 64 characters, one
     * {@code @}, and a domain of letter-digit-hyphen labels ending in a top-level domain of two or more
     * letters, 254 characters in all. Quoted local parts and address literals are refused.
     */
    EMAIL(FieldType.EMAIL) {
        @Override
        public IdentifierCheck check(CharSequence value, LocalDate today) {
            int n = value == null ? 0 : value.length();
            if (n == 0) {
                return fail(InvalidReason.EMPTY);
            }
            int at = -1;
            for (int i = 0; i < n; i++) {
                if (value.charAt(i) == '@') {
                    if (at >= 0) {
                        return fail(InvalidReason.EMAIL_MISSING_AT);
                    }
                    at = i;
                }
            }
            if (at < 0) {
                return fail(InvalidReason.EMAIL_MISSING_AT);
            }
            if (n > 254) {
                return fail(InvalidReason.WRONG_LENGTH);
            }
            if (!EmailSyntax.isLocalPart(value, 0, at)) {
                return fail(InvalidReason.EMAIL_LOCAL_PART_INVALID);
            }
            return EmailSyntax.isDomain(value, at + 1, n) ? ok() : fail(InvalidReason.EMAIL_DOMAIN_INVALID);
        }
    };

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Whether every character is a digit, the 18th (if any) also X or x. */
    private static boolean digitsAndCheckX(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < '0' || c > '9') && !(i == 17 && (c == 'X' || c == 'x'))) {
                return false;
            }
        }
        return true;
    }

    /** What is wrong with a birth date of an ID number (GB 11643 §4.3, floor 1800), or null. */
    private static InvalidReason birthDate(int y, int m, int d, LocalDate today) {
        if (!Checks.isDate(y, m, d)) {
            return InvalidReason.INVALID_BIRTH_DATE;
        }
        if (y < Checks.MIN_BIRTH_YEAR) {
            return InvalidReason.BIRTH_DATE_TOO_EARLY;
        }
        return LocalDate.of(y, m, d).isAfter(today) ? InvalidReason.BIRTH_DATE_IN_FUTURE : null;
    }

    private final FieldType fieldType;

    IdentifierType(FieldType fieldType) {
        this.fieldType = fieldType;
    }

    /** The field type this identifier is. */
    public FieldType fieldType() {
        return fieldType;
    }

    /** Checks a value against today's date in China (Asia/Shanghai); {@code null} counts as empty. */
    public IdentifierCheck check(CharSequence value) {
        return check(value, LocalDate.now(CHINA));
    }

    /** Checks a value; {@code today} bounds birth dates. {@code null} counts as empty. */
    public abstract IdentifierCheck check(CharSequence value, LocalDate today);

    /** Whether a value is valid today. */
    public boolean isValid(CharSequence value) {
        return check(value).isValid();
    }

    IdentifierCheck ok() {
        return IdentifierCheck.valid(this);
    }

    IdentifierCheck fail(InvalidReason reason) {
        return IdentifierCheck.invalid(this, reason);
    }
}
