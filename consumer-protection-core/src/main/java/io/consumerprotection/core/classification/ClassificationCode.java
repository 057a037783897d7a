package io.consumerprotection.core.classification;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A Jakarta Validation constraint for a host's own DTOs: the annotated string is a current code of the given
 * dimension (several {@code |}-joined codes for a multi-valued dimension). {@code null} is valid (combine
 * with {@code @NotNull} when required).
 *
 * <p>The check runs against the scheme version named by {@link #version()}, or the newest bundled version
 * when empty; a retired code (one with a {@code valid_to}) is rejected. {@link ClassificationCodeValidator}
 * uses the bundled catalogue; a host with local codes registers a {@code ConstraintValidatorFactory} that
 * creates it with {@link ClassificationCodeValidator#ClassificationCodeValidator(ClassificationCatalog)}.
 *
 * <pre>{@code
 * record ComplaintForm(@ClassificationCode(dimension = Dimension.BUSINESS, leaf = true) String business) {}
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ClassificationCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ClassificationCode {

    /** The message; {@code {dimension}} and {@code {version}} are interpolated. */
    String message() default "is not a current {dimension} classification code";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** The dimension the code belongs to. */
    Dimension dimension();

    /** The scheme version; empty for the newest version of the catalogue. */
    String version() default "";

    /** Whether the code must be a leaf of the standard scheme. */
    boolean leaf() default false;
}
