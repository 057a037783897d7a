package io.consumerprotection.core.review;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A subject version in use, as the host's systems report it: the last day it was used (a product sold, a page
 * served, a script used, a template signed).
 *
 * @param subject    what is used
 * @param version    the version used
 * @param lastUsedOn the last day of use
 */
public record SubjectUse(ReviewSubject subject, String version, LocalDate lastUsedOn) {

    public SubjectUse {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(lastUsedOn, "lastUsedOn");
    }

    /** The canonical form without free text: texts print by their length. */
    @Override
    public String toString() {
        return "SubjectUse[" + subject + "@" + Redaction.code(version) + " last " + lastUsedOn + "]";
    }
}
