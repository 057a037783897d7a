package io.consumerprotection.core.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, apart from its check: id, version, title in Chinese and English, legal basis, default
 * severity and the kind of subject it checks.
 *
 * @param id          the stable id
 * @param version     the version of the check, for example {@code 1.0}; bumped whenever the check changes
 * @param titleZh     the title in Chinese
 * @param titleEn     the title in English
 * @param citation    the legal basis
 * @param severity    the default severity of a failure
 * @param subjectKind the {@link SubjectKind#name()} of what it checks
 */
public record RuleDefinition(RuleId id, String version, String titleZh, String titleEn, Citation citation,
                             Severity severity, String subjectKind) {

    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    public RuleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subjectKind, "subjectKind");
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("version (" + Redaction.shape(version) + ") is not a version such as 1.0");
        }
    }

    /** A definition; {@code id} is parsed with {@link RuleId#of}. */
    public static RuleDefinition of(String id, String version, String titleZh, String titleEn, Citation citation,
                                    Severity severity, SubjectKind<?> subjectKind) {
        return new RuleDefinition(RuleId.of(id), version, titleZh, titleEn, citation, severity, subjectKind.name());
    }

    @Override
    public String toString() {
        return "RuleDefinition[id=" + id + ", version=" + Redaction.code(version) + ", severity=" + severity
                + ", subjectKind=" + Redaction.code(subjectKind) + ", titleEn=" + Redaction.text(titleEn) + "]";
    }
}
