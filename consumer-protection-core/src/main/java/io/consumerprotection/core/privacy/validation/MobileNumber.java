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
 * The annotated {@code CharSequence} must be a mainland mobile number: 11 digits starting 13 to 19, optionally after +86.
 * {@code null} is valid (combine with {@code @NotNull}). A failure reports the precise
 * {@link io.consumerprotection.core.privacy.InvalidReason} in its message, never the value.
 */
@Documented
@Constraint(validatedBy = MobileNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MobileNumber {

    /** The message template; the default is replaced by the precise reason. */
    String message() default "must be a valid mainland mobile number";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
