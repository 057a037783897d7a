package io.consumerprotection.core.audit;

import io.consumerprotection.spi.audit.ComplaintFileDeletionRecord;
import io.consumerprotection.spi.audit.DataSharingRecord;
import io.consumerprotection.spi.audit.GovernanceProfileRecord;
import io.consumerprotection.spi.audit.ProductSaleRecord;
import io.consumerprotection.spi.audit.StoredDataRecord;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The built-in rules over the host's fact sources: complaint files, sales, governance and privacy. */
final class FactRules {

    private FactRules() {
    }

    /** The complaint-file retention rule. */
    static List<Rule<?>> files() {
        return List.of(new FileRetention());
    }

    /** The sales and suitability rules. */
    static List<Rule<?>> sales() {
        return List.of(new RiskMatch(), new RecordedSale(), new ElderlyHighRisk(), new FeesDisclosed());
    }

    /** The governance (双查) rules. */
    static List<Rule<?>> governance() {
        Citation checklist = Citations.seed("seed 001: 双查 checklist of consumer-protection governance");
        return List.of(
                new Flag("CP-GOV-001", "董事会未设立消费者权益保护委员会", "No board-level consumer-protection committee",
                        checklist, Severity.HIGH, GovernanceProfileRecord::boardCommittee, "a board-level consumer-protection committee"),
                new Flag("CP-GOV-002", "未设立消费者权益保护专职部门", "No dedicated consumer-protection department",
                        checklist, Severity.MEDIUM, GovernanceProfileRecord::dedicatedDepartment, "a dedicated consumer-protection department"),
                new Yearly("CP-GOV-003", "未向董事会提交年度消费者权益保护工作报告", "No annual consumer-protection report to the board",
                        checklist, Severity.MEDIUM, GovernanceProfileRecord::boardReports, "consumer-protection report to the board"),
                new Yearly("CP-GOV-004", "未按年度开展消费者权益保护内部审计", "No internal audit of consumer protection in the year",
                        checklist, Severity.MEDIUM, GovernanceProfileRecord::internalAudits, "internal audit of consumer-protection work"),
                new Training(),
                new EmergencyPlan(),
                new ComplaintDisclosure(),
                new SelfAssessment(),
                new Appraisal(),
                new PartnerList());
    }

