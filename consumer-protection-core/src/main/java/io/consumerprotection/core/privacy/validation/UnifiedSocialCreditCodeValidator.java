package io.consumerprotection.core.privacy.validation;

import io.consumerprotection.core.privacy.IdentifierCheck;
import io.consumerprotection.core.privacy.IdentifierType;
import io.consumerprotection.core.privacy.InvalidReason;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link UnifiedSocialCreditCode} with {@link IdentifierType#USCC}, reporting the precise reason. */
public final class UnifiedSocialCreditCodeValidator implements ConstraintValidator<UnifiedSocialCreditCode, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        IdentifierCheck check = IdentifierType.USCC.check(value);
        if (check.isValid()) {
            return true;
        }
        InvalidReason reason = check.reason().orElseThrow();
        return reject(context, "is not a valid unified social credit code (GB 32100): " + reason.message() + " (" + reason.name() + ")");
    }

    private static boolean reject(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
