package io.consumerprotection.core.privacy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdentifierConstraintsTest {

    record Customer(@ResidentIdNumber String idNo, @ResidentIdNumber(allowLegacy = true) String oldIdNo,
                    @BankCardNumber String card, @MobileNumber String mobile, @UnifiedSocialCreditCode String employer) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    private static Set<String> messages(Set<ConstraintViolation<Customer>> vs) {
        return vs.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).collect(Collectors.toSet());
    }

    @Test
    void acceptsValidValuesAndNull() {
        Customer ok = new Customer("11010519491231002X", "110105491231002", "6222021234567890128", "13812345678",
                "91350100M000100Y43");
        assertThat(validator.validate(ok)).isEmpty();
        assertThat(validator.validate(new Customer(null, null, null, null, null))).isEmpty();
    }

    @Test
    void reportsThePreciseReasonAndNeverTheValue() {
        Customer bad = new Customer("110105194912310021", "110105491231002", "6222021234567890127", "12812345678",
                "91350100M000100Y44");

        Set<ConstraintViolation<Customer>> vs = validator.validate(bad);

        assertThat(messages(vs)).containsExactlyInAnyOrder(
                "idNo: is not a valid resident identity number (GB 11643): the check character does not match "
                        + "(ISO 7064 MOD 11-2) (ID_CHECK_CHARACTER_MISMATCH)",
                "card: is not a valid bank card number (13 to 19 digits, Luhn): the card number fails the Luhn check "
                        + "(LUHN_CHECK_FAILED)",
                "mobile: is not a valid mainland mobile number: the number does not start with a mainland mobile "
                        + "prefix 13 to 19 (UNKNOWN_MOBILE_PREFIX)",
                "employer: is not a valid unified social credit code (GB 32100): the check character does not match "
                        + "(MOD 31) (USCC_CHECK_CHARACTER_MISMATCH)");
        assertThat(messages(vs).toString()).doesNotContain("110105194912310021").doesNotContain("6222021234567890127");
    }

    @Test
    void legacyNumbersOnlyWhenAllowed() {
        Customer legacy = new Customer("110105491231002", null, null, null, null);

        assertThat(messages(validator.validate(legacy))).singleElement().asString().contains("WRONG_LENGTH");
    }
}
