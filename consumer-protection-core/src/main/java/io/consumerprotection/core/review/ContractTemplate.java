package io.consumerprotection.core.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract template in the registry (合同模板台账) with its revisions, oldest first; the one in use on a day is the
 * last that took effect by then.
 *
 * @param subject   the template (kind {@link ReviewSubjectKind#CONTRACT_TEMPLATE})
 * @param revisions its revisions, oldest first, at least one, effective days strictly increasing
 */
public record ContractTemplate(ReviewSubject subject, List<TemplateRevision> revisions) {

    public ContractTemplate {
        Objects.requireNonNull(subject, "subject");
        revisions = List.copyOf(revisions);
        if (subject.kind() != ReviewSubjectKind.CONTRACT_TEMPLATE) {
            throw new IllegalArgumentException("a template's subject is of kind CONTRACT_TEMPLATE, not "
                    + subject.kind());
        }
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("a template has at least one revision");
        }
        for (int i = 1; i < revisions.size(); i++) {
            if (!revisions.get(i).effectiveOn().isAfter(revisions.get(i - 1).effectiveOn())) {
                throw new IllegalArgumentException("revision " + revisions.get(i).version()
                        + " must take effect after " + revisions.get(i - 1).version());
            }
        }
    }

    /** A template with its first revision. */
    public static ContractTemplate of(ReviewSubject subject, TemplateRevision first) {
        return new ContractTemplate(subject, List.of(first));
    }

    /** A copy with one more revision. */
    public ContractTemplate revised(TemplateRevision next) {
        List<TemplateRevision> r = new ArrayList<>(revisions);
        r.add(Objects.requireNonNull(next, "next"));
        return new ContractTemplate(subject, r);
    }

    /** The revision in use on a day, if any took effect by then. */
    public Optional<TemplateRevision> inUseOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        TemplateRevision found = null;
        for (TemplateRevision r : revisions) {
            if (!r.effectiveOn().isAfter(day)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The latest revision. */
    public TemplateRevision latest() {
        return revisions.get(revisions.size() - 1);
    }
}
