package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 2023 foreign permanent resident ID card number, each failure with its own reason. */
class ForeignPermanentResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static InvalidReason reason(String value) {
        return IdentifierType.FOREIGN_PERMANENT_RESIDENT_ID.check(value, TODAY).reason().orElse(null);
    }

    @Test
    void hutoolsPublishedExampleIsValid() {
        // dromara/hutool IdcardUtilTest: 新版外国人永久居留身份证号码
        assertThat(reason("932682198501010017")).isNull();
        assertThat(IdentifierType.FOREIGN_PERMANENT_RESIDENT_ID.fieldType()).isEqualTo(FieldType.OTHER_ID_DOCUMENT);
    }

    @Test
    void everyFailureHasItsReason() {
        assertThat(reason("")).isEqualTo(InvalidReason.EMPTY);
        assertThat(reason("93268219850101001")).isEqualTo(InvalidReason.WRONG_LENGTH);
        assertThat(reason("93268219850101001A")).isEqualTo(InvalidReason.ILLEGAL_CHARACTER);
        String resident = NaiveIdentifiers.residentId("110105", "19491231", "002");
        assertThat(reason(resident)).isEqualTo(InvalidReason.FOREIGN_ID_PREFIX);
        assertThat(reason(NaiveIdentifiers.foreignResidentId("99", "840", "19850101", "00", "1")))
                .isEqualTo(InvalidReason.UNKNOWN_REGION);
        assertThat(reason(NaiveIdentifiers.foreignResidentId("31", "156", "19850101", "00", "1")))
                .isEqualTo(InvalidReason.UNKNOWN_NATIONALITY);
        assertThat(reason(NaiveIdentifiers.foreignResidentId("31", "840", "19850230", "00", "1")))
                .isEqualTo(InvalidReason.INVALID_BIRTH_DATE);
        assertThat(reason(NaiveIdentifiers.foreignResidentId("31", "840", "17990101", "00", "1")))
                .isEqualTo(InvalidReason.BIRTH_DATE_TOO_EARLY);
        assertThat(reason(NaiveIdentifiers.foreignResidentId("31", "840", "20270101", "00", "1")))
                .isEqualTo(InvalidReason.BIRTH_DATE_IN_FUTURE);
        String valid = NaiveIdentifiers.foreignResidentId("31", "840", "19850101", "00", "1");
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        assertThat(reason(wrong)).isEqualTo(InvalidReason.ID_CHECK_CHARACTER_MISMATCH);
    }

    @Test
    void aResidentIdCheckDoesNotAcceptIt() {
        assertThat(IdentifierType.RESIDENT_ID.check("932682198501010017", TODAY).reason())
                .contains(InvalidReason.UNKNOWN_REGION);
    }
}
