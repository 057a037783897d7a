package io.consumerprotection.examples.host.demo;

import io.consumerprotection.core.appraisal.AppraisalPeriod;
import io.consumerprotection.core.appraisal.IndicatorId;
import io.consumerprotection.core.review.Checklist;
import io.consumerprotection.core.review.MarketingChannel;
import io.consumerprotection.core.review.MarketingItem;
import io.consumerprotection.core.review.NotApprovedException;
import io.consumerprotection.core.review.Review;
import io.consumerprotection.core.review.ReviewBook;
import io.consumerprotection.core.review.ReviewId;
import io.consumerprotection.core.review.ReviewIndicators;
import io.consumerprotection.core.review.ReviewOutcome;
import io.consumerprotection.core.review.ReviewRecords;
import io.consumerprotection.core.review.ReviewScanner;
import io.consumerprotection.core.review.ReviewStatistics;
import io.consumerprotection.core.review.ReviewSubject;
import io.consumerprotection.core.review.ReviewSubjectKind;
import io.consumerprotection.core.review.Launch;
import io.consumerprotection.core.review.ScanFinding;
import io.consumerprotection.core.review.ScanKind;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import io.consumerprotection.jdbc.JdbcReviewStore;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo's review step (消保审查): reviews a handful of products and marketing items of the year, scans the
 * marketing copy, withdraws the items whose scan finds a banned claim, shows the launch gate refusing them, keeps
 * everything in the host's {@link JdbcReviewStore}, and adds the review figures to the report.
 */
final class DemoReviews {

    private DemoReviews() {
    }

    static void run(int year, JdbcHost host, PrintStream out, Report report) {
        out.println("11. consumer-protection review (消保审查)");
        Checklist checklist = Checklist.builtIn();
        ReviewScanner scanner = ReviewScanner.builtIn();
        LocalDate d = LocalDate.of(year, 2, 3);
        String[][] products = {{"PRODUCT", "zxy-sd", "“智享盈”结构性存款"}, {"SYSTEM", "mobile-app", "手机银行APP V5.0"},
            {"PRODUCT", "x-shandai", "个人线上消费贷“X闪贷”"}, {"SERVICE", "care-app", "关爱版手机银行"}};
        ReviewBook book = ReviewBook.empty();
        List<Launch> launches = new ArrayList<>();
        int n = 0;
        for (String[] p : products) {
            ReviewSubject s = ReviewSubject.of(ReviewSubjectKind.valueOf(p[0]), p[1], p[2]);
            Review r = Review.request(ReviewId.of("RV-" + year + "-" + (++n)), s, "1.0", "个人金融部", d.plusDays(7L * n),
                    checklist);
            r = r.withSuggestion(r.itemIds().get(0), "补充风险揭示与投诉渠道", r.requestedOn().plusDays(10))
                    .withSuggestion(r.itemIds().get(r.itemIds().size() - 1), "显著展示客服热线", r.requestedOn().plusDays(10))
                    .decide(ReviewOutcome.PASSED_WITH_CONDITIONS, r.requestedOn().plusDays(3))
                    .adopt(1, r.requestedOn().plusDays(6)).adopt(2, r.requestedOn().plusDays(8));
            book = book.with(r);
            launches.add(new Launch(s, "1.0", r.requestedOn().plusDays(5)));
        }
        launches.add(new Launch(ReviewSubject.of(ReviewSubjectKind.PRODUCT, "pension-wm", "养老理财代销"), "1.0",
                d.plusMonths(5)));
        String[][] copy = {{"script-01", "理财话术01", "本产品保本保息，稳赚不赔，仅限今日！"},
            {"poster-02", "大额存单海报", "大额存单是存款，纳入存款保险保障范围。"},
            {"sms-03", "理财到期短信", "理财非存款，产品有风险，投资须谨慎。本产品不保本。"},
            {"page-04", "基金专区页面", "零风险高收益，收益全网最高，政府背书！"},
            {"script-05", "信用卡分期话术", "分期手续费以账单为准，您可随时提前还款。"}};
        int withdrawn = 0;
        int findings = 0;
        for (String[] c : copy) {
            ReviewSubject s = ReviewSubject.of(ReviewSubjectKind.MARKETING, c[0], c[1]);
            Review r = Review.request(ReviewId.of("RV-" + year + "-" + (++n)), s, "1", "个人金融部", d.plusDays(40 + n),
                    checklist);
            List<ScanFinding> f = scanner.scan(ScanKind.MARKETING, c[2]);
            findings += f.size();
            for (ScanFinding x : f) {
                r = r.withFinding("MKT-01", x.ruleId() + " “" + x.quote() + "”");
            }
            r = r.decide(f.isEmpty() ? ReviewOutcome.PASSED : ReviewOutcome.FAILED, r.requestedOn().plusDays(1));
            book = book.with(r).with(MarketingItem.active(s, "1", MarketingChannel.SCRIPT, c[2]));
            if (!f.isEmpty()) {
                book = book.withdraw(c[0], f.size() + " 处违规表述", r.id(), r.requestedOn().plusDays(2));
                withdrawn++;
            }
        }
        int refused = 0;
        for (String[] c : copy) {
            try {
                book.requireApproved(c[0], "1");
            } catch (NotApprovedException e) {
                refused++;
            }
        }
        ReviewRecords.saveAll(book, new JdbcReviewStore(host.dataSource()));
        ReviewStatistics st = ReviewStatistics.of(book.reviews(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                LocalDate.of(year, 12, 31));
        var coverage = ReviewIndicators.derive(book, launches, new AppraisalPeriod(LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31))).find(IndicatorId.PRODUCT_PRE_REVIEW_COVERAGE).orElseThrow();
        out.printf(Locale.ROOT, "   %d reviews, %d suggestions (%d adopted), %d scanner findings, %d marketing items "
                + "withdrawn, %d refused by the gate, pre-review coverage %s%n", st.reviews(), st.suggestions(),
                st.adopted(), findings, withdrawn, refused, coverage.value().stripTrailingZeros().toPlainString());
        report.headline("reviews / suggestions adopted", st.reviews() + " · " + st.adopted() + "/"
                + st.suggestions() + " (" + st.adoptionRate().map(r -> r.movePointRight(2).stripTrailingZeros()
                        .toPlainString() + "%").orElse("-") + ")");
        report.headline("marketing items withdrawn", withdrawn + "/" + copy.length);
        report.table(new Report.Table("消保审查 by subject kind", List.of("kind", "审查对象", "reviews"),
                st.byKind().entrySet().stream().map(e -> List.of(e.getKey().name(), e.getKey().chineseName(),
                        Integer.toString(e.getValue()))).toList()));
    }
}
