package io.consumerprotection.core.privacy;

import io.consumerprotection.core.internal.privacy.Checks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A valid mainland resident identity number (GB 11643) in its 18-character form; a legacy 15-digit number
 * is upgraded on {@link #parse} (century {@code 19} inserted, check character computed). Immutable.
 * {@link #toString()} shows the masked form only; {@link #unmasked()} gives the number, for code that has
 * been authorised to see it.
 */
public final class ResidentIdentityNumber {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final String value;
    private final boolean upgraded;

    private ResidentIdentityNumber(String value, boolean upgraded) {
        this.value = value;
        this.upgraded = upgraded;
    }

    /**
     * Parses an 18-character or legacy 15-digit number, checked against today's date in China.
     *
     * @throws InvalidIdentifierException with the precise reason when it is not valid
     */
    public static ResidentIdentityNumber parse(CharSequence text) {
        return parse(text, LocalDate.now(CHINA));
    }

    /**
     * Parses an 18-character or legacy 15-digit number; {@code today} bounds the birth date.
     *
     * @throws InvalidIdentifierException with the precise reason when it is not valid
     */
    public static ResidentIdentityNumber parse(CharSequence text, LocalDate today) {
        IdentifierCheck check = IdentifierType.RESIDENT_ID.check(text, today);
        if (!check.isValid()) {
            throw new InvalidIdentifierException("residentId", check);
        }
        if (text.length() == 18) {
            return new ResidentIdentityNumber(text.toString().toUpperCase(java.util.Locale.ROOT), false);
        }
        return new ResidentIdentityNumber(upgrade(text), true);
    }

    /**
     * The 18-character form of a legacy 15-digit number: {@code 19} inserted before the two-digit year and the
     * GB 11643 check character appended. The caller has checked that the 15 characters are digits.
     */
    static String upgrade(CharSequence fifteen) {
        char[] c = new char[18];
        for (int i = 0; i < 6; i++) {
            c[i] = fifteen.charAt(i);
        }
        c[6] = '1';
        c[7] = '9';
        for (int i = 6; i < 15; i++) {
            c[i + 2] = fifteen.charAt(i);
        }
        c[17] = Checks.residentIdCheckChar(c, 0);
        return new String(c);
    }

    /** The 18-character number, upper-case {@code X}. */
    public String unmasked() {
        return value;
    }

    /** Whether it was given in the legacy 15-digit form. */
    public boolean wasUpgraded() {
        return upgraded;
    }

    /** The six-digit administrative division code of the place of first registration. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** The birth date. */
    public LocalDate birthDate() {
        return LocalDate.of(Checks.digits(value, 6, 4), Checks.digits(value, 10, 2), Checks.digits(value, 12, 2));
    }

    /** Whether the sequence code marks a male holder (odd) rather than a female one (even). */
    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdentityNumber r && r.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** The masked form: the first and last characters and 16 asterisks. */
    @Override
    public String toString() {
        return value.charAt(0) + "****************" + value.charAt(17);
    }
}
