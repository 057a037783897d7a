package io.consumerprotection.spi.classification;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One code of a classification scheme, as a host supplies it: a local sub-code under a standard code, or a
 * code of a new scheme version.
 *
 * <p>Codes are hierarchical strings: a child's code starts with its parent's code (for example the local
 * code {@code 060221} under the standard {@code 06022}). Dimensions are the names of core's
 * {@code Dimension} enum ({@code BUSINESS}, {@code CAUSE}, ...).
 *
 * @param schemeVersion the scheme version this code belongs to or extends; {@code null} or blank for a
 *                      local code that extends every version in which its parent exists
 * @param dimension     the dimension name, for example {@code BUSINESS}
 * @param code          the code, unique within its dimension and version
 * @param parent        the parent code; {@code null} for a top-level code of a new scheme version
 * @param level         1 for a major class, 2 for a middle class, 3 for a minor class, 4 and more for local
 *                      refinements
 * @param nameZh        the Chinese name
 * @param nameEn        the English name
 * @param officialCode  the code in the official standard when known, otherwise empty
 * @param validFrom     the first day the code may be used; {@code null} for "since the version is in force"
 * @param validTo       the last day the code may be used; {@code null} while it is current
 * @param source        where the code comes from (a standard, a circular, the host's own rule book)
 */
public record ClassificationCodeRecord(String schemeVersion, String dimension, String code, String parent, int level,
                                       String nameZh, String nameEn, String officialCode, LocalDate validFrom,
                                       LocalDate validTo, String source) {

    public ClassificationCodeRecord {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        officialCode = officialCode == null ? "" : officialCode;
        source = source == null ? "" : source;
        if (level < 1) {
            throw new IllegalArgumentException("level must be at least 1: " + level);
        }
    }

    @Override
    public String toString() {
        return "ClassificationCodeRecord[schemeVersion=" + Redaction.code(schemeVersion) + ", dimension="
                + Redaction.code(dimension) + ", code=" + Redaction.code(code) + ", parent=" + Redaction.code(parent)
                + ", level=" + level + ", nameZh=" + Redaction.text(nameZh) + ", nameEn=" + Redaction.text(nameEn)
                + ", officialCode=" + Redaction.code(officialCode) + ", validFrom=" + validFrom + ", validTo=" + validTo
                + ", source=" + Redaction.text(source) + "]";
    }
}
