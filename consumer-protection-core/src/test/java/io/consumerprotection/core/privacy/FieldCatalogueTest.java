package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class FieldCatalogueTest {

    record CustomerDto(@PersonalData(FieldType.NAME) String name, @PersonalData(FieldType.RESIDENT_ID) String idNo,
                       @PersonalData(value = FieldType.LOGIN_NAME, informationClass = InformationClass.C3) String secretHint,
                       String branch) {
    }

    static final class LegacyDto {
        @PersonalData(FieldType.BANK_CARD)
        String cardNo;
        String remark;
    }

    @Test
    void classifiesEveryTypeFromTheBundledData() {
        FieldCatalogue c = FieldCatalogue.standard();

        assertThat(c.classOf(FieldType.CVN)).isEqualTo(InformationClass.C3);
        assertThat(c.classOf(FieldType.BANK_CARD)).isEqualTo(InformationClass.C2);
        assertThat(c.classification(FieldType.BANK_CARD).piplSensitive()).isTrue();
        assertThat(c.classification(FieldType.MOBILE).piplSensitive()).isFalse();
        assertThat(c.typesOf(InformationClass.C3)).containsExactly(FieldType.PASSWORD, FieldType.PIN, FieldType.CVN,
                FieldType.CARD_EXPIRY, FieldType.BIOMETRIC);
        assertThat(c.version()).isEqualTo("2026a");
    }

    @Test
    void readsHostAnnotationsAndRegistrations() {
        FieldCatalogue c = FieldCatalogue.builder().scan(CustomerDto.class).scan(LegacyDto.class)
                .register("Loan.contactPhone", FieldType.MOBILE).build();

        assertThat(c.getField("CustomerDto.idNo").type()).isEqualTo(FieldType.RESIDENT_ID);
        assertThat(c.getField("CustomerDto.secretHint").informationClass()).isEqualTo(InformationClass.C3);
        assertThat(c.findField("CustomerDto.branch")).isEmpty();
        assertThat(c.getField("LegacyDto.cardNo").piplSensitive()).isTrue();
        assertThat(c.getField("Loan.contactPhone").informationClass()).isEqualTo(InformationClass.C2);
        assertThatThrownBy(() -> c.getField("Nope.x")).isInstanceOf(NoSuchElementException.class);
    }
}
