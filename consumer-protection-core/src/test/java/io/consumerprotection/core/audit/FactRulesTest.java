package io.consumerprotection.core.audit;

import static io.consumerprotection.core.audit.AuditFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.audit.ComplaintFileDeletionRecord;
import io.consumerprotection.spi.audit.DataSharingRecord;
import io.consumerprotection.spi.audit.GovernanceProfileRecord;
import io.consumerprotection.spi.audit.ProductSaleRecord;
import io.consumerprotection.spi.audit.StoredDataRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FactRulesTest {

    private static final AuditContext AFTER_2024 = context("2025-03-01");
    private static final AuditContext MID_2024 = context("2024-06-30");

    private static <S> FindingKind kind(String ruleId, S subject, AuditContext ctx) {
        return outcome(ruleId, subject, ctx).kind();
    }

    private static <S> Outcome outcome(String ruleId, S subject, AuditContext ctx) {
        Rule<S> rule = AuditFixtures.rule(ruleId);
        return rule.check(subject, ctx);
    }

    @Test
    void thereAreAtLeast25BuiltInRulesWithUniqueIds() {
        RuleSet all = BuiltInRules.all();
        assertThat(all.rules()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(all.rules()).extracting(Rule::id).doesNotHaveDuplicates();
        assertThat(all.version()).isEqualTo(BuiltInRules.VERSION);
    }

    @Nested
    class FileRetention {
        @Test
        void passFailReviewAndNotApplicable() {
            var ok = new ComplaintFileDeletionRecord("C-1", LocalDate.of(2021, 3, 1), LocalDate.of(2024, 3, 1), "EMP-A");
            assertThat(kind("CP-COMPLAINT-019", ok, AFTER_2024)).isEqualTo(FindingKind.PASS);
            var early = new ComplaintFileDeletionRecord("C-2", LocalDate.of(2022, 3, 1), LocalDate.of(2024, 3, 1), "EMP-A");
            Outcome o = outcome("CP-COMPLAINT-019", early, AFTER_2024);
            assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(o.message()).isEqualTo("closed 2022-03-01, kept until at least 2025-03-01; deleted 2024-03-01: 365 days early");
            var unknown = new ComplaintFileDeletionRecord("C-3", null, LocalDate.of(2024, 3, 1), "");
            assertThat(kind("CP-COMPLAINT-019", unknown, AFTER_2024)).isEqualTo(FindingKind.NEEDS_REVIEW);
            var scheduled = new ComplaintFileDeletionRecord("C-4", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), "");
            assertThat(kind("CP-COMPLAINT-019", scheduled, AFTER_2024)).isEqualTo(FindingKind.NOT_APPLICABLE);
        }
    }

    @Nested
    class Sales {
        private ProductSaleRecord sale(String type, int productRisk, int customerRisk, int age, String channel, String recording,
                                       boolean enhanced, boolean fees, boolean disclosed) {
            return new ProductSaleRecord("S-1", LocalDate.of(2024, 5, 1), "CUST-1", "P-1", type, productRisk, customerRisk, age,
                    channel, recording, enhanced, fees, disclosed);
        }

        @Test
        void riskMatch() {
            assertThat(kind("CP-SALES-001", sale("WEALTH_MANAGEMENT", 3, 3, 40, "BRANCH", "R", false, false, false), AFTER_2024))
                    .isEqualTo(FindingKind.PASS);
            Outcome o = outcome("CP-SALES-001", sale("WEALTH_MANAGEMENT", 4, 2, 40, "BRANCH", "R", false, false, false), AFTER_2024);
            assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(o.message()).contains("C2").contains("R4");
            assertThat(kind("CP-SALES-001", sale("WEALTH_MANAGEMENT", 2, 0, 40, "BRANCH", "R", false, false, false), AFTER_2024))
                    .isEqualTo(FindingKind.FAIL);
            assertThat(kind("CP-SALES-001", sale("DEPOSIT", 0, 0, 40, "BRANCH", null, false, false, false), AFTER_2024))
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
        }

        @Test
        void recordedSale() {
            assertThat(kind("CP-SALES-002", sale("AGENCY_FUND", 3, 3, 40, "BRANCH", "REC-1", false, false, false), AFTER_2024))
                    .isEqualTo(FindingKind.PASS);
            assertThat(kind("CP-SALES-002", sale("AGENCY_FUND", 3, 3, 40, "BRANCH", " ", false, false, false), AFTER_2024))
                    .isEqualTo(FindingKind.FAIL);
            assertThat(kind("CP-SALES-002", sale("AGENCY_FUND", 3, 3, 40, "ONLINE", null, false, false, false), AFTER_2024))
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
            assertThat(kind("CP-SALES-002", sale("DEPOSIT", 0, 3, 40, "BRANCH", null, false, false, false), AFTER_2024))
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
        }

        @Test
        void elderlyHighRisk() {
            assertThat(kind("CP-SALES-003", sale("WEALTH_MANAGEMENT", 4, 5, 70, "BRANCH", "R", true, false, false), AFTER_2024))
                    .isEqualTo(FindingKind.PASS);
            assertThat(kind("CP-SALES-003", sale("WEALTH_MANAGEMENT", 4, 5, 65, "BRANCH", "R", false, false, false), AFTER_2024))
                    .isEqualTo(FindingKind.FAIL);
            assertThat(kind("CP-SALES-003", sale("WEALTH_MANAGEMENT", 4, 5, 64, "BRANCH", "R", false, false, false), AFTER_2024))
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
            assertThat(kind("CP-SALES-003", sale("WEALTH_MANAGEMENT", 3, 5, 80, "BRANCH", "R", false, false, false), AFTER_2024))
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
            assertThat(kind("CP-SALES-003", sale("WEALTH_MANAGEMENT", 5, 5, -1, "BRANCH", "R", false, false, false), AFTER_2024))
                    .isEqualTo(FindingKind.NEEDS_REVIEW);
        }

        @Test
        void theElderlyAgeIsConfigurable() {
            AuditContext sixty = AuditContext.builder(AuditFixtures.noon("2025-03-01"))
                    .parameters(AuditParameters.defaults().withElderlyAge(60)).build();
            assertThat(kind("CP-SALES-003", sale("WEALTH_MANAGEMENT", 4, 5, 62, "BRANCH", "R", false, false, false), sixty))
                    .isEqualTo(FindingKind.FAIL);
        }

        @Test
        void fees() {
            assertThat(kind("CP-SALES-004", sale("AGENCY_INSURANCE", 2, 3, 40, "BRANCH", "R", false, true, true), AFTER_2024))
                    .isEqualTo(FindingKind.PASS);
            assertThat(kind("CP-SALES-004", sale("AGENCY_INSURANCE", 2, 3, 40, "BRANCH", "R", false, true, false), AFTER_2024))
                    .isEqualTo(FindingKind.FAIL);
            assertThat(kind("CP-SALES-004", sale("AGENCY_INSURANCE", 2, 3, 40, "BRANCH", "R", false, false, false), AFTER_2024))
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
        }
    }

    @Nested
    class Governance {
        private GovernanceProfileRecord complete(boolean legalEntity) {
            return new GovernanceProfileRecord("HQ", 2024, legalEntity, true, true, List.of(LocalDate.of(2024, 3, 28)),
                    List.of(LocalDate.of(2024, 9, 15)), Map.of("SENIOR_MANAGEMENT", 1, "MIDDLE_MANAGEMENT", 1, "STAFF", 3),
                    LocalDate.of(2023, 6, 1), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 1, 20),
                    Set.of("TIMELINESS_RATE", "PASS_RATE"), LocalDate.of(2024, 11, 1));
        }

        private GovernanceProfileRecord empty(boolean legalEntity) {
            return new GovernanceProfileRecord("HQ", 2024, legalEntity, false, false, List.of(), List.of(), Map.of(), null, null,
                    null, Set.of("COMPLAINT_COUNT"), null);
        }

        @Test
        void everyGovernanceRulePassesACompleteProfile() {
            for (Rule<GovernanceProfileRecord> r : BuiltInRules.governance().rulesFor(SubjectKind.GOVERNANCE_PROFILE)) {
                assertThat(r.check(complete(true), AFTER_2024).kind()).as(r.id().value()).isEqualTo(FindingKind.PASS);
            }
            assertThat(BuiltInRules.governance().rulesFor(SubjectKind.GOVERNANCE_PROFILE)).hasSize(10);
        }

        @Test
        void everyGovernanceRuleFailsAnEmptyProfileAfterTheDeadlines() {
            AuditContext late = context("2026-03-01");
            for (Rule<GovernanceProfileRecord> r : BuiltInRules.governance().rulesFor(SubjectKind.GOVERNANCE_PROFILE)) {
                assertThat(r.check(empty(true), late).kind()).as(r.id().value()).isEqualTo(FindingKind.FAIL);
            }
        }

        @Test
        void notApplicableToABranchOrBeforeTheYearEnds() {
            for (String id : List.of("CP-GOV-001", "CP-GOV-002", "CP-GOV-003", "CP-GOV-004", "CP-GOV-006", "CP-GOV-007", "CP-GOV-010")) {
                assertThat(kind(id, empty(false), AFTER_2024)).as(id).isEqualTo(FindingKind.NOT_APPLICABLE);
            }
            for (String id : List.of("CP-GOV-003", "CP-GOV-004", "CP-GOV-005", "CP-GOV-007", "CP-GOV-008")) {
                assertThat(kind(id, empty(true), MID_2024)).as(id).isEqualTo(FindingKind.NOT_APPLICABLE);
            }
            GovernanceProfileRecord noIndicators = new GovernanceProfileRecord("HQ", 2024, true, true, true, List.of(), List.of(),
                    Map.of(), null, null, null, Set.of(), LocalDate.of(2023, 11, 1));
            assertThat(kind("CP-GOV-009", noIndicators, AFTER_2024)).isEqualTo(FindingKind.NOT_APPLICABLE);
            assertThat(kind("CP-GOV-010", noIndicators, MID_2024)).isEqualTo(FindingKind.NOT_APPLICABLE);
        }

        @Test
        void unreportedFlagsNeedReview() {
            GovernanceProfileRecord unknown = new GovernanceProfileRecord("HQ", 2024, true, null, null, List.of(), List.of(),
                    Map.of(), null, null, null, Set.of("SATISFACTION"), null);
            assertThat(kind("CP-GOV-001", unknown, AFTER_2024)).isEqualTo(FindingKind.NEEDS_REVIEW);
            assertThat(kind("CP-GOV-002", unknown, AFTER_2024)).isEqualTo(FindingKind.NEEDS_REVIEW);
            assertThat(kind("CP-GOV-009", unknown, AFTER_2024)).isEqualTo(FindingKind.NEEDS_REVIEW);
        }

        @Test
        void selfAssessmentMessageCountsTheDaysLate() {
            GovernanceProfileRecord late = new GovernanceProfileRecord("HQ", 2024, true, true, true, List.of(), List.of(), Map.of(),
                    null, null, LocalDate.of(2025, 2, 3), Set.of(), null);
            Outcome o = outcome("CP-GOV-008", late, AFTER_2024);
            assertThat(o.message()).isEqualTo("the 2024 self-assessment is due 2025-01-31; submitted 2025-02-03: 3 days late");
        }

        @Test
        void trainingNamesTheUntrainedLevels() {
            GovernanceProfileRecord partial = new GovernanceProfileRecord("BR-1", 2024, false, null, null, List.of(), List.of(),
                    Map.of("STAFF", 2), null, null, null, Set.of(), null);
            assertThat(outcome("CP-GOV-005", partial, AFTER_2024).message())
                    .contains("[SENIOR_MANAGEMENT, MIDDLE_MANAGEMENT]");
        }
    }

    @Nested
    class Privacy {
        private DataSharingRecord sharing(String kind, String basis, String consent, boolean sensitive, boolean separate,
                                          Set<String> fields, Set<String> agreed, String country, String assessment) {
            return new DataSharingRecord("D-1", LocalDate.of(2024, 5, 1), "Partner", kind, "underwriting", basis, consent,
                    sensitive, separate, fields, agreed, country, assessment);
        }

        @Test
        void consent() {
            assertThat(kind("CP-PRIVACY-001", sharing("PARTNER", "CONSENT", "CON-1", true, true, Set.of(), Set.of(), "CN", null),
                    AFTER_2024)).isEqualTo(FindingKind.PASS);
            assertThat(kind("CP-PRIVACY-001", sharing("PARTNER", "CONSENT", null, false, false, Set.of(), Set.of(), "CN", null),
                    AFTER_2024)).isEqualTo(FindingKind.FAIL);
            assertThat(kind("CP-PRIVACY-001", sharing("PARTNER", "CONSENT", "CON-1", true, false, Set.of(), Set.of(), "CN", null),
                    AFTER_2024)).isEqualTo(FindingKind.FAIL);
            assertThat(kind("CP-PRIVACY-001", sharing("REGULATOR", "LEGAL_OBLIGATION", null, true, false, Set.of(), Set.of(), "CN",
                    null), AFTER_2024)).isEqualTo(FindingKind.NOT_APPLICABLE);
        }

        @Test
        void scope() {
            assertThat(kind("CP-PRIVACY-002", sharing("PARTNER", "CONSENT", "C", false, false, Set.of("NAME"), Set.of("NAME", "MOBILE"),
                    "CN", null), AFTER_2024)).isEqualTo(FindingKind.PASS);
            Outcome o = outcome("CP-PRIVACY-002", sharing("PARTNER", "CONSENT", "C", false, false, Set.of("NAME", "ID_NUMBER", "BALANCE"),
                    Set.of("NAME"), "CN", null), AFTER_2024);
            assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(o.message()).endsWith("also shared [BALANCE, ID_NUMBER]");
            assertThat(kind("CP-PRIVACY-002", sharing("PARTNER", "CONSENT", "C", false, false, Set.of("NAME"), Set.of(), "CN", null),
                    AFTER_2024)).isEqualTo(FindingKind.FAIL);
            assertThat(kind("CP-PRIVACY-002", sharing("JUDICIAL", "LEGAL_OBLIGATION", null, false, false, Set.of("NAME"), Set.of(),
                    "CN", null), AFTER_2024)).isEqualTo(FindingKind.NOT_APPLICABLE);
        }

        @Test
        void crossBorder() {
            assertThat(kind("CP-PRIVACY-003", sharing("GROUP_COMPANY", "CONTRACT", null, false, false, Set.of(), Set.of(), "SG",
                    "SA-2024-7"), AFTER_2024)).isEqualTo(FindingKind.PASS);
            assertThat(kind("CP-PRIVACY-003", sharing("GROUP_COMPANY", "CONTRACT", null, false, false, Set.of(), Set.of(), "SG",
                    null), AFTER_2024)).isEqualTo(FindingKind.FAIL);
            assertThat(kind("CP-PRIVACY-003", sharing("GROUP_COMPANY", "CONTRACT", null, false, false, Set.of(), Set.of(), "CN",
                    null), AFTER_2024)).isEqualTo(FindingKind.NOT_APPLICABLE);
        }

        @Test
        void c3Stored() {
            assertThat(kind("CP-PRIVACY-004", new StoredDataRecord("CORE", "PIN", "C3", "SALTED_HASH", false), AFTER_2024))
                    .isEqualTo(FindingKind.PASS);
            assertThat(kind("CP-PRIVACY-004", new StoredDataRecord("CORE", "CVN2", "C3", "ENCRYPTED", false), AFTER_2024))
                    .isEqualTo(FindingKind.FAIL);
            assertThat(kind("CP-PRIVACY-004", new StoredDataRecord("APP", "PIN", "C3", "SALTED_HASH", true), AFTER_2024))
                    .isEqualTo(FindingKind.FAIL);
            assertThat(kind("CP-PRIVACY-004", new StoredDataRecord("CRM", "MOBILE", "C2", "PLAINTEXT", false), AFTER_2024))
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
        }
    }
}
