package io.consumerprotection.examples.benchmarks;

import cn.hutool.core.util.DesensitizedUtil;
import io.consumerprotection.core.privacy.FieldType;
import io.consumerprotection.core.privacy.Masker;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Masking resident IDs, mobiles and card numbers: this SDK's {@link Masker} against Hutool 5.8.44
 * {@code DesensitizedUtil} on the same inputs (1,024 valid values of each kind, cycled). Same question:
 * ID first 1 + last 1 ({@code idCardNum(s, 1, 1)}), mobile first 3 + last 4; for cards Hutool keeps first 4 +
 * last 4 grouped by spaces, ours first 6 + last 4 (its fixed rule). Ours also checks the value's shape first
 * (fail-safe), which Hutool does not.
 * Run: {@code java -jar examples/benchmarks/target/benchmarks.jar MaskingBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class MaskingBenchmark {

    private static final int N = 1024;
    private static final int[] W = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private final String[] ids = new String[N];
    private final String[] mobiles = new String[N];
    private final String[] cards = new String[N];
    private final Masker masker = Masker.standard();
    private int i;

    @Setup
    public void setUp() {
        Random r = new Random(42);
        for (int k = 0; k < N; k++) {
            String body = "110105" + (1950 + r.nextInt(60)) + String.format("%02d%02d%03d", 1 + r.nextInt(12),
                    1 + r.nextInt(28), r.nextInt(1000));
            int sum = 0;
            for (int j = 0; j < 17; j++) {
                sum += (body.charAt(j) - '0') * W[j];
            }
            ids[k] = body + "10X98765432".charAt(sum % 11);
            mobiles[k] = "13" + (100000000 + r.nextInt(900000000));
            cards[k] = luhn("622202" + (1000000000L + (long) (r.nextDouble() * 8_000_000_000L)) + "12", r);
        }
    }

    private static String luhn(String body, Random r) {
        for (char c = '0'; c <= '9'; c++) {
            String s = body + c;
            int sum = 0;
            for (int j = 0; j < s.length(); j++) {
                int v = s.charAt(s.length() - 1 - j) - '0';
                if (j % 2 == 1) {
                    v = v * 2 > 9 ? v * 2 - 9 : v * 2;
                }
                sum += v;
            }
            if (sum % 10 == 0) {
                return s;
            }
        }
        throw new IllegalStateException();
    }

    private int next() {
        i = (i + 1) & (N - 1);
        return i;
    }

    @Benchmark
    public String residentIdOurs() {
        return masker.mask(FieldType.RESIDENT_ID, ids[next()]);
    }

    @Benchmark
    public String residentIdHutool() {
        return DesensitizedUtil.idCardNum(ids[next()], 1, 1);
    }

    @Benchmark
    public String mobileOurs() {
        return masker.mask(FieldType.MOBILE, mobiles[next()]);
    }

    @Benchmark
    public String mobileHutool() {
        return DesensitizedUtil.mobilePhone(mobiles[next()]);
    }

    @Benchmark
    public String bankCardOurs() {
        return masker.mask(FieldType.BANK_CARD, cards[next()]);
    }

    @Benchmark
    public String bankCardHutool() {
        return DesensitizedUtil.bankCard(cards[next()]);
    }
}
