package io.consumerprotection.examples.host.demo;

import io.consumerprotection.core.audit.AuditContext;
import io.consumerprotection.core.audit.AuditRun;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.Finding;
import io.consumerprotection.core.audit.FindingKind;
import io.consumerprotection.core.rectification.Accountability;
import io.consumerprotection.core.rectification.AccountabilityOutcome;
import io.consumerprotection.core.rectification.RectificationId;
import io.consumerprotection.core.rectification.RectificationItem;
import io.consumerprotection.core.rectification.Rectifications;
import io.consumerprotection.core.reporting.Advice;
import io.consumerprotection.core.reporting.ComplaintReporting;
import io.consumerprotection.core.reporting.QuarterlyBulletin;
import io.consumerprotection.core.reporting.ReportKind;
import io.consumerprotection.core.statistics.ReportingPeriod;
import io.consumerprotection.core.warning.AlertKind;
import io.consumerprotection.core.warning.HotSpotAlert;
import io.consumerprotection.core.warning.HotSpotNotices;
import io.consumerprotection.core.warning.HotSpotWatch;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import io.consumerprotection.core.partner.PartnerComplaints;
import io.consumerprotection.core.partner.PartnerId;
import io.consumerprotection.jdbc.JdbcPartnerRegistry;
import io.consumerprotection.jdbc.JdbcRectificationStore;
import io.consumerprotection.examples.host.reporting.ReportHtml;
import io.consumerprotection.examples.host.reporting.ReportJson;
import io.consumerprotection.examples.host.reporting.ReportSheet;
import io.consumerprotection.examples.host.reporting.ReportXlsx;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The demo's reporting step: plants one surge (card fees at one branch, in a week of the third quarter) by storing
 * its complaints through the demo's complaint store, reads the year's complaints back from the store, computes the quarterly 通报 in one pass with the hot-spot watch, writes it as
 * HTML, XLSX and JSON, sends the alert through the outbox, and follows a rectification item drafted from the
 * alert's advice to verified closure with an accountability record, then audits it.
 */
final class DemoReporting {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DemoReporting() {
    }

    /** The partner the planted agency-sale complaints name (admitted, then blacklisted by the oversight step). */
    static final String PLANTED_PARTNER = "P-INS-02";

