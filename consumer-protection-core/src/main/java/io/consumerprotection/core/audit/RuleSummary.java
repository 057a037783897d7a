package io.consumerprotection.core.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * What one rule concluded over a run: how many subjects it evaluated and how many of each kind.
 *
 * @param ruleId        the rule
 * @param ruleVersion   its version
 * @param titleEn       its English title
 * @param severity      the severity in force
 * @param evaluated     subjects checked ({@code pass + fail + notApplicable + needsReview})
 * @param pass          passes
 * @param fail          failures
 * @param notApplicable not applicable
 * @param needsReview   needs review
 */
public record RuleSummary(RuleId ruleId, String ruleVersion, String titleEn, Severity severity, long evaluated,
                          long pass, long fail, long notApplicable, long needsReview) {

    public RuleSummary {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(ruleVersion, "ruleVersion");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(severity, "severity");
        if (evaluated != pass + fail + notApplicable + needsReview) {
            throw new IllegalArgumentException("evaluated " + evaluated + " is not the sum of the kinds");
        }
    }

    /** Whether the rule applied to at least one subject (anything but not applicable): its coverage. */
    public boolean covered() {
        return evaluated > notApplicable;
    }

    @Override
    public String toString() {
        return "RuleSummary[ruleId=" + ruleId + ", ruleVersion=" + Redaction.code(ruleVersion) + ", titleEn="
                + Redaction.text(titleEn) + ", severity=" + severity + ", evaluated=" + evaluated + ", pass=" + pass
                + ", fail=" + fail + ", notApplicable=" + notApplicable + ", needsReview=" + needsReview + "]";
    }
}
