package io.consumerprotection.core.classification;

import io.consumerprotection.spi.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a complaint's classification (code per dimension, keyed by {@link Dimension#name()}) against the
 * scheme version in force on the day the complaint was received. Immutable and thread-safe.
 *
 * <p>Every code must exist in that version and be valid on that day; a single-valued dimension takes one
 * code. A fully classified complaint (for example a decided one, {@code requireComplete = true}) must also
 * carry every dimension the version marks as required, at leaf level where the version requires it.
 *
 * <pre>{@code
 * ClassificationValidator.bundled().validate(Map.of("BUSINESS", "06022", "CAUSE", "0701"),
 *         LocalDate.of(2025, 3, 1), false);
 * }</pre>
 */
public final class ClassificationValidator {

    private final ClassificationCatalog catalog;

    private ClassificationValidator(ClassificationCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** A validator over a catalogue (the bundled one, or one with a host's additions). */
    public static ClassificationValidator of(ClassificationCatalog catalog) {
        return new ClassificationValidator(catalog);
    }

    /** A validator over the bundled catalogue. */
    public static ClassificationValidator bundled() {
        return new ClassificationValidator(ClassificationCatalog.bundled());
    }

    /** The catalogue validated against. */
    public ClassificationCatalog catalog() {
        return catalog;
    }

    /**
     * Validates a classification.
     *
     * @param codes           code per dimension name; multi-valued dimensions as {@code |}-joined codes
     * @param receivedOn      the day the complaint was received (in the bank's zone)
     * @param requireComplete whether every required dimension must be present at its required level
     * @return the scheme version validated against
     * @throws InvalidClassificationException listing every violation, each naming code, dimension and version
     */
    public ClassificationScheme validate(Map<String, String> codes, LocalDate receivedOn, boolean requireComplete) {
        ClassificationScheme scheme = catalog.inForceOn(Objects.requireNonNull(receivedOn, "receivedOn"));
        List<Violation> violations = violations(scheme, codes, receivedOn, requireComplete);
        if (!violations.isEmpty()) {
            throw new InvalidClassificationException(scheme.version(), violations);
        }
        return scheme;
    }

    /**
     * Every violation of a classification, in a stable order (dimensions in declaration order, unknown
     * dimension names last); empty when it conforms. Never throws for bad codes.
     */
    public List<Violation> violations(Map<String, String> codes, LocalDate receivedOn, boolean requireComplete) {
        Optional<ClassificationScheme> scheme = catalog.findInForceOn(Objects.requireNonNull(receivedOn, "receivedOn"));
        if (scheme.isEmpty()) {
            return List.of(Violation.of("receivedOn", "NO_SCHEME_IN_FORCE",
                    "no classification scheme version is in force on " + receivedOn));
        }
        return violations(scheme.get(), codes, receivedOn, requireComplete);
    }

    private static List<Violation> violations(ClassificationScheme scheme, Map<String, String> codes,
                                              LocalDate day, boolean requireComplete) {
        Objects.requireNonNull(codes, "codes");
        List<Violation> out = new ArrayList<>();
        String v = scheme.version();
        Set<String> known = new HashSet<>();
        for (Dimension d : Dimension.values()) {
            known.add(d.name());
            String field = "classification[" + d + "]";
            String value = codes.get(d.name());
            DimensionRule rule = scheme.rule(d);
            if (value == null) {
                if (requireComplete && rule.required()) {
                    out.add(Violation.of(field, "MISSING", d + " is required for a complete classification under scheme version " + v));
                }
                continue;
            }
            List<String> list = d.decode(value);
            if (list.isEmpty()) {
                out.add(Violation.of(field, "EMPTY", d + " has an empty code under scheme version " + v));
                continue;
            }
            if (!d.isMultiValued() && list.size() > 1) {
                out.add(Violation.of(field, "MULTIPLE_CODES", d + " takes one code, got " + value + " under scheme version " + v));
                continue;
            }
            for (String code : list) {
                Optional<SchemeCode> c = scheme.find(d, code);
                if (c.isEmpty()) {
                    out.add(Violation.of(field, "UNKNOWN_CODE", d + " code " + code + " is not in scheme version " + v));
                } else if (c.get().validTo() != null && day.isAfter(c.get().validTo())) {
                    out.add(Violation.of(field, "RETIRED_CODE", d + " code " + code + " was retired on "
                            + c.get().validTo() + " in scheme version " + v));
                } else if (!c.get().isValidOn(day)) {
                    out.add(Violation.of(field, "NOT_YET_VALID", d + " code " + code + " is valid from "
                            + c.get().validFrom() + " in scheme version " + v));
                } else if (requireComplete && rule.leafRequired() && !scheme.isLeaf(d, code)) {
                    out.add(Violation.of(field, "NOT_LEAF", d + " code " + code
                            + " has sub-classes: a complete classification needs a leaf code in scheme version " + v));
                }
            }
        }
        codes.keySet().stream().filter(k -> !known.contains(k)).sorted().forEach(k -> out.add(Violation.of(
                "classification[" + k + "]", "UNKNOWN_DIMENSION", k + " is not a dimension of scheme version " + v)));
        return out;
    }
}
