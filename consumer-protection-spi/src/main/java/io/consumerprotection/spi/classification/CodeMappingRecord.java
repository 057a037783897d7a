package io.consumerprotection.spi.classification;

import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Objects;

/**
 * One line of the mapping from the codes of an old scheme version to those of a new one. A code mapped to
 * one new code that no other old code maps to is a one-to-one (renamed or recoded) entry; a code mapped to
 * several new codes is a split (the first new code is the primary one, used to keep statistics comparable);
 * several old codes mapped to the same new code are a merge.
 *
 * @param fromVersion the old scheme version
 * @param toVersion   the new scheme version
 * @param dimension   the dimension name, for example {@code CAUSE}
 * @param oldCode     the code in the old version
 * @param newCodes    the codes in the new version, primary first; never empty
 */
public record CodeMappingRecord(String fromVersion, String toVersion, String dimension, String oldCode,
                                List<String> newCodes) {

    public CodeMappingRecord {
        Objects.requireNonNull(fromVersion, "fromVersion");
        Objects.requireNonNull(toVersion, "toVersion");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(oldCode, "oldCode");
        newCodes = List.copyOf(Objects.requireNonNull(newCodes, "newCodes"));
        if (newCodes.isEmpty()) {
            throw new IllegalArgumentException("newCodes must not be empty for " + dimension + " " + oldCode);
        }
    }

    @Override
    public String toString() {
        return "CodeMappingRecord[fromVersion=" + Redaction.code(fromVersion) + ", toVersion=" + Redaction.code(toVersion)
                + ", dimension=" + Redaction.code(dimension) + ", oldCode=" + Redaction.code(oldCode) + ", newCodes="
                + Redaction.codes(newCodes) + "]";
    }
}
