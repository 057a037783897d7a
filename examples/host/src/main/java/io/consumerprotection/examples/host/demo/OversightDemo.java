package io.consumerprotection.examples.host.demo;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.audit.AuditContext;
import io.consumerprotection.core.audit.AuditRun;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.Finding;
import io.consumerprotection.core.audit.FindingKind;
import io.consumerprotection.core.audit.SubjectKind;
import io.consumerprotection.core.inspection.CadenceKind;
import io.consumerprotection.core.inspection.CadencePeriod;
import io.consumerprotection.core.inspection.CadenceSchedule;
import io.consumerprotection.core.inspection.Checklist;
import io.consumerprotection.core.inspection.InspectionKind;
import io.consumerprotection.core.inspection.InspectionPlan;
import io.consumerprotection.core.inspection.InspectionReport;
import io.consumerprotection.core.inspection.Inspections;
import io.consumerprotection.core.inspection.ProblemFound;
import io.consumerprotection.core.inspection.ServiceInspection;
import io.consumerprotection.core.partner.EvaluationConclusion;
import io.consumerprotection.core.partner.Partner;
import io.consumerprotection.core.partner.PartnerActivity;
import io.consumerprotection.core.partner.PartnerDirectory;
import io.consumerprotection.core.partner.PartnerFacts;
import io.consumerprotection.core.partner.PartnerId;
import io.consumerprotection.core.partner.PartnerKind;
import io.consumerprotection.core.partner.PartnerSubject;
import io.consumerprotection.core.partner.ProtectionAgreement;
import io.consumerprotection.core.privacy.AffectedConsumers;
import io.consumerprotection.core.privacy.DataIncident;
import io.consumerprotection.core.privacy.FieldType;
import io.consumerprotection.core.privacy.IncidentDue;
import io.consumerprotection.core.privacy.IncidentId;
import io.consumerprotection.core.privacy.IncidentRegister;
import io.consumerprotection.core.privacy.IncidentReport;
import io.consumerprotection.core.rectification.RectificationId;
import io.consumerprotection.core.rectification.RectificationItem;
import io.consumerprotection.core.rectification.RectificationSource;
import io.consumerprotection.core.rectification.Rectifications;
import io.consumerprotection.core.rectification.SourceReference;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import io.consumerprotection.jdbc.JdbcIncidentStore;
import io.consumerprotection.jdbc.JdbcInspectionStore;
import io.consumerprotection.jdbc.JdbcPartnerRegistry;
import io.consumerprotection.jdbc.JdbcRectificationStore;
import io.consumerprotection.spi.audit.ProductSaleRecord;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The demo's oversight step: a quarter of mystery-shopper inspections over the demo branches (seed 000's six
 * aspects, problems as rectification items), the three-level cadence, partners admitted, evaluated and one
 * blacklisted (seed 003), and one personal-data incident through its 72 hours (PBoC Order 2020 No. 5 art. 34); the
 * audit rules over them; a report section. Incidents, partners and inspections are kept in the host's database
 * (V8), the rectification items of the inspections and of the incident too (V7, the JDBC rectification store), and
 * the report's table of items is read back from there. The cadence's daily reminders follow the bundled China
 * mainland calendar.
 */
final class OversightDemo {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private OversightDemo() {
    }

