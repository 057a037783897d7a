package io.consumerprotection.spi.review;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored revision of a contract template.
 *
 * @param templateId  the template's id
 * @param name        the template's name
 * @param version     the revision's version
 * @param effectiveOn the first day it is used
 * @param text        its clauses
 * @param change      what changed
 * @param reviewId    the review of this revision; {@code null} when none
 */
public record TemplateRevisionRecord(String templateId, String name, String version, LocalDate effectiveOn,
        String text, String change, String reviewId) {

    public TemplateRevisionRecord {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(text, "text");
        change = change == null ? "" : change;
    }

    @Override
    public String toString() {
        return "TemplateRevisionRecord[" + Redaction.code(templateId) + "@" + Redaction.code(version) + " from "
                + effectiveOn + ", " + Redaction.text(text) + "]";
    }
}
