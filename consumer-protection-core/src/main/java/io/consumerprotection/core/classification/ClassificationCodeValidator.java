package io.consumerprotection.core.classification;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The validator of {@link ClassificationCode}: checks that a string is a current code of a dimension in a
 * scheme version. Thread-safe once initialised.
 */
public final class ClassificationCodeValidator implements ConstraintValidator<ClassificationCode, CharSequence> {

    private final ClassificationCatalog catalog;
    private Dimension dimension;
    private ClassificationScheme scheme;
    private boolean leaf;

    /** A validator over the bundled catalogue (what a Jakarta Validation provider instantiates). */
    public ClassificationCodeValidator() {
        this(ClassificationCatalog.bundled());
    }

    /** A validator over a catalogue with a host's additions. */
    public ClassificationCodeValidator(ClassificationCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public void initialize(ClassificationCode annotation) {
        dimension = annotation.dimension();
        scheme = annotation.version().isEmpty() ? catalog.latest() : catalog.version(annotation.version());
        leaf = annotation.leaf();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<String> codes = dimension.decode(value.toString());
        if (codes.isEmpty() || (!dimension.isMultiValued() && codes.size() > 1)) {
            return false;
        }
        for (String code : codes) {
            Optional<SchemeCode> c = scheme.find(dimension, code);
            if (c.isEmpty() || c.get().validTo() != null || (leaf && !scheme.isLeaf(dimension, code))) {
                return false;
            }
        }
        return true;
    }
}
