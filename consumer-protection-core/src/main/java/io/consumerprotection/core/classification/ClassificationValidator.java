package io.consumerprotection.core.classification;

import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a complaint's classification (code per dimension, keyed by {@link Dimension#name()}) against the
 * scheme version in force on the day the complaint was received. Immutable and thread-safe.
 *
 * <p>Every code must exist in that version and be valid on that day; a single-valued dimension takes one
 * code. A fully classified complaint (for example a decided one, {@code requireComplete = true}) must also
 * carry every dimension the version marks as required, at leaf level where the version requires it.
 *
 * <p>A violation names the dimension and the scheme version. It names a code only when the version knows it
 * (retired, not yet valid, not a leaf); a value that is not a code of the version is described by its shape
 * only ({@code BUSINESS code (19 digits) is not a code of scheme version 2018.1}), since it may be anything a
 * person typed, a card number included.
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

    private static final Dimension[] DIMENSIONS = Dimension.values();

    /**
     * The violations, {@code List.of()} when none: a conforming classification (the usual case, checked for
     * every decided complaint of an audit) allocates nothing but what decoding a multi-valued code needs.
     */
    private static List<Violation> violations(ClassificationScheme scheme, Map<String, String> codes,
                                              LocalDate day, boolean requireComplete) {
        Objects.requireNonNull(codes, "codes");
        List<Violation> out = null;
        String v = scheme.version();
        int known = 0;
        for (Dimension d : DIMENSIONS) {
            String value = codes.get(d.name());
            DimensionRule rule = scheme.rule(d);
            if (value == null) {
                if (requireComplete && rule.required()) {
                    out = add(out, Violation.of(field(d), "MISSING", d + " is required for a complete classification under scheme version " + v));
                }
                continue;
            }
            known++;
            if (isSingleCode(value)) {
                out = check(scheme, d, rule, value, day, requireComplete, v, out);
                continue;
            }
            List<String> list = d.decode(value);
            if (list.isEmpty()) {
                out = add(out, Violation.of(field(d), "EMPTY", d + " has an empty code under scheme version " + v));
                continue;
            }
            if (!d.isMultiValued() && list.size() > 1) {
                out = add(out, Violation.of(field(d), "MULTIPLE_CODES", d + " takes one code, got " + list.size() + " codes under scheme version " + v));
                continue;
            }
            for (String code : list) {
                out = check(scheme, d, rule, code, day, requireComplete, v, out);
            }
        }
        if (known < codes.size()) {
            List<String> unknown = new ArrayList<>();
            for (String k : codes.keySet()) {
                if (Dimension.find(k).isEmpty()) {
                    unknown.add(k);
                }
            }
            unknown.sort(null);
            for (String k : unknown) {
                out = add(out, Violation.of("classification[" + Redaction.code(k) + "]", "UNKNOWN_DIMENSION",
                        "the dimension name (" + Redaction.shape(k) + ") is not a dimension of scheme version " + v));
            }
        }
        return out == null ? List.of() : out;
    }

    /** Whether a value is one code as {@link Dimension#decode} reads it: non-empty, no {@code |}, nothing to trim. */
    private static boolean isSingleCode(String value) {
        int n = value.length();
        if (n == 0 || value.charAt(0) <= ' ' || value.charAt(n - 1) <= ' ') {
            return false;
        }
        return value.indexOf('|') < 0;
    }

    private static List<Violation> check(ClassificationScheme scheme, Dimension d, DimensionRule rule, String code,
                                         LocalDate day, boolean requireComplete, String v, List<Violation> out) {
        SchemeCode c = scheme.codeOrNull(d, code);
        if (c == null) {
            return add(out, Violation.of(field(d), "UNKNOWN_CODE", d + " code (" + Redaction.shape(code)
                    + ") is not a code of scheme version " + v));
        } else if (c.validTo() != null && day.isAfter(c.validTo())) {
            return add(out, Violation.of(field(d), "RETIRED_CODE", d + " code " + code + " was retired on "
                    + c.validTo() + " in scheme version " + v));
        } else if (!c.isValidOn(day)) {
            return add(out, Violation.of(field(d), "NOT_YET_VALID", d + " code " + code + " is valid from "
                    + c.validFrom() + " in scheme version " + v));
        } else if (requireComplete && rule.leafRequired() && !scheme.isLeaf(d, code)) {
            return add(out, Violation.of(field(d), "NOT_LEAF", d + " code " + code
                    + " has sub-classes: a complete classification needs a leaf code in scheme version " + v));
        }
        return out;
    }

    private static String field(Dimension d) {
        return "classification[" + d + "]";
    }

    private static List<Violation> add(List<Violation> out, Violation v) {
        List<Violation> list = out == null ? new ArrayList<>() : out;
        list.add(v);
        return list;
    }
}
