package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IdentifierTypeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    // 11010519491231002X is the example number of GB 11643-1999 Annex; 110105491231002 its legacy form.
    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "RESIDENT_ID, 11010519491231002X, VALID",
        "RESIDENT_ID, 11010519491231002x, VALID",
        "RESIDENT_ID, 110105491231002, VALID",
        "RESIDENT_ID, '', EMPTY",
        "RESIDENT_ID, NULL, EMPTY",
        "RESIDENT_ID, 1101051949123100, WRONG_LENGTH",
        "RESIDENT_ID, 11010519491231002Y, ILLEGAL_CHARACTER",
        "RESIDENT_ID, 1101051949123100X2, ILLEGAL_CHARACTER",
        "RESIDENT_ID, 99010519491231002X, UNKNOWN_REGION",
        "RESIDENT_ID, 110105194902300021, INVALID_BIRTH_DATE",
        "RESIDENT_ID, 110105203001010020, BIRTH_DATE_IN_FUTURE",
        "RESIDENT_ID, 110105179001010023, BIRTH_DATE_TOO_EARLY",
        "RESIDENT_ID, 110105194912310021, ID_CHECK_CHARACTER_MISMATCH",
        "BANK_CARD, 6222021234567890128, VALID",
        "BANK_CARD, 4111111111111111, VALID",
        "BANK_CARD, 4111111111111112, LUHN_CHECK_FAILED",
        "BANK_CARD, 411111111111, WRONG_LENGTH",
        "BANK_CARD, 4111 1111 1111 1111, ILLEGAL_CHARACTER",
        "MOBILE, 13812345678, VALID",
        "MOBILE, +8613812345678, VALID",
        "MOBILE, 12812345678, UNKNOWN_MOBILE_PREFIX",
        "MOBILE, 1381234567, WRONG_LENGTH",
        "MOBILE, 138-1234-5678, ILLEGAL_CHARACTER",
        "USCC, 91350100M000100Y43, VALID",
        "USCC, 91350100M000100Y44, USCC_CHECK_CHARACTER_MISMATCH",
        "USCC, 91350100M000100Y4, WRONG_LENGTH",
        "USCC, 91350100M000100I43, ILLEGAL_CHARACTER",
        "USCC, 91990100M000100Y43, UNKNOWN_REGION",
        "EMAIL, zhang.wei@bank.com.cn, VALID",
        "EMAIL, zhang.wei.bank.com, EMAIL_MISSING_AT",
        "EMAIL, a@b@c.com, EMAIL_MISSING_AT",
        "EMAIL, .zhang@bank.com, EMAIL_LOCAL_PART_INVALID",
        "EMAIL, zhang@bank, EMAIL_DOMAIN_INVALID",
        "EMAIL, zhang@-bank.com, EMAIL_DOMAIN_INVALID",
    })
    void checksWithPreciseReasons(IdentifierType type, String value, String expected) {
        IdentifierCheck check = type.check(value, TODAY);

        if (expected.equals("VALID")) {
            assertThat(check.isValid()).as(check.toString()).isTrue();
            assertThat(check.reason()).isEmpty();
        } else {
            assertThat(check.reason()).as(check.toString()).contains(InvalidReason.valueOf(expected));
        }
    }

    @Test
    void residentIdUpgradesLegacyNumbersAndHidesTheValue() {
        ResidentIdentityNumber id = ResidentIdentityNumber.parse("110105491231002", TODAY);

        assertThat(id.unmasked()).isEqualTo("11010519491231002X");
        assertThat(id.wasUpgraded()).isTrue();
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.regionCode()).isEqualTo("110105");
        assertThat(id.isMale()).isFalse();
        assertThat(id).hasToString("1****************X").isEqualTo(ResidentIdentityNumber.parse("11010519491231002x", TODAY));
    }

    @Test
    void parseFailureNamesTheReasonNotTheValue() {
        assertThatThrownBy(() -> ResidentIdentityNumber.parse("110105194912310021", TODAY))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_IDENTIFIER");
                    assertThat(e.violations()).singleElement()
                            .satisfies(v -> assertThat(v.rule()).isEqualTo("ID_CHECK_CHARACTER_MISMATCH"));
                    assertThat(e.getMessage()).doesNotContain("110105194912310021").doesNotContain("19491231");
                });
    }
}
