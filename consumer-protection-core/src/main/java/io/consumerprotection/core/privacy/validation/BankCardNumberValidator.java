package io.consumerprotection.core.privacy.validation;

import io.consumerprotection.core.privacy.IdentifierCheck;
import io.consumerprotection.core.privacy.IdentifierType;
import io.consumerprotection.core.privacy.InvalidReason;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link BankCardNumber} with {@link IdentifierType#BANK_CARD}, reporting the precise reason. */
public final class BankCardNumberValidator implements ConstraintValidator<BankCardNumber, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        IdentifierCheck check = IdentifierType.BANK_CARD.check(value);
        if (check.isValid()) {
            return true;
        }
        InvalidReason reason = check.reason().orElseThrow();
        return reject(context, "is not a valid bank card number (13 to 19 digits, Luhn): " + reason.message() + " (" + reason.name() + ")");
    }

    private static boolean reject(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
