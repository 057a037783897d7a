package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.privacy.NarrativeScrubber;
import io.consumerprotection.core.privacy.ScrubFinding;
import io.consumerprotection.core.privacy.ScrubResult;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Narrative scrubbing throughput on a 64 KB document of complaint narratives: {@code clean} has no
 * personal data (the common case), {@code mixed} has an ID, card, mobile, e-mail or secret in about every
 * other sentence, with near-misses (order numbers, timestamps, amounts). MB/s = document UTF-8 bytes
 * ({@link #bytes}, printed at setup) / (µs per op) — one thread.
 *
 * <p>{@code previousFind} and {@code previousScrub} run an earlier release of the scrubber side by side in the same
 * run: {@code -p previousCore=/path/core.jar:/path/spi.jar} names that release's jars, which are loaded in a class
 * loader of their own (the SDK's classes from those jars, everything else shared). Without the parameter they
 * return at once and their figures mean nothing.
 * Run: {@code java -jar examples/benchmarks/target/benchmarks.jar ScrubBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc
 * -p previousCore=…}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ScrubBenchmark {

    private static final String[] CLEAN = {
        "客户反映在网点排队时间过长，大堂经理未及时引导，要求改进服务。",
        "订单号202403151234567890的退款至今未到账，金额12,345.67元。",
        "客户于2024-03-15 14:30:22收到扣款短信，认为年费收取不合理。",
        "客户称理财产品宣传的年化收益率4.35%与实际不符，要求解释。",
        "客户反映密码错误三次后卡被锁定，要求网点尽快解锁。",
        "工单号2024052889438026已转交信用卡中心处理，客户要求三个工作日内回复。",
    };
    private static final String[] PII = {
        "客户身份证号11010519491231002X被他人冒用办理贷款。",
        "卡号6222021234567890128，客户要求冻结并补卡。",
        "回访电话13812345678，客户表示满意。",
        "客户留下邮箱zhang.wei@163.com，要求书面回复。",
        "对方冒充客服索要验证码836271，客户已告知。",
        "卡片有效期12/27，安全码123均已泄露。",
    };

    @Param({"clean", "mixed"})
    public String corpus;

    /** The jars of an earlier release to measure side by side, separated by the path separator; empty for none. */
    @Param("")
    public String previousCore;

    private MethodHandle previousFind;
    private MethodHandle previousScrub;

    private String document;
    /** The document's size in UTF-8 bytes. */
    public int bytes;
    private final NarrativeScrubber scrubber = NarrativeScrubber.standard();

    @Setup
    public void setUp() throws Throwable {
        StringBuilder b = new StringBuilder();
        int k = 0;
        while (b.toString().getBytes(StandardCharsets.UTF_8).length < 64 * 1024) {
            b.append(CLEAN[k % CLEAN.length]);
            if (corpus.equals("mixed")) {
                b.append(PII[k % PII.length]);
            }
            k++;
        }
        document = b.toString();
        bytes = document.getBytes(StandardCharsets.UTF_8).length;
        System.out.println("[ScrubBenchmark] corpus=" + corpus + " bytes=" + bytes + " chars=" + document.length()
                + " findings=" + scrubber.find(document).size());
        if (!previousCore.isEmpty()) {
            loadPrevious();
        }
    }

    private void loadPrevious() throws Throwable {
        ClassLoader loader = PreviousRelease.of(previousCore, ScrubBenchmark.class.getClassLoader());
        Class<?> type = Class.forName("io.consumerprotection.core.privacy.NarrativeScrubber", true, loader);
        Object previous = type.getMethod("standard").invoke(null);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        previousFind = lookup.findVirtual(type, "find", MethodType.methodType(List.class, String.class)).bindTo(previous);
        previousScrub = lookup.findVirtual(type, "scrub", MethodType.methodType(type.getMethod("scrub", String.class)
                .getReturnType(), String.class)).bindTo(previous);
        System.out.println("[ScrubBenchmark] previous release from " + previousCore + ": findings="
                + ((List<?>) previousFind.invoke(document)).size());
    }


    @Benchmark
    public List<ScrubFinding> find() {
        return scrubber.find(document);
    }

    @Benchmark
    public ScrubResult scrub() {
        return scrubber.scrub(document);
    }

    @Benchmark
    public Object previousFind() throws Throwable {
        return previousFind == null ? null : previousFind.invoke(document);
    }

    @Benchmark
    public Object previousScrub() throws Throwable {
        return previousScrub == null ? null : previousScrub.invoke(document);
    }
}
