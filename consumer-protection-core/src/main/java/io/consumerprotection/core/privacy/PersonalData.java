package io.consumerprotection.core.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A host's mark on a DTO field or record component that holds personal data of a given
 * {@link FieldType}; {@link FieldCatalogue.Builder#scan(Class)} reads it.
 *
 * <pre>{@code
 * record CustomerDto(@PersonalData(FieldType.NAME) String name,
 *                    @PersonalData(FieldType.RESIDENT_ID) String idNo,
 *                    @PersonalData(value = FieldType.ACCOUNT, informationClass = InformationClass.C3) String pinBlock) { }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface PersonalData {

    /** The kind of personal data held. */
    FieldType value();

    /** Overrides the catalogue class of the type for this field: at most one element; none keeps the catalogue's. */
    InformationClass[] informationClass() default {};
}