    static void run(JdbcHost host, ConsumerProtection cp, SimulatedClock clock, int year, long seed, PrintStream out,
                    Report report) {
        Instant restore = clock.instant();
        Rectifications rectifications = Rectifications.on(new JdbcRectificationStore(host.dataSource()));
        Inspections inspections = Inspections.of(new JdbcInspectionStore(host.dataSource()), rectifications, cp.auditTrail(),
                clock, CHINA);
        PartnerDirectory partners = PartnerDirectory.of(new JdbcPartnerRegistry(host.dataSource()), cp.auditTrail(), clock, CHINA);
        IncidentRegister incidents = IncidentRegister.of(new JdbcIncidentStore(host.dataSource()), cp.auditTrail(), clock);
        try {
            List<ServiceInspection> done = quarter(inspections, clock, year, seed);
            List<CadencePeriod> cadence = cadence(inspections, clock, year);
            List<ProductSaleRecord> sales = partners(partners, clock, year);
            DataIncident incident = incident(incidents, rectifications, clock, year);

            clock.set(restore);
            AuditContext ctx = AuditContext.builder(restore).zone(CHINA).build();
            List<Finding> findings = new ArrayList<>();
            List<PartnerActivity> activity = PartnerFacts.activities(partners, sales.stream(), Stream.empty(), CHINA).toList();
            List<PartnerSubject> subjects = PartnerFacts.partners(partners, Stream.empty(),
                    LocalDate.of(year, 1, 1).atStartOfDay(CHINA).toInstant(), restore);
            AuditRun.builder(BuiltInRules.named("governance,privacy"), ctx)
                    .facts(SubjectKind.CADENCE_PERIOD, cadence::stream).facts(SubjectKind.PARTNER, subjects::stream)
                    .facts(SubjectKind.PARTNER_ACTIVITY, activity::stream)
                    .facts(SubjectKind.DATA_INCIDENT, () -> incidents.discoveredBetween(Instant.EPOCH, restore).stream())
                    .build().execute(findings::add);

            int problems = done.stream().mapToInt(i -> i.problems().size()).sum();
            long onSpot = done.stream().flatMap(i -> i.problems().stream()).filter(p -> p.fixedOnSpot()).count();
            out.printf(Locale.ROOT, "   %d mystery-shopper inspections in Q2, mean score %.1f%%, %d problems (%d fixed on the spot)%n",
                    done.size(), done.stream().mapToDouble(ServiceInspection::percent).average().orElse(0), problems, onSpot);
            out.printf(Locale.ROOT, "   %d partners, %s; incident %s: %s%n", partners.all().size(),
                    partners.all().stream().map(p -> p.id() + " " + p.status()).toList(), incident.id(),
                    incidents.clock().evaluate(incident, restore).stream().map(d -> d.duty() + " " + d.status()).toList());
            out.printf(Locale.ROOT, "   audit findings (fail): %s%n", findings.stream().filter(f -> f.kind() == FindingKind.FAIL)
                    .map(f -> f.ruleId().value() + " " + f.subjectId()).toList());

            report.headline("mystery-shopper inspections (Q2)", String.format(Locale.ROOT,
                    "%d 次，平均得分 %.1f%%，问题 %d 个（当场整改 %d 个）", done.size(),
                    done.stream().mapToDouble(ServiceInspection::percent).average().orElse(0), problems, onSpot));
            report.table(new Report.Table("服务检查 · service inspections Q2 " + year + " (checklist "
                    + Checklist.service6().id() + " " + Checklist.service6().version() + ", seed 000)",
                    List.of("网点 branch", "日期 day", "得分 score", "问题 problems", "整改项 rectification items"),
                    done.stream().map(i -> List.of(i.unitId(), i.on().toString(), i.totalScore() + "/" + i.maxScore(),
                            Integer.toString(i.problems().size()), String.join(" ", i.problems().stream()
                                    .map(p -> p.rectification().value() + (p.fixedOnSpot() ? "(当场)" : "")).toList()))).toList()));
            report.table(new Report.Table("合作机构 · partners (seed 003)",
                    List.of("机构 partner", "类型 kind", "状态 status", "下次评估 next evaluation", "最近原因 latest reason"),
                    partners.all().stream().map(p -> List.of(p.id().value() + " " + p.name(), p.kind().titleZh(),
                            p.status().titleZh(), String.valueOf(p.nextEvaluationDue()),
                            p.history().get(p.history().size() - 1).reason())).toList()));
            // read back from the host's database: the items of this step's inspections and incident
            Set<String> sources = new java.util.HashSet<>();
            done.forEach(i -> sources.add(i.id()));
            sources.add(incident.id().value());
            List<RectificationItem> stored = Rectifications.on(new JdbcRectificationStore(host.dataSource())).all().stream()
                    .filter(i -> sources.contains(i.source().reference())).toList();
            report.table(new Report.Table("整改事项 · rectification items of the inspections and the incident (stored, V7)",
                    List.of("事项 item", "来源 source", "责任单位 unit", "到期 due", "状态 status"),
                    stored.stream().map(i -> List.of(i.id().value(), i.source().kind().chinese() + " " + i.source().reference(),
                            i.ownerUnit(), i.dueDate().toString(), i.status(restore, CHINA).chinese())).toList()));
            out.printf(Locale.ROOT, "   %d rectification items stored and read back (%d open or overdue)%n", stored.size(),
                    stored.stream().filter(i -> i.status(restore, CHINA) == io.consumerprotection.core.rectification.RectificationStatus.OPEN
                            || i.status(restore, CHINA) == io.consumerprotection.core.rectification.RectificationStatus.OVERDUE).count());
            List<List<String>> dues = new ArrayList<>();
            for (IncidentDue d : incidents.clock().evaluate(incident, restore)) {
                dues.add(List.of(d.duty().titleZh(), d.dueAt().toString(), String.valueOf(d.metAt()), d.status().titleZh()));
            }
            report.table(new Report.Table("个人信息泄露事件 · incident " + incident.id() + " (" + incident.affected().count()
                    + " 位客户, PBoC Order 2020 No. 5 art. 34)", List.of("义务 duty", "到期 due", "完成 met", "状态 status"), dues));
            Map<String, Long> byRule = new LinkedHashMap<>();
            findings.stream().filter(f -> f.kind() == FindingKind.FAIL)
                    .forEach(f -> byRule.merge(f.ruleId().value(), 1L, Long::sum));
            report.headline("oversight rules failed", byRule.isEmpty() ? "0" : byRule.entrySet().stream()
                    .map(e -> e.getKey() + " ×" + e.getValue()).collect(java.util.stream.Collectors.joining(", ")));
        } finally {
            clock.set(restore);
        }
    }

