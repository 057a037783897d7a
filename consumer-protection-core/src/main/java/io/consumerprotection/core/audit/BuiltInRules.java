package io.consumerprotection.core.audit;

import io.consumerprotection.core.privacy.IncidentPolicy;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Objects;

/**
 * The built-in rule sets, versioned together ({@link #VERSION}): {@code complaints} (complaint handling,
 * deadlines, notices, records, narrative privacy, file retention), {@code sales} (suitability, 双录, fees),
 * {@code governance} (the 双查 checklist and PBoC Order 2020 No. 5 duties), {@code privacy} (sharing,
 * cross-border, C3 storage), {@code rectification}, {@code review} (消保审查) and {@code all}. Each rule cites its legal basis.
 */
public final class BuiltInRules {

    /** The version of the built-in sets; it changes whenever a built-in rule is added, removed or re-versioned. */
    public static final String VERSION = "2026.1";

    /** The names {@link #named(String)} accepts. */
    public static final List<String> NAMES = List.of("complaints", "sales", "governance", "privacy", "rectification", "review", "all");

    private BuiltInRules() {
    }

    /** Complaint rules: subjects {@code COMPLAINT} and {@code COMPLAINT_FILE_DELETION}. */
    public static RuleSet complaints() {
        RuleSet.Builder b = RuleSet.builder("complaints", VERSION);
        ComplaintRules.all().forEach(b::add);
        FactRules.files().forEach(b::add);
        return b.build();
    }

    /** Sales and suitability rules: subject {@code PRODUCT_SALE}. */
    public static RuleSet sales() {
        RuleSet.Builder b = RuleSet.builder("sales", VERSION);
        FactRules.sales().forEach(b::add);
        return b.build();
    }

    /** Governance rules (双查): subjects {@code GOVERNANCE_PROFILE}, {@code PARTNER}, {@code PARTNER_ACTIVITY}, {@code CADENCE_PERIOD}. */
    public static RuleSet governance() {
        RuleSet.Builder b = RuleSet.builder("governance", VERSION);
        FactRules.governance().forEach(b::add);
        PartnerRules.all().forEach(b::add);
        InspectionRules.all().forEach(b::add);
        return b.build();
    }

    /** Privacy rules: subjects {@code DATA_SHARING}, {@code STORED_DATA} and {@code DATA_INCIDENT}. */
    public static RuleSet privacy() {
        RuleSet.Builder b = RuleSet.builder("privacy", VERSION);
        FactRules.privacy().forEach(b::add);
        IncidentRules.all(IncidentPolicy.bundled()).forEach(b::add);
        return b.build();
    }

    /** Rectification (整改) rules and the report due dates: subjects {@code RECTIFICATION}, {@code REPORT_OBLIGATION}. */
    public static RuleSet rectification() {
        RuleSet.Builder b = RuleSet.builder("rectification", VERSION);
        RectificationRules.all().forEach(b::add);
        b.add(new ReportDue());
        return b.build();
    }

    /**
     * Review rules (消保审查): subject {@code REVIEW_SUBJECT}, built from the review register by
     * {@code core.review.ReviewAudit} (an {@link AuditRun} gets them through {@code ReviewAudit.facts}).
     */
    public static RuleSet review() {
        RuleSet.Builder b = RuleSet.builder("review", VERSION);
        ReviewRules.all().forEach(b::add);
        return b.build();
    }

    /**
     * The rule {@code CP-PARTNER-003} (a collection agency with harassment complaints, CAUSE 12) with the host's
     * threshold, for a set of the host's own. The bundled threshold, {@value PartnerRules#HARASSMENT_THRESHOLD}
     * complaints in the audit period, is <b>this project's choice, not regulation</b> (seed 003 names no number).
     * Add it before the built-in set, whose rule of the same class and definition is then kept once:
     * {@code RuleSet.builder("bank", "1").add(BuiltInRules.collectionHarassment(5)).addAll(BuiltInRules.governance())}.
     * Each finding records the threshold it used as evidence.
     *
     * @throws IllegalArgumentException when {@code threshold} is below 1
     */
    public static Rule<io.consumerprotection.core.partner.PartnerSubject> collectionHarassment(long threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, got " + threshold);
        }
        return new PartnerRules.CollectionHarassment(threshold);
    }

    /** Every built-in rule. */
    public static RuleSet all() {
        return RuleSet.builder("all", VERSION).addAll(complaints()).addAll(sales()).addAll(governance())
                .addAll(privacy()).addAll(rectification()).addAll(review()).build();
    }

    /**
     * The built-in sets with these comma-separated names, combined (for example {@code complaints,privacy}).
     *
     * @throws RuleSetException with code {@code INVALID_RULE_SET} when a name is not a built-in set (described
     *                         by its length, not repeated)
     */
    public static RuleSet named(String names) {
        Objects.requireNonNull(names, "names");
        RuleSet.Builder b = RuleSet.builder(names.replace(" ", ""), VERSION);
        for (String raw : names.split(",")) {
            String name = raw.trim();
            switch (name) {
                case "complaints" -> b.addAll(complaints());
                case "sales" -> b.addAll(sales());
                case "governance" -> b.addAll(governance());
                case "privacy" -> b.addAll(privacy());
                case "rectification" -> b.addAll(rectification());
                case "review" -> b.addAll(review());
                case "all" -> b.addAll(all());
                default -> throw new RuleSetException("INVALID_RULE_SET", "unknown built-in rule set",
                        List.of(Violation.of("names", "UNKNOWN_RULE_SET",
                                "a name (" + Redaction.shape(name) + ") is not one of " + NAMES)));
            }
        }
        return b.build();
    }
}