    /** The privacy rules over sharing and stored data. */
    static List<Rule<?>> privacy() {
        return List.of(new SharingConsent(), new SharingScope(), new CrossBorder(), new C3Stored());
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    // ---------------------------------------------------------------- complaint files

    static final class FileRetention extends BuiltInRule<ComplaintFileDeletionRecord> {
        FileRetention() {
            super(SubjectKind.COMPLAINT_FILE_DELETION, "CP-COMPLAINT-019", "投诉档案结案后保存不足3年即被删除",
                    "Complaint file deleted less than 3 years after closing", Citations.pboc("art. 44"), Severity.HIGH);
        }

        @Override
        public Outcome check(ComplaintFileDeletionRecord d, AuditContext context) {
            if (d.deletedOn().isAfter(context.asOfDate())) {
                return Outcome.notApplicable("deletion scheduled for " + d.deletedOn() + ", not done by " + context.asOfDate());
            }
            if (d.closedOn() == null) {
                return Outcome.needsReview("a complaint file is kept at least " + context.parameters().fileRetentionYears()
                        + " years from closing; the closing date is not known", Evidence.of("deletedOn", d.deletedOn()));
            }
            LocalDate keepUntil = d.closedOn().plusYears(context.parameters().fileRetentionYears());
            if (d.deletedOn().isBefore(keepUntil)) {
                return Outcome.fail("closed " + d.closedOn() + ", kept until at least " + keepUntil + "; deleted "
                        + d.deletedOn() + ": " + BuiltInRule.days(ChronoUnit.DAYS.between(d.deletedOn(), keepUntil)) + " early",
                        Evidence.of("closedOn", d.closedOn()), Evidence.of("deletedOn", d.deletedOn()),
                        Evidence.of("approvedBy", d.approvedBy()));
            }
            return Outcome.pass();
        }
    }

    // ---------------------------------------------------------------- sales and suitability

    static final class RiskMatch extends BuiltInRule<ProductSaleRecord> {
        RiskMatch() {
            super(SubjectKind.PRODUCT_SALE, "CP-SALES-001", "产品风险等级高于客户风险承受能力",
                    "Product risk level above the customer's risk tolerance",
                    Citation.of("NFRA consumer-protection supervisory evaluation method (2025): 适当性管理; seed 000", "", "B"),
                    Severity.HIGH);
        }

        @Override
        public Outcome check(ProductSaleRecord s, AuditContext context) {
            if (s.productRiskLevel() == 0) {
                return Outcome.notApplicable("product " + s.productType() + " has no risk rating");
            }
            if (s.customerRiskLevel() == 0) {
                return Outcome.fail("an R" + s.productRiskLevel() + " product is sold only after the customer's risk tolerance "
                        + "is assessed; none is recorded", Evidence.of("productRiskLevel", "R" + s.productRiskLevel()),
                        Evidence.of("customerRiskLevel", "not assessed"));
            }
            if (s.productRiskLevel() > s.customerRiskLevel()) {
                return Outcome.fail("product risk at most the customer's tolerance C" + s.customerRiskLevel() + "; product is R"
                        + s.productRiskLevel(), Evidence.of("productRiskLevel", "R" + s.productRiskLevel()),
                        Evidence.of("customerRiskLevel", "C" + s.customerRiskLevel()));
            }
            return Outcome.pass();
        }
    }

    static final class RecordedSale extends BuiltInRule<ProductSaleRecord> {
        RecordedSale() {
            super(SubjectKind.PRODUCT_SALE, "CP-SALES-002", "理财或代销产品销售未双录", "Wealth or agency product sold without a recorded sale (双录)",
                    Citations.seed("seed 001: 专区产品销售双录; seed 000"), Severity.HIGH);
        }

        @Override
        public Outcome check(ProductSaleRecord s, AuditContext context) {
            AuditParameters p = context.parameters();
            if (!p.recordedSaleProductTypes().contains(s.productType()) || !p.recordedSaleChannels().contains(s.channel())) {
                return Outcome.notApplicable(s.productType() + " sold through " + s.channel() + " needs no recorded sale");
            }
            if (isBlank(s.recordingReference())) {
                return Outcome.fail(s.productType() + " sold through " + s.channel() + " is recorded (双录); no recording is referenced",
                        Evidence.of("productType", s.productType()), Evidence.of("channel", s.channel()),
                        Evidence.of("recordingReference", ""));
            }
            return Outcome.pass();
        }
    }

    static final class ElderlyHighRisk extends BuiltInRule<ProductSaleRecord> {
        ElderlyHighRisk() {
            super(SubjectKind.PRODUCT_SALE, "CP-SALES-003", "向老年客户销售高风险产品未加强复核",
                    "Elderly customer sold a high-risk product without enhanced review",
                    Citations.seed("seed 003: sales disputes with elderly customers; regulation-facts §5 special groups"),
                    Severity.HIGH);
        }

        @Override
        public Outcome check(ProductSaleRecord s, AuditContext context) {
            AuditParameters p = context.parameters();
            if (s.productRiskLevel() < p.highRiskLevel()) {
                return Outcome.notApplicable("R" + s.productRiskLevel() + " is below the high-risk level R" + p.highRiskLevel());
            }
            if (s.customerAge() < 0) {
                return Outcome.needsReview("R" + s.productRiskLevel() + " sale: the customer's age is not known",
                        Evidence.of("productRiskLevel", "R" + s.productRiskLevel()));
            }
            if (s.customerAge() < p.elderlyAge()) {
                return Outcome.notApplicable("customer younger than " + p.elderlyAge());
            }
            if (!s.enhancedReview()) {
                return Outcome.fail("a high-risk (R" + s.productRiskLevel() + ") sale to a customer aged " + p.elderlyAge()
                        + " or more has an enhanced review; none is recorded", Evidence.of("customerAge", s.customerAge()),
                        Evidence.of("productRiskLevel", "R" + s.productRiskLevel()), Evidence.of("enhancedReview", false));
            }
            return Outcome.pass();
        }
    }

    static final class FeesDisclosed extends BuiltInRule<ProductSaleRecord> {
        FeesDisclosed() {
            super(SubjectKind.PRODUCT_SALE, "CP-SALES-004", "收费未披露", "Fees not disclosed",
                    Citations.pboc("art. 18"), Severity.MEDIUM);
        }

        @Override
        public Outcome check(ProductSaleRecord s, AuditContext context) {
            if (!s.feesCharged()) {
                return Outcome.notApplicable("the product charges no fees");
            }
            if (!s.feesDisclosed()) {
                return Outcome.fail("fees are disclosed before the sale; no disclosure is recorded",
                        Evidence.of("feesCharged", true), Evidence.of("feesDisclosed", false));
            }
            return Outcome.pass();
        }
    }

    // ---------------------------------------------------------------- governance

    static boolean yearOver(GovernanceProfileRecord g, AuditContext context) {
        return context.asOfDate().isAfter(LocalDate.of(g.year(), 12, 31));
    }

    static final Outcome BRANCH = Outcome.notApplicable("not a legal entity: the head office answers for it");

    /** A yes/no fact of a legal entity. */
    static final class Flag extends BuiltInRule<GovernanceProfileRecord> {
        private final java.util.function.Function<GovernanceProfileRecord, Boolean> fact;
        private final String expected;

        Flag(String id, String zh, String en, Citation citation, Severity severity,
             java.util.function.Function<GovernanceProfileRecord, Boolean> fact, String expected) {
            super(SubjectKind.GOVERNANCE_PROFILE, id, zh, en, citation, severity);
            this.fact = fact;
            this.expected = expected;
        }

        @Override
        public Outcome check(GovernanceProfileRecord g, AuditContext context) {
            if (!g.legalEntity()) {
                return BRANCH;
            }
            Boolean value = fact.apply(g);
            if (value == null) {
                return Outcome.needsReview(expected + " is required; the host did not report whether there is one");
            }
            return value ? Outcome.pass() : Outcome.fail(expected + " is required; the institution reports none for " + g.year(),
                    Evidence.of("year", g.year()));
        }
    }

    /** At least one dated event in the year, for a legal entity. */
    static final class Yearly extends BuiltInRule<GovernanceProfileRecord> {
        private final java.util.function.Function<GovernanceProfileRecord, List<LocalDate>> dates;
        private final String expected;

        Yearly(String id, String zh, String en, Citation citation, Severity severity,
               java.util.function.Function<GovernanceProfileRecord, List<LocalDate>> dates, String expected) {
            super(SubjectKind.GOVERNANCE_PROFILE, id, zh, en, citation, severity);
            this.dates = dates;
            this.expected = expected;
        }

        @Override
        public Outcome check(GovernanceProfileRecord g, AuditContext context) {
            if (!g.legalEntity()) {
                return BRANCH;
            }
            for (LocalDate d : dates.apply(g)) {
                if (d.getYear() == g.year()) {
                    return Outcome.pass("on " + d, Evidence.of("date", d));
                }
            }
            if (!yearOver(g, context)) {
                return Outcome.notApplicable(g.year() + " is not over");
            }
            return Outcome.fail("at least one " + expected + " in " + g.year() + "; none recorded",
                    Evidence.of("dates", dates.apply(g)));
        }
    }

    static final class Training extends BuiltInRule<GovernanceProfileRecord> {
        Training() {
            super(SubjectKind.GOVERNANCE_PROFILE, "CP-GOV-005", "未对全体员工开展年度消费者权益保护培训",
                    "No consumer-protection training in the year for every staff level", Citations.pboc("art. 10"), Severity.MEDIUM);
        }

        @Override
        public Outcome check(GovernanceProfileRecord g, AuditContext context) {
            List<String> missing = new ArrayList<>();
            for (String level : context.parameters().trainingStaffLevels()) {
                Integer n = g.trainingSessionsByStaffLevel().get(level);
                if (n == null || n < 1) {
                    missing.add(level);
                }
            }
            if (missing.isEmpty()) {
                return Outcome.pass();
            }
            if (!yearOver(g, context)) {
                return Outcome.notApplicable(g.year() + " is not over; still untrained: " + missing);
            }
            return Outcome.fail("at least one training in " + g.year() + " for every staff level; none for " + missing,
                    Evidence.of("trainingSessionsByStaffLevel", new java.util.TreeMap<>(g.trainingSessionsByStaffLevel())));
        }
    }

    static final class EmergencyPlan extends BuiltInRule<GovernanceProfileRecord> {
        EmergencyPlan() {
            super(SubjectKind.GOVERNANCE_PROFILE, "CP-GOV-006", "未制定重大投诉及突发事件应急预案", "No emergency plan",
                    Citation.of("NFRA Order 2020 No. 3 art. 29; seed 001", "", "A"), Severity.HIGH);
        }

        @Override
        public Outcome check(GovernanceProfileRecord g, AuditContext context) {
            if (!g.legalEntity()) {
                return BRANCH;
            }
            LocalDate adopted = g.emergencyPlanAdopted();
            if (adopted != null && adopted.getYear() <= g.year()) {
                return Outcome.pass();
            }
            return Outcome.fail("an emergency plan for major complaints in force in " + g.year() + "; "
                    + (adopted == null ? "none adopted" : "adopted only on " + adopted), Evidence.of("emergencyPlanAdopted", adopted));
        }
    }

    static final class ComplaintDisclosure extends BuiltInRule<GovernanceProfileRecord> {
        ComplaintDisclosure() {
            super(SubjectKind.GOVERNANCE_PROFILE, "CP-GOV-007", "未按年度披露投诉数据", "No annual complaint disclosure",
                    Citations.pboc("art. 38"), Severity.MEDIUM);
        }

        @Override
        public Outcome check(GovernanceProfileRecord g, AuditContext context) {
            if (!g.legalEntity()) {
                return BRANCH;
            }
            if (g.complaintDisclosure() != null) {
                return Outcome.pass();
            }
            LocalDate due = LocalDate.of(g.year() + 1, 12, 31);
            if (!context.asOfDate().isAfter(due)) {
                return Outcome.notApplicable("the " + g.year() + " disclosure is not due before " + due);
            }
            return Outcome.fail("complaint data and analysis for " + g.year() + " published by " + due + "; not published",
                    Evidence.of("complaintDisclosure", ""));
        }
    }

    static final class SelfAssessment extends BuiltInRule<GovernanceProfileRecord> {
        SelfAssessment() {
            super(SubjectKind.GOVERNANCE_PROFILE, "CP-GOV-008", "未于1月31日前报送年度自评估", "PBoC self-assessment not submitted by 31 January",
                    Citations.pboc("art. 56"), Severity.MEDIUM);
        }

        @Override
        public Outcome check(GovernanceProfileRecord g, AuditContext context) {
            LocalDate due = LocalDate.of(g.year() + 1, 1, 31);
            LocalDate submitted = g.selfAssessmentSubmitted();
            if (submitted != null) {
                long late = ChronoUnit.DAYS.between(due, submitted);
                return late > 0 ? Outcome.fail("the " + g.year() + " self-assessment is due " + due + "; submitted " + submitted
                        + ": " + BuiltInRule.days(late) + " late", Evidence.of("selfAssessmentSubmitted", submitted))
                        : Outcome.pass();
            }
            if (!context.asOfDate().isAfter(due)) {
                return Outcome.notApplicable("the " + g.year() + " self-assessment is not due before " + due);
            }
            return Outcome.fail("the " + g.year() + " self-assessment is due " + due + "; not submitted by " + context.asOfDate(),
                    Evidence.of("selfAssessmentSubmitted", ""));
        }
    }

    static final class Appraisal extends BuiltInRule<GovernanceProfileRecord> {
        private static final Set<String> RATES = Set.of("TIMELINESS_RATE", "PASS_RATE");

        Appraisal() {
            super(SubjectKind.GOVERNANCE_PROFILE, "CP-GOV-009", "以投诉数量作为唯一考核指标", "Appraisal based on complaint count alone",
                    Citations.pboc("art. 11"), Severity.MEDIUM);
        }

        @Override
        public Outcome check(GovernanceProfileRecord g, AuditContext context) {
            Set<String> indicators = g.complaintAppraisalIndicators();
            if (indicators.isEmpty()) {
                return Outcome.notApplicable("no staff appraisal of complaint work reported");
            }
            if (indicators.stream().anyMatch(RATES::contains)) {
                return Outcome.pass();
            }
            if (indicators.equals(Set.of("COMPLAINT_COUNT"))) {
                return Outcome.fail("appraisal uses the timeliness rate and pass rate, never complaint count alone; indicators: "
                        + new TreeSet<>(indicators), Evidence.of("complaintAppraisalIndicators", new TreeSet<>(indicators)));
            }
            return Outcome.needsReview("appraisal uses the timeliness rate and pass rate; indicators reported: "
                    + new TreeSet<>(indicators), Evidence.of("complaintAppraisalIndicators", new TreeSet<>(indicators)));
        }
    }

    static final class PartnerList extends BuiltInRule<GovernanceProfileRecord> {
        PartnerList() {
            super(SubjectKind.GOVERNANCE_PROFILE, "CP-GOV-010", "未建立合作机构准入退出名单", "No partner admission and exit list",
                    Citations.seed("seed 001 and 002: partner institutions within the cooperation scope"), Severity.MEDIUM);
        }

        @Override
        public Outcome check(GovernanceProfileRecord g, AuditContext context) {
            if (!g.legalEntity()) {
                return BRANCH;
            }
            LocalDate reviewed = g.partnerListReviewed();
            if (reviewed != null && reviewed.getYear() == g.year()) {
                return Outcome.pass();
            }
            if (reviewed != null && !yearOver(g, context)) {
                return Outcome.notApplicable("list last reviewed " + reviewed + "; " + g.year() + " is not over");
            }
            return Outcome.fail("a partner admission and exit list reviewed in " + g.year() + "; "
                    + (reviewed == null ? "no list is kept" : "last reviewed " + reviewed), Evidence.of("partnerListReviewed", reviewed));
        }
    }

    // ---------------------------------------------------------------- privacy

    static final class SharingConsent extends BuiltInRule<DataSharingRecord> {
        SharingConsent() {
            super(SubjectKind.DATA_SHARING, "CP-PRIVACY-001", "未经同意提供个人金融信息", "Data shared without consent",
                    Citation.of("PBoC Order 2020 No. 5 arts 28–33; PIPL arts 13, 29", "", "A"), Severity.HIGH);
        }

        @Override
        public Outcome check(DataSharingRecord d, AuditContext context) {
            if (!"CONSENT".equals(d.legalBasis())) {
                return Outcome.notApplicable("legal basis " + d.legalBasis() + ", not consent");
            }
            if (isBlank(d.consentReference())) {
                return Outcome.fail("sharing on the basis of consent references the customer's consent; none is referenced",
                        Evidence.of("legalBasis", d.legalBasis()), Evidence.of("consentReference", ""));
            }
            if (d.sensitive() && !d.separateConsent()) {
                return Outcome.fail("sensitive data (financial accounts) needs separate consent (PIPL art. 29); none recorded",
                        Evidence.of("sensitive", true), Evidence.of("separateConsent", false));
            }
            return Outcome.pass();
        }
    }

    static final class SharingScope extends BuiltInRule<DataSharingRecord> {
        private static final Set<String> LEGAL = Set.of("REGULATOR", "JUDICIAL");

        SharingScope() {
            super(SubjectKind.DATA_SHARING, "CP-PRIVACY-002", "超出合作范围提供个人金融信息", "Data shared beyond the cooperation scope",
                    Citation.of("PIPL art. 6; seed 001 and 002 (合作范围, 要素最小化)", "", "B"), Severity.HIGH);
        }

        @Override
        public Outcome check(DataSharingRecord d, AuditContext context) {
            if (LEGAL.contains(d.recipientKind())) {
                return Outcome.notApplicable("provided to a " + d.recipientKind() + " under a legal obligation");
            }
            if (d.agreedFields().isEmpty()) {
                return Outcome.fail("sharing stays within a cooperation agreement's scope; no agreed scope is recorded",
                        Evidence.of("recipient", d.recipient()), Evidence.of("fields", new TreeSet<>(d.fields())));
            }
            Set<String> extra = new TreeSet<>(d.fields());
            extra.removeAll(d.agreedFields());
            if (!extra.isEmpty()) {
                return Outcome.fail("fields within the agreed scope " + new TreeSet<>(d.agreedFields()) + "; also shared " + extra,
                        Evidence.of("fields", new TreeSet<>(d.fields())), Evidence.of("agreedFields", new TreeSet<>(d.agreedFields())));
            }
            return Outcome.pass();
        }
    }

    static final class CrossBorder extends BuiltInRule<DataSharingRecord> {
        CrossBorder() {
            super(SubjectKind.DATA_SHARING, "CP-PRIVACY-003", "个人金融信息出境未进行安全评估", "Cross-border transfer without an assessment record",
                    Citation.of("JR/T 0171-2020 §7.1.3 d; PIPL arts 38–39, 55–56", "", "B"), Severity.CRITICAL);
        }

        @Override
        public Outcome check(DataSharingRecord d, AuditContext context) {
            if ("CN".equals(d.destinationCountry())) {
                return Outcome.notApplicable("processed in China mainland");
            }
            if (isBlank(d.assessmentReference())) {
                return Outcome.fail("a transfer to " + d.destinationCountry() + " has a security assessment record; none is referenced",
                        Evidence.of("destinationCountry", d.destinationCountry()), Evidence.of("assessmentReference", ""));
            }
            return Outcome.pass();
        }
    }

    static final class C3Stored extends BuiltInRule<StoredDataRecord> {
        C3Stored() {
            super(SubjectKind.STORED_DATA, "CP-PRIVACY-004", "违规存储C3类个人金融信息", "C3 data stored",
                    Citation.of("JR/T 0171-2020 (C3 at rest only salted and irreversible; never on terminals or apps)", "", "C"),
                    Severity.CRITICAL);
        }

        @Override
        public Outcome check(StoredDataRecord s, AuditContext context) {
            if (!"C3".equals(s.dataClass())) {
                return Outcome.notApplicable(s.dataClass() + " data");
            }
            if (s.terminalOrApp()) {
                return Outcome.fail("terminals and apps store no C3 data; " + s.system() + " keeps " + s.field(),
                        Evidence.of("terminalOrApp", true), Evidence.of("storageForm", s.storageForm()));
            }
            if (!"SALTED_HASH".equals(s.storageForm())) {
                return Outcome.fail("C3 data at rest only in a salted irreversible form; " + s.field() + " is kept " + s.storageForm(),
                        Evidence.of("storageForm", s.storageForm()));
            }
            return Outcome.pass();
        }
    }
}
