package io.consumerprotection.core.classification;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of a classification scheme: its dimension, hierarchical code, parent, level, names, the official
 * JR/T 0169-2018 code (empty: the official numeric codes are not public here, so the project assigns stable
 * codes of the same structure), validity, the scheme version that introduced it and its source.
 *
 * @param dimension    the dimension
 * @param code         the code; a child's code starts with its parent's
 * @param parent       the parent code, or {@code null} for a major class
 * @param level        1 major, 2 middle, 3 minor, 4 and more for a host's local refinements
 * @param nameZh       the Chinese name
 * @param nameEn       the English name
 * @param officialCode the code in the official standard, empty until known
 * @param validFrom    first day of use, or {@code null} for "since the scheme version is in force"
 * @param validTo      last day of use, or {@code null} while current
 * @param version      the scheme version that introduced the code
 * @param source       the source cited for the entry
 * @param local        whether a host added it (a local sub-code), rather than the standard scheme
 */
public record SchemeCode(Dimension dimension, String code, String parent, int level, String nameZh,
                                 String nameEn, String officialCode, LocalDate validFrom, LocalDate validTo,
                                 String version, String source, boolean local) {

    public SchemeCode {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(version, "version");
        officialCode = officialCode == null ? "" : officialCode;
        source = source == null ? "" : source;
        if (code.isBlank() || code.contains(Dimension.SEPARATOR)) {
            throw new IllegalArgumentException("code: not a code (" + Redaction.shape(code) + ")");
        }
        if (level < 1) {
            throw new IllegalArgumentException("level must be at least 1: " + level);
        }
        if (parent != null && (!code.startsWith(parent) || code.length() <= parent.length())) {
            throw new IllegalArgumentException("code " + code + " does not start with its parent " + parent);
        }
        if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
            throw new IllegalArgumentException("validFrom " + validFrom + " is after validTo " + validTo);
        }
    }

    /** The parent code, or empty for a major class. */
    public Optional<String> findParent() {
        return Optional.ofNullable(parent);
    }

    /** Whether the code may be used on this day (within its validity; open ends are unbounded). */
    public boolean isValidOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the code is an "other" class (99 at major and middle level, 9 at minor level). */
    public boolean isOther() {
        return code.endsWith(level == 3 ? "9" : "99");
    }

    @Override
    public String toString() {
        return "SchemeCode[dimension=" + dimension + ", code=" + Redaction.code(code) + ", parent=" + Redaction.code(parent)
                + ", level=" + level + ", nameZh=" + Redaction.text(nameZh) + ", nameEn=" + Redaction.text(nameEn)
                + ", officialCode=" + Redaction.code(officialCode) + ", validFrom=" + validFrom + ", validTo=" + validTo
                + ", version=" + Redaction.code(version) + ", source=" + Redaction.text(source) + ", local=" + local + "]";
    }
}
