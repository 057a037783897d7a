package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.classification.DictionaryEntry;
import io.consumerprotection.core.classification.NarrativeClassifier;
import io.consumerprotection.core.classification.SuggestionDictionary;
import io.consumerprotection.core.classification.Suggestions;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One suggestion for a 500-character narrative (the teller's call while the customer waits), against the
 * obvious alternative: {@code String.contains} for every dictionary term. Both see the same text and
 * dictionary; the baseline only finds which terms occur (no folding, negation or ranking), so it is a lower
 * bound for any approach that scans per term.
 *
 * <p>{@code previousSuggest500Chars} runs an earlier release's classifier (with its own dictionary) in the same run,
 * beside {@code handleSuggest500Chars}, the current one called through the same kind of method handle:
 * {@code -p previousCore=/path/core.jar:/path/spi.jar} (see {@link PreviousRelease}); empty, both return null.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SuggestionBenchmark {

    static final String NARRATIVE_500;

    static {
        String base = "我今年七十岁了，上个月去网点存定期，大堂的理财经理说有一款产品比存款收益高还保本，"
                + "我就买了。后来才知道买的是一份分红型保险，要交十年，每年交五万元。当时没有人告诉我这是保险，"
                + "也没有做风险评估和双录。这个月我的信用卡又被盗刷了三笔，一共一万二千元，都是境外消费，卡一直在我身上。"
                + "打客服电话等了四十分钟，客服态度很敷衍。我还接到很多推销电话，他们知道我在你们行的存款金额，"
                + "肯定是银行泄露了我的个人信息。我要求退保退还全部保费，赔偿被盗刷的钱，并且查清楚信息是怎么泄露的。"
                + "如果不解决我就向监管部门投诉，还要找媒体曝光。ATM also swallowed my card twice, 真的很失望。";
        StringBuilder b = new StringBuilder(base);
        while (b.length() < 500) {
            b.append(base);
        }
        NARRATIVE_500 = b.substring(0, 500);
    }

    /** Ten million characters: the 500-character narrative repeated (a pasted document, a log dump). */
    static final String NARRATIVE_10M = NARRATIVE_500.repeat(20_000);

    private NarrativeClassifier classifier;
    private NarrativeClassifier dictionaryAlone;
    private BlendedWorkload blended;
    private List<String> terms;
    private MethodHandle currentSuggest;
    private MethodHandle previousSuggest;
    private MethodHandle previousBlendedSuggest;

    @Param("")
    public String previousCore;

    @Setup
    public void setUp() {
        classifier = NarrativeClassifier.bundled();
        dictionaryAlone = classifier.withoutPrior();
        terms = SuggestionDictionary.bundled().entries().stream().map(DictionaryEntry::term).distinct().toList();
        classifier.suggest(NARRATIVE_500);
        // a history of 2,000 classified complaints made of the narrative's clauses (fixed seed)
        blended = new BlendedWorkload(NARRATIVE_500);
        blended.suggest(NARRATIVE_500);
        if (!previousCore.isEmpty()) {
            MethodType site = MethodType.methodType(Object.class, CharSequence.class);
            currentSuggest = PreviousRelease.bind(classifier, "suggest", site, CharSequence.class);
            try {
                ClassLoader loader = PreviousRelease.of(previousCore, SuggestionBenchmark.class.getClassLoader());
                Object previous = loader.loadClass(NarrativeClassifier.class.getName()).getMethod("bundled").invoke(null);
                previousSuggest = PreviousRelease.bind(previous, "suggest", site, CharSequence.class);
                Object previousBlended = PreviousRelease.of(previousCore, SuggestionBenchmark.class.getClassLoader())
                        .relinked(BlendedWorkload.class).getConstructor(String.class).newInstance(NARRATIVE_500);
                previousBlendedSuggest = PreviousRelease.bind(previousBlended, "suggest", site, CharSequence.class);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("previousCore: " + previousCore, e);
            }
        }
    }

    /** The current release's classifier through a method handle (the peer of {@link #previousSuggest500Chars}). */
    @Benchmark
    public Object handleSuggest500Chars() throws Throwable {
        return currentSuggest == null ? null : (Object) currentSuggest.invokeExact((CharSequence) NARRATIVE_500);
    }

    /** The earlier release's classifier and dictionary on the same text. */
    @Benchmark
    public Object previousSuggest500Chars() throws Throwable {
        return previousSuggest == null ? null : (Object) previousSuggest.invokeExact((CharSequence) NARRATIVE_500);
    }

    /** The SDK with a model trained on 2,000 classified complaints blended in (dictionary + naive Bayes). */
    @Benchmark
    public Object suggestBlended500Chars() {
        return blended.suggest(NARRATIVE_500);
    }

    /** The earlier release's blended classifier, the same {@link BlendedWorkload} relinked against it. */
    @Benchmark
    public Object previousBlendedSuggest500Chars() throws Throwable {
        return previousBlendedSuggest == null ? null
                : (Object) previousBlendedSuggest.invokeExact((CharSequence) NARRATIVE_500);
    }

    /** The SDK's default: fold, match, negation, ranking with evidence, blended with the bundled prior. */
    @Benchmark
    public Suggestions suggest500Chars() {
        return classifier.suggest(NARRATIVE_500);
    }

    /** The dictionary alone ({@code bundled().withoutPrior()}, the default before the prior). */
    @Benchmark
    public Suggestions suggestDictionaryAlone500Chars() {
        return dictionaryAlone.suggest(NARRATIVE_500);
    }

    /** The dictionary alone on ten million characters, beside {@link #suggestTenMillionChars} (the default). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Suggestions suggestTenMillionCharsDictionaryAlone() {
        return dictionaryAlone.suggest(NARRATIVE_10M);
    }

    /**
     * One 10,000,000-character narrative: linear in the text (repeated terms are counted, not searched for
     * again). Run with {@code -bm ss} or read the average time in milliseconds.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Suggestions suggestTenMillionChars() {
        return classifier.suggest(NARRATIVE_10M);
    }

    /** Baseline: which dictionary terms occur, one {@code String.contains} per term. */
    @Benchmark
    public int naiveContainsPerTerm() {
        int found = 0;
        for (String t : terms) {
            if (NARRATIVE_500.contains(t)) {
                found++;
            }
        }
        return found;
    }
}
