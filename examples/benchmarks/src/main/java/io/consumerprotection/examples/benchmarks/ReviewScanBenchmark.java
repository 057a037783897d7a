package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.review.ReviewScanner;
import io.consumerprotection.core.review.ScanDictionary;
import io.consumerprotection.core.review.ScanFinding;
import io.consumerprotection.core.review.ScanKind;
import io.consumerprotection.core.review.ScanRule;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The review scanner on 1 MiB of marketing copy (a bank's marketing page and risk disclosure repeated, with claims,
 * negations and disclosures), against the naive peer: one {@code String.contains} per dictionary phrase (it only
 * says which phrases occur: no folding, no span, no negation, no disclosure, no gap phrases), in the same run.
 * Throughput in MB/s = 2 MiB of UTF-16 / 2^20 / (ms/op / 1000); the text is 1,048,576 chars.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReviewScanBenchmark {

    static final String COPY = "【稳享系列】本理财产品为R2中低风险产品，业绩比较基准3.10%-3.60%，业绩比较基准不代表未来收益，"
            + "不等于实际收益。理财非存款，产品有风险，投资须谨慎。本产品不保本，投资者可能损失部分本金。"
            + "欢迎到网点咨询，理财经理将根据您的风险测评结果推荐合适的产品。如有疑问请拨打客服热线。"
            + "限时抢购！保本保息，零风险，稳赚不赔，收益全网最高。This fund is not risk-free; past returns are no guarantee. "
            + "募集期为2026年3月1日至3月7日，额度用完即提前结束募集，以公告为准。最高人民法院发布典型案例。\n";

    /** 1,048,576 characters of copy. */
    static final String TEXT_1M;

    static {
        StringBuilder b = new StringBuilder(1 << 20);
        while (b.length() < 1 << 20) {
            b.append(COPY);
        }
        TEXT_1M = b.substring(0, 1 << 20);
    }

    private ReviewScanner scanner;
    private List<String> phrases;

    @Setup
    public void setUp() {
        scanner = ReviewScanner.builtIn();
        phrases = ScanDictionary.builtIn().rules().stream().filter(r -> r.kind() == ScanKind.MARKETING)
                .map(ScanRule::phrases).flatMap(List::stream).map(p -> p.replace("~", "")).distinct().toList();
        scanner.scan(ScanKind.MARKETING, TEXT_1M);
    }

    /** The SDK: fold, one automaton pass, negation, disclosure, spans, findings with citations. */
    @Benchmark
    public List<ScanFinding> scanOneMebichar() {
        return scanner.scan(ScanKind.MARKETING, TEXT_1M);
    }

    /** The naive peer: one {@code String.contains} per phrase over the same text. */
    @Benchmark
    public int naiveContainsPerPhrase() {
        int found = 0;
        for (String p : phrases) {
            if (TEXT_1M.contains(p)) {
                found++;
            }
        }
        return found;
    }
}
