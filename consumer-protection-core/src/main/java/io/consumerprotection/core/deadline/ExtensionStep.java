package io.consumerprotection.core.deadline;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * One step by which a milestone's term may be extended, reached by an {@code EXTENDED} event with this
 * tier: the new total term, and whether the extension needs an approver and notice to the complainant.
 *
 * @param tier             the tier name carried by the event, for example {@code COMPLEX} or {@code VERY_COMPLEX}
 * @param total            the milestone's whole term once extended, counted from the same start
 * @param approverRequired whether the event must name an approver
 * @param noticeRequired   whether the event must say how the complainant was told
 * @param citation         the rule, for example {@code NFRA Order 2020 No. 3 art. 18}
 */
public record ExtensionStep(String tier, Term total, boolean approverRequired, boolean noticeRequired, String citation) {

    public ExtensionStep {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(total, "total");
        citation = citation == null ? "" : citation;
    }

    @Override
    public String toString() {
        return "ExtensionStep[tier=" + Redaction.code(tier) + ", total=" + total + ", approverRequired=" + approverRequired
                + ", noticeRequired=" + noticeRequired + ", citation=" + Redaction.text(citation) + "]";
    }
}
