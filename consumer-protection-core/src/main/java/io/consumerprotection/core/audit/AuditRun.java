package io.consumerprotection.core.audit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.internal.ComplaintCodes;
import io.consumerprotection.core.internal.audit.RepeatWindow;
import io.consumerprotection.core.rectification.Rectifications;
import io.consumerprotection.core.reporting.ReportObligation;
import io.consumerprotection.spi.audit.ComplaintFileDeletionRecord;
import io.consumerprotection.spi.audit.DataSharingRecord;
import io.consumerprotection.spi.audit.GovernanceFactsSource;
import io.consumerprotection.spi.audit.GovernanceProfileRecord;
import io.consumerprotection.spi.audit.ProductSaleRecord;
import io.consumerprotection.spi.audit.SalesFactsSource;
import io.consumerprotection.spi.audit.SharingFactsSource;
import io.consumerprotection.spi.audit.StoredDataRecord;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import io.consumerprotection.spi.rectification.RectificationStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One audit run: a rule set and a context applied in one pass over the host's complaints (streamed from
 * the {@code ComplaintStore}) and fact sources. Memory stays bounded whatever the number of complaints:
 * records are read lazily, at most {@code 2 × parallelism} batches are in flight, and only the repeat
 * window (bounded by {@link AuditParameters#repeatWindowMaxEntries()}) remembers earlier complaints.
 *
 * <p>Findings are handed to the consumer from the calling thread, one at a time and in input order, even
 * when the checks run in parallel. By default only failures and needs-review findings are handed over;
 * the {@link RunRecord} counts every kind for every rule.
 *
 * <pre>{@code
 * RunRecord run = AuditRun.builder(BuiltInRules.all(), AuditContext.builder(clock.instant()).build())
 *         .complaints(store, ComplaintQuery.all())
 *         .governance(governanceFacts)
 *         .parallelism(2)
 *         .build()
 *         .execute(findingsWriter);
 * }</pre>
 *
 * A run is used once. {@link #cancel()} may be called from any thread: the run stops after the batch in
 * hand and returns a record marked cancelled.
 */
public final class AuditRun {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRun.class);

    /** The pseudo-rule under which a complaint record that cannot be read is reported. */
    public static final RuleDefinition UNREADABLE = RuleDefinition.of("CP-INPUT-001", "1.0", "投诉记录无法读取",
            "Complaint record could not be read", Citation.of("ComplaintStore contract", "", "A"), Severity.HIGH,
            SubjectKind.COMPLAINT);

    /** Counts are kept per rule and kind of finding: {@code counts[rule * KINDS + kind.ordinal()]}. */
    private static final int KINDS = FindingKind.values().length;

    private final RuleSet ruleSet;
    private final AuditContext context;
    private final Supplier<Stream<ComplaintRecord>> complaints;
    private final GovernanceFactsSource governance;
    private final SalesFactsSource sales;
    private final SharingFactsSource sharing;
    private final List<Facts<?>> facts;
    private final Supplier<List<RectificationSubject>> rectifications;
    private final List<ReportObligation> reportObligations;
    private final LocalDate factsFrom;
    private final LocalDate factsTo;
    private final int parallelism;
    private final int batchSize;
    private final Set<FindingKind> emit;
    private final boolean[] emitted;
    private final ProgressListener progress;
    private final Duration progressInterval;
    private final long expected;
    private final Clock clock;
    private final String runId;

    private final List<Rule<?>> rules;
    private final RuleDefinition[] definitions;
    private final Severity[] severities;
    private final Rule<ComplaintSubject>[] complaintRules;
    private final int[] complaintIndex;
    private final boolean needsRepeatWindow;

    private final AtomicInteger state = new AtomicInteger();
    private volatile boolean cancelled;

    private long processed;
    private long complaintsMerged;
    private long started;
    private long lastProgress;

    @SuppressWarnings("unchecked")
    private AuditRun(Builder b) {
        this.ruleSet = b.ruleSet;
        this.context = b.context;
        this.complaints = b.complaints;
        this.governance = b.governance;
        this.sales = b.sales;
        this.sharing = b.sharing;
        this.facts = List.copyOf(b.facts);
        this.rectifications = b.rectifications;
        this.reportObligations = b.reportObligations;
        this.factsFrom = b.factsFrom;
        this.factsTo = b.factsTo;
        this.parallelism = b.parallelism;
        this.batchSize = b.batchSize;
        this.emit = Set.copyOf(b.emit);
        this.emitted = new boolean[FindingKind.values().length];
        emit.forEach(k -> emitted[k.ordinal()] = true);
        this.progress = b.progress;
        this.progressInterval = b.progressInterval;
        this.expected = b.expected;
        this.clock = b.clock;
        this.runId = b.runId == null ? UUID.randomUUID().toString() : b.runId;
        this.rules = ruleSet.rules();
        this.definitions = new RuleDefinition[rules.size()];
        this.severities = new Severity[rules.size()];
        List<Integer> complaintIdx = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            definitions[i] = rules.get(i).definition();
            severities[i] = ruleSet.severityOf(definitions[i].id());
            if (rules.get(i).subjectKind() == SubjectKind.COMPLAINT) {
                complaintIdx.add(i);
            }
        }
        this.needsRepeatWindow = rules.stream().anyMatch(Rule::readsEarlierComplaints);
        this.complaintRules = new Rule[complaintIdx.size()];
        this.complaintIndex = new int[complaintIdx.size()];
        for (int k = 0; k < complaintIdx.size(); k++) {
            complaintIndex[k] = complaintIdx.get(k);
            complaintRules[k] = (Rule<ComplaintSubject>) rules.get(complaintIdx.get(k));
        }
    }

    /** A builder for a run of this rule set in this context. */
    public static Builder builder(RuleSet ruleSet, AuditContext context) {
        return new Builder(ruleSet, context);
    }

    /** Asks the run to stop after the batch in hand; safe from any thread. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs the checks and hands the findings to the consumer, in input order, from the calling thread.
     *
     * @return the run record with the summary per rule
     * @throws IllegalStateException when the run was already executed
     */
    public RunRecord execute(Consumer<? super Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        if (!state.compareAndSet(0, 1)) {
            throw new IllegalStateException("an AuditRun is executed once");
        }
        Instant startedAt = clock.instant();
        started = System.nanoTime();
        lastProgress = started;
        long[] counts = new long[rules.size() * KINDS];
        Map<String, Long> inputs = new LinkedHashMap<>();
        LOG.info("audit run {} started: rule set {} {} with {} rules, parallelism {}", runId, ruleSet.id(),
                ruleSet.version(), rules.size(), parallelism);
        if (complaints != null) {
            runComplaints(findings, counts, inputs);
        }
        if (governance != null) {
            try (Stream<GovernanceProfileRecord> s = governance.profiles()) {
                runFacts(SubjectKind.GOVERNANCE_PROFILE, s, findings, counts, inputs);
            }
            try (Stream<ComplaintFileDeletionRecord> s = governance.complaintFileDeletions()) {
                runFacts(SubjectKind.COMPLAINT_FILE_DELETION, s, findings, counts, inputs);
            }
        }
        if (sales != null) {
            try (Stream<ProductSaleRecord> s = sales.sales(factsFrom, factsTo)) {
                runFacts(SubjectKind.PRODUCT_SALE, s, findings, counts, inputs);
            }
        }
        if (sharing != null) {
            try (Stream<DataSharingRecord> s = sharing.sharings(factsFrom, factsTo)) {
                runFacts(SubjectKind.DATA_SHARING, s, findings, counts, inputs);
            }
            try (Stream<StoredDataRecord> s = sharing.storedData()) {
                runFacts(SubjectKind.STORED_DATA, s, findings, counts, inputs);
            }
        }
        if (rectifications != null) {
            runFacts(SubjectKind.RECTIFICATION, rectifications.get().stream(), findings, counts, inputs);
        }
        if (reportObligations != null) {
            runFacts(SubjectKind.REPORT_OBLIGATION, reportObligations.stream(), findings, counts, inputs);
        }
        for (Facts<?> f : facts) {
            runFacts(f, findings, counts, inputs);
        }
        reportProgress(true);
        List<RuleSummary> summaries = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            long p = counts[i * KINDS + FindingKind.PASS.ordinal()];
            long f = counts[i * KINDS + FindingKind.FAIL.ordinal()];
            long na = counts[i * KINDS + FindingKind.NOT_APPLICABLE.ordinal()];
            long r = counts[i * KINDS + FindingKind.NEEDS_REVIEW.ordinal()];
            summaries.add(new RuleSummary(definitions[i].id(), definitions[i].version(), definitions[i].titleEn(),
                    severities[i], p + f + na + r, p, f, na, r));
        }
        RunRecord record = new RunRecord(runId, ruleSet.id(), ruleSet.version(), ruleSet.providers(), context.asOf(),
                startedAt, clock.instant(), context.describe(), inputs, summaries, cancelled);
        LOG.info("audit run {} {}: {} subjects", runId, cancelled ? "cancelled" : "finished", processed);
        return record;
    }

    // ------------------------------------------------------------------ complaints

    /**
     * A batch of records read from the stream. When the repeat window is kept, a batch goes through three
     * steps: the matter key and closing instant of each record are read on a worker ({@link #prepare}); the
     * window links each record to an earlier open complaint on the calling thread, in stream order, reading
     * only those prepared values ({@link #link}); each record is read into its subject and checked by the
     * rules on a worker ({@link #evaluate}), reading and checking one record at a time while it is in cache.
     */
    private static final class Batch {
        final ComplaintRecord[] records;
        final int size;
        MatterKey[] keys;
        Instant[] openUntil;
        String[] earlier;

        Batch(ComplaintRecord[] records, int size) {
            this.records = records;
            this.size = size;
        }
    }

    private record BatchResult(long[] counts, List<Finding> findings, int size, int unreadable) {
    }

    private void runComplaints(Consumer<? super Finding> findings, long[] counts, Map<String, Long> inputs) {
        AuditParameters p = context.parameters();
        RepeatWindow window = needsRepeatWindow
                ? new RepeatWindow(Duration.ofDays(p.repeatWindowDays()), p.repeatWindowMaxEntries()) : null;
        long unreadable = 0;
        ExecutorService pool = parallelism > 1 ? Executors.newFixedThreadPool(parallelism, daemonThreads()) : null;
        // batches in stream order: the oldest are being evaluated, the newest prepared
        ArrayDeque<Future<Batch>> preparing = new ArrayDeque<>();
        ArrayDeque<Future<BatchResult>> evaluating = new ArrayDeque<>();
        try (Stream<ComplaintRecord> stream = complaints.get()) {
            Iterator<ComplaintRecord> it = stream.iterator();
            while (it.hasNext() && !stopRequested()) {
                ComplaintRecord[] records = new ComplaintRecord[batchSize];
                int size = 0;
                while (size < batchSize && it.hasNext()) {
                    records[size++] = it.next();
                }
                Batch batch = new Batch(records, size);
                if (pool == null) {
                    if (window != null) {
                        link(prepare(batch), window);
                    }
                    unreadable += merge(evaluate(batch), findings, counts);
                    continue;
                }
                if (window == null) {
                    evaluating.add(pool.submit(() -> evaluate(batch)));
                } else {
                    preparing.add(pool.submit(() -> prepare(batch)));
                    while (!preparing.isEmpty() && preparing.peek().isDone()) {
                        evaluating.add(startEvaluation(await(preparing.poll()), window, pool));
                    }
                }
                while (preparing.size() + evaluating.size() >= 2 * parallelism) {
                    if (evaluating.isEmpty()) {
                        evaluating.add(startEvaluation(await(preparing.poll()), window, pool));
                    } else {
                        unreadable += merge(await(evaluating.poll()), findings, counts);
                    }
                }
            }
            if (pool != null) {
                while (!preparing.isEmpty()) {
                    Future<Batch> next = preparing.poll();
                    if (cancelled) {
                        next.cancel(true);
                        continue;
                    }
                    evaluating.add(startEvaluation(await(next), window, pool));
                }
                while (!evaluating.isEmpty()) {
                    Future<BatchResult> next = evaluating.poll();
                    if (cancelled) {
                        next.cancel(true);
                        continue;
                    }
                    unreadable += merge(await(next), findings, counts);
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        inputs.put(SubjectKind.COMPLAINT.name(), complaintsMerged - unreadable);
        inputs.put("COMPLAINT_UNREADABLE", unreadable);
    }

    private Future<BatchResult> startEvaluation(Batch prepared, RepeatWindow window, ExecutorService pool) {
        link(prepared, window);
        return pool.submit(() -> evaluate(prepared));
    }

    private boolean stopRequested() {
        if (Thread.currentThread().isInterrupted()) {
            cancelled = true;
        }
        return cancelled;
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("audit run interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("audit batch failed", cause);
        }
    }

    /**
     * A matter: the same complainant on the same business category (a pair, no string to build; the hash is
     * computed once, where a record's would be recomputed at every lookup of the window).
     */
    private static final class MatterKey {
        private final String complainant;
        private final String business;
        private final int hash;

        MatterKey(String complainant, String business) {
            this.complainant = complainant;
            this.business = business;
            this.hash = 31 * complainant.hashCode() + business.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MatterKey k && hash == k.hash && complainant.equals(k.complainant) && business.equals(k.business);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Reads the matter key and closing instant of each record of the batch (on a worker). */
    private static Batch prepare(Batch batch) {
        int n = batch.size;
        batch.keys = new MatterKey[n];
        batch.openUntil = new Instant[n];
        for (int b = 0; b < n; b++) {
            ComplaintRecord r = batch.records[b];
            String business = r.classification().get("BUSINESS");
            String reference = r.complainant().reference();
            // a record whose id is malformed is reported unreadable: no later complaint is linked to it
            if (business != null && !reference.isEmpty() && ComplaintId.isWellFormed(r.id())) {
                batch.keys[b] = new MatterKey(reference, business);
                batch.openUntil[b] = closingInstant(r);
            }
        }
        return batch;
    }

    /** The events that end handling: decision, withdrawal, merge, refusal, closing. */
    private static final Set<ComplaintEventType> CLOSING = Sets.immutableEnumSet(ComplaintEventType.DECIDED,
            ComplaintEventType.WITHDRAWN, ComplaintEventType.MERGED, ComplaintEventType.DECLINED, ComplaintEventType.CLOSED);

    /** When handling ended (the first {@link #CLOSING} event); {@link Instant#MAX} while open. */
    private static Instant closingInstant(ComplaintRecord r) {
        List<TimelineEventRecord> timeline = r.timeline();
        // indexed (the record keeps an immutable random-access copy): no iterator to allocate per record
        for (int i = 0, n = timeline.size(); i < n; i++) {
            TimelineEventRecord e = timeline.get(i);
            ComplaintEventType t = ComplaintCodes.eventType(e.type());
            if (t != null && CLOSING.contains(t)) {
                return e.at();
            }
        }
        return Instant.MAX;
    }

    /** Links each complaint of a prepared batch to an earlier open one on the same matter (in stream order, on the calling thread). */
    private static void link(Batch batch, RepeatWindow window) {
        batch.earlier = new String[batch.size];
        for (int b = 0; b < batch.size; b++) {
            ComplaintRecord r = batch.records[b];
            MatterKey key = batch.keys[b];
            // without a matter the window only moves on (the closing instant is not needed)
            batch.earlier[b] = window.offer(key, r.id(), r.receivedAt(), key == null ? Instant.MAX : batch.openUntil[b]);
        }
    }

    private BatchResult evaluate(Batch batch) {
        long[] local = new long[rules.size() * KINDS];
        List<Finding> out = new ArrayList<>();
        int unreadable = 0;
        for (int b = 0; b < batch.size; b++) {
            ComplaintRecord record = batch.records[b];
            String earlier = batch.earlier == null ? null : batch.earlier[b];
            ComplaintSubject subject = null;
            RuntimeException problem = null;
            try {
                subject = ComplaintSubject.read(record, earlier == null ? null : ComplaintId.of(earlier));
            } catch (RuntimeException e) {
                problem = e;
            }
            if (problem != null) {
                unreadable++;
                out.add(new Finding(UNREADABLE.id(), UNREADABLE.version(), UNREADABLE.subjectKind(), record.id(),
                        FindingKind.NEEDS_REVIEW, UNREADABLE.severity(), "the record does not map to a complaint: "
                        + problem.getClass().getSimpleName() + ": " + problem.getMessage(), List.of()));
                continue;
            }
            String id = record.id();
            for (int k = 0; k < complaintRules.length; k++) {
                Outcome o = check(complaintRules[k], subject);
                int i = complaintIndex[k];
                local[i * KINDS + o.kind().ordinal()]++;
                if (emitted[o.kind().ordinal()]) {
                    out.add(Finding.of(definitions[i], severities[i], id, o));
                }
            }
        }
        return new BatchResult(local, out, batch.size, unreadable);
    }

    private <S> Outcome check(Rule<S> rule, S subject) {
        try {
            Outcome o = rule.check(subject, context);
            if (o == null) {
                return Outcome.needsReview("rule returned no outcome");
            }
            return o;
        } catch (RuntimeException e) {
            return Outcome.needsReview("the rule failed with " + e.getClass().getSimpleName());
        }
    }

    private int merge(BatchResult res, Consumer<? super Finding> findings, long[] counts) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += res.counts[i];
        }
        res.findings.forEach(findings);
        processed += res.size;
        complaintsMerged += res.size;
        reportProgress(false);
        return res.unreadable;
    }

    // ------------------------------------------------------------------ other subjects

    private <S> void runFacts(Facts<S> f, Consumer<? super Finding> findings, long[] counts, Map<String, Long> inputs) {
        try (Stream<S> s = f.source().get()) {
            runFacts(f.kind(), s, findings, counts, inputs);
        }
    }

    /** Subjects of one kind from a host source ({@link Builder#facts}). */
    private record Facts<S>(SubjectKind<S> kind, Supplier<? extends Stream<S>> source) {
    }

    private <S> void runFacts(SubjectKind<S> kind, Stream<S> subjects, Consumer<? super Finding> findings, long[] counts,
                              Map<String, Long> inputs) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).subjectKind() == kind) {
                idx.add(i);
            }
        }
        long n = 0;
        Iterator<S> it = subjects.iterator();
        while (it.hasNext() && !(n % batchSize == 0 && stopRequested())) {
            S subject = it.next();
            n++;
            String id = kind.idOf(subject);
            for (int i : idx) {
                @SuppressWarnings("unchecked")
                Rule<S> rule = (Rule<S>) rules.get(i);
                Outcome o = check(rule, subject);
                counts[i * KINDS + o.kind().ordinal()]++;
                if (emit.contains(o.kind())) {
                    findings.accept(Finding.of(definitions[i], severities[i], id, o));
                }
            }
            processed++;
            if (n % batchSize == 0) {
                reportProgress(false);
            }
        }
        inputs.merge(kind.name(), n, Long::sum);
    }

    private void reportProgress(boolean last) {
        if (progress == null) {
            return;
        }
        long now = System.nanoTime();
        if (!last && now - lastProgress < progressInterval.toNanos()) {
            return;
        }
        lastProgress = now;
        Duration elapsed = Duration.ofNanos(now - started);
        double rate = elapsed.isZero() ? 0 : processed * 1e9 / (now - started);
        progress.onProgress(new Progress(processed, expected, elapsed, rate));
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "audit-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Builds an {@link AuditRun}; not thread-safe. */
    public static final class Builder {

        private final RuleSet ruleSet;
        private final AuditContext context;
        private Supplier<Stream<ComplaintRecord>> complaints;
        private GovernanceFactsSource governance;
        private SalesFactsSource sales;
        private SharingFactsSource sharing;
        private final List<Facts<?>> facts = new ArrayList<>();
        private Supplier<List<RectificationSubject>> rectifications;
        private List<ReportObligation> reportObligations;
        private LocalDate factsFrom = LocalDate.of(1900, 1, 1);
        private LocalDate factsTo = LocalDate.of(9999, 1, 1);
        private int parallelism = 1;
        private int batchSize = 512;
        private Set<FindingKind> emit = EnumSet.of(FindingKind.FAIL, FindingKind.NEEDS_REVIEW);
        private ProgressListener progress;
        private Duration progressInterval = Duration.ofSeconds(1);
        private long expected = -1;
        private Clock clock = Clock.systemUTC();
        private String runId;

        private Builder(RuleSet ruleSet, AuditContext context) {
            this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
            this.context = Objects.requireNonNull(context, "context");
        }

        /** Checks the complaints of the store that match the query, streamed. */
        public Builder complaints(ComplaintStore store, ComplaintQuery query) {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(query, "query");
            this.complaints = () -> store.stream(query);
            return this;
        }

        /** Checks the complaint records of any source, streamed; the run closes each stream it gets. */
        public Builder complaints(Supplier<Stream<ComplaintRecord>> source) {
            this.complaints = Objects.requireNonNull(source, "source");
            return this;
        }

        /** Checks the governance profiles and complaint-file deletions of this source. */
        public Builder governance(GovernanceFactsSource source) {
            this.governance = Objects.requireNonNull(source, "source");
            return this;
        }

        /** Checks the sales of this source (within {@link #factsBetween}). */
        public Builder sales(SalesFactsSource source) {
            this.sales = Objects.requireNonNull(source, "source");
            return this;
        }

        /** Checks the data provisions (within {@link #factsBetween}) and the stored-data inventory of this source. */
        public Builder sharing(SharingFactsSource source) {
            this.sharing = Objects.requireNonNull(source, "source");
            return this;
        }

        /** Checks the rectification items of this store, each with its 回头看 history. */
        public Builder rectifications(RectificationStore store) {
            Objects.requireNonNull(store, "store");
            this.rectifications = () -> RectificationSubjects.of(Rectifications.on(store).all());
            return this;
        }

        /** Checks these report obligations (from {@code ReportingCalendar.obligations} and the host's submissions). */
        public Builder reportObligations(List<ReportObligation> obligations) {
            this.reportObligations = List.copyOf(obligations);
            return this;
        }

        /**
         * Checks the subjects of {@code kind} that {@code source} streams (for example the personal-data incidents of
         * an {@code IncidentRegister}); the stream is opened once, during the run, and closed after it.
         */
        public <S> Builder facts(SubjectKind<S> kind, Supplier<? extends Stream<S>> source) {
            facts.add(new Facts<>(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(source, "source")));
            return this;
        }

        /** The dates {@code [from, to)} of the sales and data provisions to check; all by default. */
        public Builder factsBetween(LocalDate from, LocalDate to) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            checkArgument(!to.isBefore(from), "to %s is before from %s", to, from);
            this.factsFrom = from;
            this.factsTo = to;
            return this;
        }

        /** How many threads check complaints (1 by default: on the calling thread). */
        public Builder parallelism(int threads) {
            checkArgument(threads >= 1, "threads must be at least 1, got %s", threads);
            this.parallelism = threads;
            return this;
        }

        /** How many complaints a batch holds (512 by default). */
        public Builder batchSize(int size) {
            checkArgument(size >= 1, "size must be at least 1, got %s", size);
            this.batchSize = size;
            return this;
        }

        /** Which kinds of finding are handed to the consumer ({@code FAIL} and {@code NEEDS_REVIEW} by default). */
        public Builder emit(Set<FindingKind> kinds) {
            this.emit = EnumSet.noneOf(FindingKind.class);
            this.emit.addAll(Objects.requireNonNull(kinds, "kinds"));
            return this;
        }

        /** A listener told of progress about once per interval. */
        public Builder progress(ProgressListener listener, Duration interval) {
            this.progress = Objects.requireNonNull(listener, "listener");
            this.progressInterval = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /** The expected number of subjects, for the time-left estimate. */
        public Builder expectedSubjects(long count) {
            this.expected = count;
            return this;
        }

        /** The clock for the run record's start and finish times. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The run's id; a random UUID by default. */
        public Builder runId(String value) {
            this.runId = Objects.requireNonNull(value, "runId");
            return this;
        }

        /** The run. */
        public AuditRun build() {
            return new AuditRun(this);
        }
    }
}