    private static List<ServiceInspection> quarter(Inspections inspections, SimulatedClock clock, int year, long seed) {
        clock.set(LocalDate.of(year, 3, 25).atTime(9, 0).atZone(CHINA).toInstant());
        List<String> branches = DemoDataset.BRANCHES.stream().map(Map.Entry::getKey).toList();
        InspectionPlan plan = inspections.plan("PLAN-" + year + "Q2-MS", InspectionKind.MYSTERY_SHOPPER, "HQ",
                LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30), 50, "SERVICE-6", branches, year + "Q2", "HQ-CP-01");
        Random r = new Random(seed);
        List<ServiceInspection> done = new ArrayList<>();
        int n = 0;
        for (String unit : plan.units()) {
            LocalDate day = LocalDate.of(year, 4, 7).plusDays(n++ * 6L);
            clock.set(day.atTime(17, 0).atZone(CHINA).toInstant());
            Map<String, Integer> scores = new LinkedHashMap<>();
            List<ProblemFound> problems = new ArrayList<>();
            for (Checklist.Aspect a : Checklist.service6().aspects()) {
                int s = 6 + r.nextInt(5);
                scores.put(a.code(), s);
                if (s == 6) {
                    problems.add(ProblemFound.byDeadline(a.code(), a.titleZh() + "不达标, 限期整改", day.plusDays(15)));
                } else if (s == 7) {
                    problems.add(ProblemFound.fixedOnSpot(a.code(), a.titleZh() + "小问题, 现场整改"));
                }
            }
            done.add(inspections.record(new InspectionReport("MS-" + year + "-" + unit, plan.id(), InspectionKind.MYSTERY_SHOPPER,
                    unit, day, "FIRM-MS", "SERVICE-6", scores, problems, "HQ-CP-01")));
        }
        return done;
    }

    private static List<CadencePeriod> cadence(Inspections inspections, SimulatedClock clock, int year) {
        clock.set(LocalDate.of(year, 6, 30).atTime(18, 0).atZone(CHINA).toInstant());
        inspections.recordCadence("BUL-" + year + "Q2", CadenceKind.QUARTERLY_BULLETIN, "HQ", LocalDate.of(year, 6, 28),
                "通报-" + year + "-2", "HQ-CP-01");
        inspections.recordCadence("CHK-" + year + "-04", CadenceKind.MONTHLY_CHECK, "BR-01", LocalDate.of(year, 4, 20), "", "BR01-CP");
        inspections.recordCadence("CHK-" + year + "-06", CadenceKind.MONTHLY_CHECK, "BR-01", LocalDate.of(year, 6, 18), "", "BR01-CP");
        // daily reminders at BR-01 on the working days of the China calendar (holidays owe none, 调休 Saturdays one),
        // two of them missed
        io.consumerprotection.core.calendar.WorkingCalendar china = io.consumerprotection.core.calendar.WorkingCalendars.chinaMainland();
        int n = 0;
        for (LocalDate d = LocalDate.of(year, 4, 1); !d.isAfter(LocalDate.of(year, 6, 30)); d = d.plusDays(1)) {
            if (china.isWorkingDay(d) && n++ % 30 != 29) {
                inspections.recordCadence("REM-" + d, CadenceKind.DAILY_REMINDER, "BR-01", d, "", "BR01-CP");
            }
        }
        CadenceSchedule schedule = CadenceSchedule.of(Map.of(CadenceKind.QUARTERLY_BULLETIN, Set.of("HQ"),
                CadenceKind.MONTHLY_CHECK, Set.of("BR-01"), CadenceKind.DAILY_REMINDER, Set.of("BR-01")), china);
        return inspections.cadence(schedule, LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30));
    }

    private static List<ProductSaleRecord> partners(PartnerDirectory partners, SimulatedClock clock, int year) {
        clock.set(LocalDate.of(year, 1, 10).atTime(10, 0).atZone(CHINA).toInstant());
        Object[][] all = {{"P-INS-01", "某某人寿保险股份有限公司", PartnerKind.INSURER, Set.of(FieldType.NAME, FieldType.MOBILE)},
            {"P-INS-02", "某某财产保险股份有限公司", PartnerKind.INSURER, Set.of(FieldType.NAME)},
            {"P-FUND-01", "某某基金管理有限公司", PartnerKind.FUND_COMPANY, Set.of(FieldType.NAME)},
            {"P-COL-01", "某某资产管理(催收)有限公司", PartnerKind.COLLECTION_AGENCY, Set.of(FieldType.NAME, FieldType.MOBILE, FieldType.LOAN)}};
        for (Object[] p : all) {
            @SuppressWarnings("unchecked")
            Set<FieldType> scope = (Set<FieldType>) p[3];
            PartnerId id = PartnerId.of((String) p[0]);
            partners.apply(id, (String) p[1], (PartnerKind) p[2], "HQ-CP-01");
            partners.admit(id, "HQ-CP-02", ProtectionAgreement.of("AGR-" + p[0], scope, Set.of("FORWARD_COMPLAINTS_1_DAY")),
                    Period.ofMonths(6), "准入评审通过");
        }
        clock.set(LocalDate.of(year, 7, 8).atTime(10, 0).atZone(CHINA).toInstant());
        partners.evaluate(PartnerId.of("P-INS-01"), "HQ-CP-02", LocalDate.of(year, 7, 8), 86, EvaluationConclusion.PASS, "定期评估");
        partners.evaluate(PartnerId.of("P-INS-02"), "HQ-CP-02", LocalDate.of(year, 7, 8), 58, EvaluationConclusion.WATCH,
                "代销投诉占比升至18%(seed 003)");
        clock.set(LocalDate.of(year, 8, 20).atTime(10, 0).atZone(CHINA).toInstant());
        partners.blacklist(PartnerId.of("P-INS-02"), "HQ-CP-03", "专项评估: 误导销售, 列入黑名单");
        return List.of(
                new ProductSaleRecord("SALE-" + year + "-0001", LocalDate.of(year, 3, 3), "CUST-0000001", "INS-LIFE-01",
                        "AGENCY_INSURANCE", 2, 3, 45, "BRANCH", "REC-1", false, false, false).withPartnerId("P-INS-01"),
                new ProductSaleRecord("SALE-" + year + "-0002", LocalDate.of(year, 9, 2), "CUST-0000002", "INS-PROP-07",
                        "AGENCY_INSURANCE", 2, 3, 52, "BRANCH", "REC-2", false, false, false).withPartnerId("P-INS-02"));
    }

    private static DataIncident incident(IncidentRegister incidents, Rectifications rectifications, SimulatedClock clock, int year) {
        Instant found = LocalDate.of(year, 9, 1).atTime(10, 0).atZone(CHINA).toInstant();
        IncidentId id = IncidentId.of("INC-" + year + "-001");
        clock.set(found.plus(Duration.ofMinutes(20)));
        incidents.record(new IncidentReport(id, "BR-03", found, Set.of(FieldType.NAME, FieldType.MOBILE),
                AffectedConsumers.of("PERSONAL_CUSTOMERS", 350), "", false, "BR03-CP"));
        clock.set(found.plus(Duration.ofHours(2)));
        incidents.contain(id, "IT-SEC-01", clock.instant());
        clock.set(found.plus(Duration.ofHours(30)));
        incidents.reportToRegulator(id, "HQ-CP-01", clock.instant(), "PBOC-RCPT-" + year + "-17");
        clock.set(found.plus(Duration.ofHours(60)));
        incidents.notifyConsumers(id, "BR03-CP", clock.instant(), 350, "SMS-BATCH-" + year + "-09");
        clock.set(found.plus(Duration.ofDays(3)));
        incidents.recordCause(id, "IT-SEC-01", "外包人员违规导出营销名单 / an outsourced worker exported a marketing list");
        RectificationItem item = rectifications.open(RectificationItem.open(RectificationId.of("RECT-" + id.value()),
                SourceReference.of(RectificationSource.REGULATOR_OPINION, id.value()), "INCIDENT", "BR-03", "BRANCH_HEAD",
                "收回外包人员导出权限并复核名单 / revoke export rights and review the lists", LocalDate.of(year, 9, 30),
                clock.instant(), CHINA));
        incidents.linkRectification(id, "HQ-CP-01", item.id().value());
        clock.set(found.plus(Duration.ofDays(10)));
        return incidents.close(id, "HQ-CP-01", clock.instant());
    }
}