    static void run(JdbcHost host, int year, Path dir, PrintStream out, Report report) {
        ReportingPeriod q3 = ReportingPeriod.quarter(year, 3);
        LocalDate surgeDay = LocalDate.of(year, 9, 10);
        String unit = busiestUnit(host, q3);
        List<ComplaintRecord> planted = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Instant at = surgeDay.plusDays(i % 3).atTime(LocalTime.of(9, 0).plusMinutes(17L * i)).atZone(ZONE).toInstant();
            String id = String.format(Locale.ROOT, "SURGE-%d-%02d", year, i + 1);
            planted.add(host.complaintStore().save(new ComplaintRecord(id, 1, "HOTLINE", "PLANTED-" + id, "01",
                    new ComplainantRecord("PERSON", "PLANTED-" + (i % 20), null, "SELF", null, 1), "", "", "",
                    Map.of("BUSINESS", "06021", "CAUSE", "0701", "SOURCE", "01"), "ORDINARY", "RECEIVED", at, unit, "", "",
                    null, List.of(new TimelineEventRecord(1, "RECEIVED", at, "DEMO", "", Map.of())), Map.of()), 0));
        }
        // seed 003: complaints about an agency-sold insurer's policies, 1 a week in Q3, none in Q2
        for (int i = 0; i < 13; i++) {
            Instant at = q3.start().plusDays(7L * i + 2).atTime(11, 0).atZone(ZONE).toInstant();
            String id = String.format(Locale.ROOT, "PARTNER-%d-%02d", year, i + 1);
            planted.add(host.complaintStore().save(new ComplaintRecord(id, 1, "HOTLINE", "PLANTED-" + id, "01",
                    new ComplainantRecord("PERSON", "PLANTED-P" + i, null, "SELF", null, 1), PLANTED_PARTNER, "", "",
                    Map.of("BUSINESS", "1101", "CAUSE", "0701", "SOURCE", "01"), "ORDINARY", "RECEIVED", at, unit, "", "",
                    null, List.of(new TimelineEventRecord(1, "RECEIVED", at, "DEMO", "", Map.of())), Map.of()), 0));
        }
        java.util.Set<PartnerId> partners = new JdbcPartnerRegistry(host.dataSource()).findAll().stream()
                .map(p -> PartnerId.of(p.id())).collect(java.util.stream.Collectors.toSet());
        QuarterlyBulletin bulletin;
        ComplaintReporting run = ComplaintReporting.builder(ReportKind.QUARTERLY_BULLETIN, q3)
                .watch(HotSpotWatch.builder(LocalDate.of(year, 1, 1), q3.end())
                        .detector(PartnerComplaints.of(partners).detector(q3.start(), q3.end(), ZONE)).build()).build();
        try (Stream<ComplaintRecord> stored = host.complaintStore().stream(ComplaintQuery.all())) {
            bulletin = (QuarterlyBulletin) run.compute(stored);
        }
        ReportSheet sheet = ReportSheet.of(bulletin);
        String base = "bulletin-" + q3;
        try {
            Files.writeString(dir.resolve(base + ".html"), ReportHtml.render(sheet), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(base + ".json"), ReportJson.write(sheet), StandardCharsets.UTF_8);
            try (OutputStream o = Files.newOutputStream(dir.resolve(base + ".xlsx"))) {
                ReportXlsx.write(sheet, o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.printf(Locale.ROOT, "   %s: %,d complaints in the quarter, %d alerts, %d advice; written as %s.html, .xlsx, .json%n",
                bulletin.header().titleZh(), bulletin.table().total().current(), bulletin.alerts().size(),
                bulletin.advice().size(), base);
        HotSpotAlert alert = bulletin.alerts().stream().filter(a -> a.kind() == AlertKind.SURGE && a.unit().equals(unit)
                && a.cell().get(0).equals("06") && a.cell().get(1).equals("07")).findFirst().orElse(null);
        if (alert == null) {
            out.println("   the planted surge was NOT detected");
            report.headline("planted surge detected", "未识别 / not detected");
            return;
        }
        out.println("   alert: " + alert.explanation());
        Instant sent = q3.end().plusDays(1).atTime(9, 0).atZone(ZONE).toInstant();
        int notices = HotSpotNotices.send(List.of(alert), host.notificationSender(), sent);
        List<HotSpotAlert> partnerAlerts = bulletin.alerts().stream().filter(a -> a.kind() == AlertKind.PARTNER_COUNT_RISE
                || a.kind() == AlertKind.PARTNER_SHARE_RISE).toList();
        int partnerNotices = HotSpotNotices.send(partnerAlerts, host.notificationSender(), sent);
        out.printf(Locale.ROOT, "   partner alerts (seed 003): %d, %d notifications to the consumer-protection department%n",
                partnerAlerts.size(), partnerNotices);
        partnerAlerts.forEach(a -> out.println("   alert: " + a.explanation()));
        report.headline("partner complaints rose (early warning)", partnerAlerts.isEmpty() ? "0"
                : String.join("；", partnerAlerts.stream().map(a -> a.kind().chinese() + " " + a.cell().get(0) + "：" + a.observed()
                        + " 件（上期或按上期占比 " + a.expectedRounded() + " 件）").toList()));
        Advice advice = bulletin.advice().stream().filter(a -> a.key().equals("ALERT:SURGE:" + String.join("|", alert.cell())))
                .findFirst().orElseThrow();
        Rectifications register = Rectifications.on(new JdbcRectificationStore(host.dataSource()));
        RectificationItem item = register.open(advice.draft(RectificationId.of("RECT-" + q3 + "-001"), bulletin.header().id(),
                unit, "BRANCH-HEAD", q3.end().plusDays(45), sent, ZONE));
        List<String> steps = new ArrayList<>();
        steps.add(item.status(sent, ZONE).chinese());
        item = register.save(item.withPlan("逐笔核查信用卡收费投诉，退还误收费用，修订收费告知话术并培训").start(sent.plusSeconds(86_400)));
        steps.add(item.status(sent.plusSeconds(86_400), ZONE).chinese());
        Instant done = sent.plusSeconds(86_400L * 20);
        item = register.save(item.complete(done, List.of("DOC-REFUND-LIST", "DOC-SCRIPT-V2", "DOC-TRAINING-SIGNIN")));
        steps.add(item.status(done, ZONE).chinese());
        Instant verified = done.plusSeconds(86_400L * 5);
        item = register.save(item.verify(verified, "CP-DEPT"));
        steps.add(item.status(verified, ZONE).chinese());
        register.hold(Accountability.of(RectificationId.of("ACC-" + q3 + "-001"), item.id(), "BRANCH-HEAD",
                "收费告知不到位引发集中投诉", AccountabilityOutcome.ADMONITION, verified));
        List<Finding> findings = new ArrayList<>();
        AuditRun.builder(BuiltInRules.rectification(), AuditContext.builder(verified.plusSeconds(86_400L * 30)).build())
                .rectifications(new JdbcRectificationStore(host.dataSource()))
                .emit(java.util.EnumSet.allOf(FindingKind.class)).build().execute(findings::add);
        long failed = findings.stream().filter(f -> f.kind() == FindingKind.FAIL).count();
        out.printf(Locale.ROOT, "   %d notifications to the consumer-protection department and the unit head; rectification %s: %s;"
                + " audit CP-RECT-*: %d checks, %d failed%n", notices, item.id(), String.join(" → ", steps), findings.size(), failed);
        report.headline("planted surge detected", alert.cellNameZh() + " " + alert.from() + "：" + alert.observed() + " 件（预期 "
                + alert.expectedRounded() + " 件）");
        report.headline("rectification followed to closure", item.id() + ": " + String.join(" → ", steps));
        report.table(new Report.Table("热点预警与整改 / hot-spot alert and its rectification",
                List.of("预警 / alert", "概率 / P", "整改事项 / item", "状态 / status", "佐证 / evidence", "问责 / accountability"),
                List.of(List.of(alert.explanation(), alert.probabilityText(), item.id().value(), String.join(" → ", steps),
                        String.join(", ", item.evidence()), AccountabilityOutcome.ADMONITION.chinese()))));
    }

    private static String busiestUnit(JdbcHost host, ReportingPeriod q) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        try (Stream<ComplaintRecord> s = host.complaintStore().stream(ComplaintQuery.all())) {
            s.filter(r -> r.receivingUnit() != null && q.contains(r.receivedAt().atZone(ZONE).toLocalDate()))
                    .forEach(r -> counts.merge(r.receivingUnit(), 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse("BR-0101");
    }
}
