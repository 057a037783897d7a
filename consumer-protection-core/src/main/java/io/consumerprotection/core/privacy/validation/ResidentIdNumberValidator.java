package io.consumerprotection.core.privacy.validation;

import io.consumerprotection.core.privacy.IdentifierCheck;
import io.consumerprotection.core.privacy.IdentifierType;
import io.consumerprotection.core.privacy.InvalidReason;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ResidentIdNumber} with {@link IdentifierType#RESIDENT_ID}, reporting the precise reason. */
public final class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, CharSequence> {

    private boolean allowLegacy;

    @Override
    public void initialize(ResidentIdNumber annotation) {
        allowLegacy = annotation.allowLegacy();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        IdentifierCheck check = IdentifierType.RESIDENT_ID.check(value);
        if (!allowLegacy && value.length() == 15 && check.isValid()) {
            return reject(context, "must be an 18-character resident identity number (WRONG_LENGTH): legacy 15-digit numbers are not accepted");
        }
        if (check.isValid()) {
            return true;
        }
        InvalidReason reason = check.reason().orElseThrow();
        return reject(context, "is not a valid resident identity number (GB 11643): " + reason.message() + " (" + reason.name() + ")");
    }

    private static boolean reject(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
