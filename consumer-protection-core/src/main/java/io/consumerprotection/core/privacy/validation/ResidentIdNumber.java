package io.consumerprotection.core.privacy.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} must be a mainland resident identity number (GB 11643): 18 characters with a matching check character, a known region and a real past birth date; a legacy 15-digit number only when {@link #allowLegacy()} is set.
 * {@code null} is valid (combine with {@code @NotNull}). A failure reports the precise
 * {@link io.consumerprotection.core.privacy.InvalidReason} in its message, never the value.
 */
@Documented
@Constraint(validatedBy = ResidentIdNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ResidentIdNumber {

    /** The message template; the default is replaced by the precise reason. */
    String message() default "must be a valid resident identity number (GB 11643)";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /** Whether a legacy 15-digit number is accepted; {@code false} by default. */
    boolean allowLegacy() default false;
}
