package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClassificationCodeTest {

    record Form(@ClassificationCode(dimension = Dimension.BUSINESS, leaf = true) String business,
                @ClassificationCode(dimension = Dimension.RIGHT) String rights,
                @ClassificationCode(dimension = Dimension.CAUSE, version = "2018.1") String cause) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void acceptsCurrentCodesAndNull() {
        assertThat(validator.validate(new Form("06022", "01|08", "0701"))).isEmpty();
        assertThat(validator.validate(new Form(null, null, null))).isEmpty();
    }

    @Test
    void rejectsUnknownNonLeafAndMultipleCodes() {
        Set<ConstraintViolation<Form>> v = validator.validate(new Form("0602", "01|77", "07|08"));
        assertThat(v).extracting(c -> c.getPropertyPath().toString()).containsExactlyInAnyOrder("business", "rights", "cause");
        assertThat(v).extracting(ConstraintViolation::getMessage).contains("is not a current BUSINESS classification code");
    }
}
