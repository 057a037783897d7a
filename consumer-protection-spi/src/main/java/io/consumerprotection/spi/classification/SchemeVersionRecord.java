package io.consumerprotection.spi.classification;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A new version of the classification scheme, supplied by a host: it starts as a copy of the version it is
 * based on, then every old code named in {@code mappings} is retired (unless it maps to itself), and every
 * code in {@code codes} is added or replaces the entry with the same dimension and code.
 *
 * @param version       the new version's id, for example {@code 2026.1}
 * @param effectiveFrom the first day complaints received are classified under this version
 * @param basedOn       the version it is derived from
 * @param codes         the codes added or changed
 * @param mappings      the mapping from {@code basedOn}'s codes to this version's
 */
public record SchemeVersionRecord(String version, LocalDate effectiveFrom, String basedOn,
                                  List<ClassificationCodeRecord> codes, List<CodeMappingRecord> mappings) {

    public SchemeVersionRecord {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(basedOn, "basedOn");
        codes = List.copyOf(Objects.requireNonNull(codes, "codes"));
        mappings = List.copyOf(Objects.requireNonNull(mappings, "mappings"));
    }

    @Override
    public String toString() {
        return "SchemeVersionRecord[version=" + Redaction.code(version) + ", effectiveFrom=" + effectiveFrom
                + ", basedOn=" + Redaction.code(basedOn) + ", codes=" + codes.size() + ", mappings=" + mappings.size() + "]";
    }
}
