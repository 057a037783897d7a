package io.consumerprotection.core;

import io.consumerprotection.core.appraisal.AppraisalPeriod;
import io.consumerprotection.core.appraisal.FactIndicators;
import io.consumerprotection.core.appraisal.IndicatorValues;
import io.consumerprotection.core.appraisal.ScorecardCatalog;
import io.consumerprotection.core.appraisal.UnitId;
import io.consumerprotection.core.audit.AuditContext;
import io.consumerprotection.core.audit.AuditRun;
import io.consumerprotection.core.audit.ClassificationCheck;
import io.consumerprotection.core.audit.DeadlineEvaluator;
import io.consumerprotection.core.audit.NarrativeInspector;
import io.consumerprotection.core.audit.RuleSet;
import io.consumerprotection.core.calendar.CalendarCoverageException;
import io.consumerprotection.core.calendar.CalendarHealth;
import io.consumerprotection.core.calendar.CalendarHealthReport;
import io.consumerprotection.core.calendar.WorkingCalendar;
import io.consumerprotection.core.calendar.WorkingCalendars;
import io.consumerprotection.core.classification.ClassificationCatalog;
import io.consumerprotection.core.classification.ClassificationScheme;
import io.consumerprotection.core.classification.ClassificationValidator;
import io.consumerprotection.core.classification.NarrativeClassifier;
import io.consumerprotection.core.classification.SuggestionDictionary;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.complaint.ReviewWindow;
import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.DeadlinePolicies;
import io.consumerprotection.core.deadline.DeadlinePolicy;
import io.consumerprotection.core.deadline.DeadlineScan;
import io.consumerprotection.core.deadline.Milestone;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.core.internal.ComplaintMapper;
import io.consumerprotection.core.internal.StoredComplaints;
import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.core.privacy.ChainVerification;
import io.consumerprotection.core.privacy.Masker;
import io.consumerprotection.core.privacy.NarrativeScrubber;
import io.consumerprotection.core.privacy.PersonalDataAccess;
import io.consumerprotection.core.privacy.RetentionSchedule;
import io.consumerprotection.core.privacy.SharingPolicy;
import io.consumerprotection.core.review.Reviews;
import io.consumerprotection.core.statistics.ComplaintStatistics;
import io.consumerprotection.core.statistics.ReportingPeriod;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.appraisal.AppraisalFactsSource;
import io.consumerprotection.spi.appraisal.ScorecardProvider;
import io.consumerprotection.spi.audit.AuditKeyProvider;
import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.audit.ChainAnchor;
import io.consumerprotection.spi.audit.GovernanceFactsSource;
import io.consumerprotection.spi.audit.SalesFactsSource;
import io.consumerprotection.spi.audit.SharingFactsSource;
import io.consumerprotection.spi.calendar.HolidayCalendarProvider;
import io.consumerprotection.spi.classification.ClassificationSchemeProvider;
import io.consumerprotection.spi.complaint.AuditedComplaintStore;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.notification.NotificationSender;
import io.consumerprotection.spi.privacy.ConsentRegistry;
import io.consumerprotection.spi.privacy.PermissionCheck;
import io.consumerprotection.spi.privacy.TokenVault;
import io.consumerprotection.spi.review.ReviewStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the SDK: one immutable, thread-safe object wired explicitly to the host's SPI
 * implementations.
 *
 * <pre>{@code
 * ConsumerProtection cp = ConsumerProtection.builder()
 *         .complaintStore(store)
 *         .notificationSender(sender)
 *         .auditSink(auditSink)
 *         .clock(Clock.systemUTC())
 *         .build();
 * }</pre>
 *
 * A required SPI that is missing fails at {@link Builder#build()}, never later, and never falls back to a
 * no-op. {@link Builder#discoverProviders()} fills the gaps from {@link ServiceLoader} as an optional
 * convenience.
 */
public final class ConsumerProtection {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerProtection.class);

    private final ComplaintStore complaintStore;
    private final NotificationSender notificationSender;
    private final AuditSink auditSink;
    private final Clock clock;
    private final Complaints complaints;
    private final WorkingCalendars calendars;
    private final DeadlineEngine deadlines;
    private final List<PolicyId> complaintPolicies;
    private final ScorecardCatalog scorecards;
    private final FactIndicators appraisalFacts;
    private final AuditTrail auditTrail;
    private final NarrativeScrubber scrubber;
    private final Masker masker;
    private final PersonalDataAccess personalDataAccess;
    private final SharingPolicy sharingPolicy;
    private final ClassificationCatalog classificationCatalog;
    private final ClassificationValidator classificationValidator;
    private final NarrativeClassifier narrativeClassifier;
    private final GovernanceFactsSource governanceFacts;
    private final SalesFactsSource salesFacts;
    private final SharingFactsSource sharingFacts;
    private final Reviews reviews;

    private ConsumerProtection(Builder b) {
        this.complaintStore = b.complaintStore;
        this.notificationSender = b.notificationSender;
        this.auditSink = b.auditSink;
        this.clock = b.clock;
        WorkingCalendars.Builder calendarBuilder = WorkingCalendars.builder();
        b.calendarProviders.forEach(calendarBuilder::add);
        this.calendars = calendarBuilder.build();
        DeadlinePolicies.Builder policyBuilder = DeadlinePolicies.builder();
        b.policies.forEach(policyBuilder::add);
        this.deadlines = DeadlineEngine.builder().calendars(calendars).policies(policyBuilder.build()).clock(clock)
                .allowProvisional(b.allowProvisionalCalendar).build();
        this.complaintPolicies = List.copyOf(b.complaintPolicies);
        complaintPolicies.forEach(deadlines.policies()::get);   // an unknown policy fails at build()
        this.scorecards = b.scorecardProvider == null ? ScorecardCatalog.builtIn() : ScorecardCatalog.of(b.scorecardProvider);
        this.appraisalFacts = b.appraisalFactsSource == null ? null : FactIndicators.on(b.appraisalFactsSource);
        this.reviews = b.reviewStore == null ? null : Reviews.on(b.reviewStore);
        AuditTrail trail = b.auditKeys == null ? AuditTrail.of(auditSink, clock)
                : AuditTrail.keyed(auditSink, clock, b.auditKeys);
        this.auditTrail = b.chainAnchor == null ? trail : trail.anchoredTo(b.chainAnchor);
        this.masker = Masker.standard();
        this.scrubber = b.scrubber;
        this.personalDataAccess = b.permissionCheck == null ? null
                : PersonalDataAccess.of(b.permissionCheck, auditTrail, masker);
        SharingPolicy.Builder sharing = SharingPolicy.builder().auditTrail(auditTrail).masker(masker).clock(clock);
        if (b.consentRegistry != null) {
            sharing.consentRegistry(b.consentRegistry);
        }
        if (b.tokenVault != null) {
            sharing.tokenVault(b.tokenVault);
        }
        this.sharingPolicy = b.consentRegistry == null ? null : sharing.build();
        ClassificationCatalog catalog = ClassificationCatalog.bundled();
        for (ClassificationScheme scheme : b.schemes) {
            catalog = catalog.with(scheme);
        }
        for (ClassificationSchemeProvider provider : b.schemeProviders) {
            catalog = catalog.with(provider);
        }
        if (b.schemeVersion != null) {
            catalog = catalog.upTo(b.schemeVersion);
        }
        this.classificationCatalog = catalog;
        this.classificationValidator = ClassificationValidator.of(catalog);
        this.narrativeClassifier = NarrativeClassifier.of(b.dictionary, catalog.latest());
        this.governanceFacts = b.governanceFacts;
        this.salesFacts = b.salesFacts;
        this.sharingFacts = b.sharingFacts;
        this.complaints = new StoredComplaints(complaintStore, notificationSender, auditTrail, clock, b.complaintIds,
                text -> scrubber.scrub(text).text(), this::dueDates, b.validator, classificationValidator,
                reviewWindow(deadlines, complaintPolicies));
    }

    /**
     * The calendars the lifecycle's policies count in (with the policies they transfer to), each with its
     * coverage end, the days left from the clock's today and a status (OK, ENDS_SOON within
     * {@value CalendarHealth#WARNING_DAYS} days, ENDED). {@link Builder#build()} logs a warning for each one
     * that is not OK; a host shows this in its health endpoint.
     */
    public CalendarHealthReport calendarHealth() {
        return calendarHealth(deadlines, complaintPolicies, LocalDate.ofInstant(clock.instant(), clock.getZone()));
    }

    /** The health of the calendars {@code policies} (and the policies they transfer to) count in, as of a day. */
    static CalendarHealthReport calendarHealth(DeadlineEngine engine, List<PolicyId> policies, LocalDate today) {
        Set<PolicyId> seen = new LinkedHashSet<>();
        Deque<PolicyId> todo = new ArrayDeque<>(policies);
        Set<String> calendarsSeen = new LinkedHashSet<>();
        List<CalendarHealth> health = new ArrayList<>();
        while (!todo.isEmpty()) {
            PolicyId id = todo.removeFirst();
            if (!seen.add(id)) {
                continue;
            }
            DeadlinePolicy policy = engine.policies().get(id);
            WorkingCalendar calendar = engine.calendarFor(policy);
            if (calendarsSeen.add(calendar.id() + " " + calendar.version())) {
                health.add(CalendarHealth.of(calendar, today));
            }
            todo.addAll(policy.transfers().values());
        }
        return new CalendarHealthReport(today, health);
    }

    /** Logs a warning for every calendar in use that ends soon or has ended (no personal data involved). */
    private void warnOnCalendarCoverage() {
        CalendarHealthReport report = calendarHealth();
        for (CalendarHealth h : report.needingAttention()) {
            LOG.warn("calendar coverage {}: calendar {} version {} data ends on {} ({} days from today {});"
                            + " deadlines past that day get no due date, warning or breach alert; {}",
                    h.status(), h.calendarId(), h.version(), h.coverageEnd(), h.daysLeft(), report.today(),
                    deadlines.provisionalAllowed() ? "provisional Monday-Friday answers are in use until"
                            + " the next State Council notice is loaded (calendar import-notice)"
                            : CalendarHealth.ADVICE);
        }
    }

    /**
     * The review window (art. 20) on the calendar and roll rule of the first policy the lifecycle tracks that
     * has a {@code REVIEW} milestone ({@code NFRA-2020-3} by default), else of the first policy.
     */
    private static ReviewWindow reviewWindow(DeadlineEngine engine, List<PolicyId> policies) {
        DeadlinePolicy chosen = null;
        for (PolicyId id : policies) {
            DeadlinePolicy p = engine.policies().get(id);
            if (chosen == null) {
                chosen = p;
            }
            if (p.milestones().stream().anyMatch(m -> m.name().equals(Milestone.REVIEW))) {
                chosen = p;
                break;
            }
        }
        if (chosen == null) {
            return ReviewWindow.bundled();
        }
        return ReviewWindow.of(engine.calendarFor(chosen), chosen.roll());
    }

    /**
     * The due dates of a complaint under every policy the lifecycle tracks. A milestone whose due date needs
     * calendar data that is not there (and no provisional projection was allowed) is left out and logged:
     * the complaint is still registered, never given a wrong date.
     */
    private Map<String, LocalDate> dueDates(Complaint complaint) {
        ComplaintRecord record = ComplaintMapper.INSTANCE.toRecord(complaint);
        Map<String, LocalDate> due = new LinkedHashMap<>();
        for (PolicyId policy : complaintPolicies) {
            try {
                deadlines.dueDates(record, policy).forEach(due::putIfAbsent);
            } catch (CalendarCoverageException e) {
                LOG.warn("no due dates under {} for complaint {}: {}", policy, complaint.id(), e.getMessage());
            }
        }
        // art. 33: the feedback to the forwarding regulator is due on the day it set
        complaint.findRegulatorFeedbackDue().ifPresent(d -> due.putIfAbsent(Milestone.REGULATOR_FEEDBACK, d));
        return due;
    }

    /** The working-day calendars: the bundled ones and those of the host's providers. */
    public WorkingCalendars calendars() {
        return calendars;
    }

    /** The deadline engine, over {@link #calendars()} and the bundled and host policies. */
    public DeadlineEngine deadlines() {
        return deadlines;
    }

    /** The policies whose due dates the lifecycle keeps on every complaint, in precedence order. */
    public List<PolicyId> complaintPolicies() {
        return complaintPolicies;
    }

    /**
     * The tamper-evident audit trail over the host's {@link AuditSink}: every complaint transition, reveal
     * and sharing decision is appended through it, chained by HMAC-SHA256 under the host's key when
     * {@link Builder#auditKeys} was given (SHA-256 otherwise), and checkpointed to the host's
     * {@link Builder#chainAnchor} when one was given.
     */
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /**
     * Verifies the audit trail (its chain, and its latest checkpoint when the host keeps them) and compares
     * every stored complaint with the version and content its latest audit record recorded. Reads the whole
     * trail and every complaint once; memory grows with the number of complaints.
     */
    public ChainVerification verifyAuditTrail() {
        try (Stream<ComplaintRecord> complaints = complaintStore.stream(ComplaintQuery.all())) {
            return auditTrail.verifyAgainst(complaints);
        }
    }

    /**
     * The context the audit rules read, as of an instant: this instance's deadline engine under
     * {@link #complaintPolicies()} (every due date recomputed, so findings cite policy and calendar versions),
     * its classification schemes and its narrative scrubber.
     */
    public AuditContext auditContext(Instant asOf) {
        return AuditContext.builder(asOf)
                .deadlines(DeadlineEvaluator.engine(deadlines, complaintPolicies.toArray(PolicyId[]::new)))
                .classification(ClassificationCheck.scheme(classificationValidator))
                .narratives(NarrativeInspector.scrubber(scrubber))
                .build();
    }

    /**
     * An audit run of these rules as of now, over every complaint of the store and the host's fact sources
     * (those wired); adjust it (query, parallelism, progress, emitted kinds) before {@code build()}.
     */
    public AuditRun.Builder audit(RuleSet rules) {
        AuditRun.Builder run = AuditRun.builder(rules, auditContext(clock.instant()))
                .complaints(complaintStore, ComplaintQuery.all()).clock(clock);
        if (governanceFacts != null) {
            run.governance(governanceFacts);
        }
        if (salesFacts != null) {
            run.sales(salesFacts);
        }
        if (sharingFacts != null) {
            run.sharing(sharingFacts);
        }
        return run;
    }

    /**
     * The review register (消保审查: the launch gate, the register of a period) on the host's {@link ReviewStore};
     * present only when {@link Builder#reviewStore} was wired.
     */
    public Optional<Reviews> findReviews() {
        return Optional.ofNullable(reviews);
    }

    /** The classification code schemes: the bundled JR/T 0169-structured scheme and the host's additions. */
    public ClassificationCatalog classificationCatalog() {
        return classificationCatalog;
    }

    /** Validates classification codes against the scheme in force on a complaint's received date. */
    public ClassificationValidator classificationValidator() {
        return classificationValidator;
    }

    /** Suggests codes from a complaint's narrative (the latest scheme, the bundled or host dictionary). */
    public NarrativeClassifier narrativeClassifier() {
        return narrativeClassifier;
    }

    /** A statistics builder for one reporting period, over this instance's code schemes. */
    public ComplaintStatistics.Builder statistics(ReportingPeriod period) {
        return ComplaintStatistics.builder().catalog(classificationCatalog).period(period);
    }

    /** The narrative scrubber the intake applies before anything is stored. */
    public NarrativeScrubber scrubber() {
        return scrubber;
    }

    /** The display masker (profiles per field type and channel). */
    public Masker masker() {
        return masker;
    }

    /** Retention periods per record type, and what may now be deleted. */
    public RetentionSchedule retention() {
        return RetentionSchedule.standard();
    }

    /**
     * Audited access to unmasked personal data (actor, permission, purpose); present only when
     * {@link Builder#permissionCheck} was wired.
     */
    public Optional<PersonalDataAccess> findPersonalDataAccess() {
        return Optional.ofNullable(personalDataAccess);
    }

    /**
     * Audited access to unmasked personal data (actor, permission, purpose).
     *
     * @throws IllegalStateException when no {@link PermissionCheck} was wired
     * @deprecated a capability that throws later when it was not wired; use {@link #findPersonalDataAccess()}
     */
    @Deprecated(since = "0.1.0")
    public PersonalDataAccess personalDataAccess() {
        return findPersonalDataAccess().orElseThrow(() -> new IllegalStateException(
                "no PermissionCheck was wired: call builder().permissionCheck(…)"));
    }

    /**
     * Decisions on sharing personal data with third parties; present only when {@link Builder#consentRegistry}
     * was wired.
     */
    public Optional<SharingPolicy> findSharingPolicy() {
        return Optional.ofNullable(sharingPolicy);
    }

    /**
     * Decisions on sharing personal data with third parties.
     *
     * @throws IllegalStateException when no {@link ConsentRegistry} was wired
     * @deprecated a capability that throws later when it was not wired; use {@link #findSharingPolicy()}
     */
    @Deprecated(since = "0.1.0")
    public SharingPolicy sharingPolicy() {
        return findSharingPolicy().orElseThrow(() -> new IllegalStateException(
                "no ConsentRegistry was wired: call builder().consentRegistry(…)"));
    }

    /** The appraisal scorecards: the built-in ones and the host's, validated when this instance was built. */
    public ScorecardCatalog scorecards() {
        return scorecards;
    }

    /**
     * The indicator values derived from the host's appraisal facts (training, education, inspections, public
     * opinion, penalties); present only when {@link Builder#appraisalFactsSource} was wired.
     */
    public Optional<FactIndicators> findAppraisalFacts() {
        return Optional.ofNullable(appraisalFacts);
    }

    /**
     * The indicator values derived from the host's appraisal facts (training, education, inspections,
     * public opinion, penalties) for one unit and period.
     *
     * @throws IllegalStateException when no {@link AppraisalFactsSource} was wired
     * @deprecated a capability that throws later when it was not wired; use
     *             {@code findAppraisalFacts().map(f -> f.derive(unit, period))}
     */
    @Deprecated(since = "0.1.0")
    public IndicatorValues appraisalFacts(UnitId unit, AppraisalPeriod period) {
        return findAppraisalFacts().orElseThrow(() -> new IllegalStateException(
                "no AppraisalFactsSource was wired: call builder().appraisalFactsSource(…)")).derive(unit, period);
    }

    /** A scan that sends deadline warnings and breach alerts; the host runs it on its own schedule. */
    public DeadlineScan deadlineScan() {
        return DeadlineScan.of(deadlines, complaintStore, notificationSender);
    }

    /** Complaint intake and handling over the host's store. */
    public Complaints complaints() {
        return complaints;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The complaint store this instance was built with.
     *
     * @deprecated the raw store bypasses the lifecycle, its version checks, scrubbing and audit trail; keep your
     *             own reference to the store you wired for reads and migrations, and change complaints through
     *             {@link #complaints()}
     */
    @Deprecated(since = "0.1.0")
    public ComplaintStore complaintStore() {
        return complaintStore;
    }

    /** The notification sender this instance was built with. */
    public NotificationSender notificationSender() {
        return notificationSender;
    }

    /** The audit sink this instance was built with. */
    public AuditSink auditSink() {
        return auditSink;
    }

    /** The clock this instance reads the time from. */
    public Clock clock() {
        return clock;
    }

    /** Builds a {@link ConsumerProtection}; not thread-safe, use it from one thread. */
    public static final class Builder {

        private ComplaintStore complaintStore;
        private NotificationSender notificationSender;
        private AuditSink auditSink;
        private AuditKeyProvider auditKeys;
        private ChainAnchor chainAnchor;
        private Clock clock = Clock.systemUTC();
        private Supplier<ComplaintId> complaintIds = ComplaintId::random;
        private jakarta.validation.Validator validator;
        private final List<HolidayCalendarProvider> calendarProviders = new ArrayList<>();
        private final List<DeadlinePolicy> policies = new ArrayList<>();
        private List<PolicyId> complaintPolicies = List.of(PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10);
        private boolean allowProvisionalCalendar;
        private ScorecardProvider scorecardProvider;
        private AppraisalFactsSource appraisalFactsSource;
        private NarrativeScrubber scrubber = NarrativeScrubber.standard();
        private ConsentRegistry consentRegistry;
        private PermissionCheck permissionCheck;
        private TokenVault tokenVault;
        private final List<ClassificationSchemeProvider> schemeProviders = new ArrayList<>();
        private final List<ClassificationScheme> schemes = new ArrayList<>();
        private String schemeVersion;
        private SuggestionDictionary dictionary = SuggestionDictionary.bundled();
        private GovernanceFactsSource governanceFacts;
        private SalesFactsSource salesFacts;
        private SharingFactsSource sharingFacts;
        private ReviewStore reviewStore;

        private Builder() {
        }

        /** The host's governance facts (the 双查 checklist) for the governance audit rules, optional. */
        public Builder governanceFacts(GovernanceFactsSource source) {
            this.governanceFacts = Objects.requireNonNull(source, "source");
            return this;
        }

        /** The host's product-sale facts for the suitability audit rules, optional. */
        public Builder salesFacts(SalesFactsSource source) {
            this.salesFacts = Objects.requireNonNull(source, "source");
            return this;
        }

        /** The host's data-sharing facts for the privacy audit rules, optional. */
        public Builder sharingFacts(SharingFactsSource source) {
            this.sharingFacts = Objects.requireNonNull(source, "source");
            return this;
        }

        /** The host's review store (optional; {@link ConsumerProtection#findReviews} is present only with one). */
        public Builder reviewStore(ReviewStore store) {
            this.reviewStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Adds a whole host scheme version (for example one read from the host's file with
         * {@link ClassificationScheme#read}); added in order, after the bundled versions and before the
         * providers' additions. A version that exists, or whose base is unknown, fails at {@link #build()}.
         */
        public Builder classificationScheme(ClassificationScheme scheme) {
            schemes.add(Objects.requireNonNull(scheme, "scheme"));
            return this;
        }

        /**
         * Pins the classification scheme version the facade applies: validation, suggestion and statistics use it
         * and the versions in force before it, never a later one (later versions are left out of
         * {@link ConsumerProtection#classificationCatalog()}). By default every version applies from its
         * effective date. An unknown version fails at {@link #build()} with
         * {@link io.consumerprotection.core.classification.UnknownClassificationCodeException}.
         */
        public Builder classificationSchemeVersion(String version) {
            this.schemeVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /** Adds host code schemes: local sub-codes under standard codes, or newer scheme versions. */
        public Builder classificationSchemeProvider(ClassificationSchemeProvider provider) {
            schemeProviders.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** The dictionary for narrative suggestions; {@link SuggestionDictionary#bundled()} by default. */
        public Builder suggestionDictionary(SuggestionDictionary value) {
            this.dictionary = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The scrubber applied to narratives and requests at intake; {@link NarrativeScrubber#standard()} by default. */
        public Builder narrativeScrubber(NarrativeScrubber value) {
            this.scrubber = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The customers' consents (optional; {@link ConsumerProtection#findSharingPolicy} is present only with it). */
        public Builder consentRegistry(ConsentRegistry registry) {
            this.consentRegistry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** The host's permission check (optional; {@link ConsumerProtection#findPersonalDataAccess} is present only with it). */
        public Builder permissionCheck(PermissionCheck check) {
            this.permissionCheck = Objects.requireNonNull(check, "check");
            return this;
        }

        /** Tokenisation of account and card numbers for sharing (JR/T 0149), optional. */
        public Builder tokenVault(TokenVault vault) {
            this.tokenVault = Objects.requireNonNull(vault, "vault");
            return this;
        }

        /** The host's own scorecards (optional); one with a built-in id replaces the built-in. */
        public Builder scorecardProvider(ScorecardProvider provider) {
            this.scorecardProvider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /** The host's appraisal facts (optional; {@link ConsumerProtection#findAppraisalFacts} is present only with it). */
        public Builder appraisalFactsSource(AppraisalFactsSource source) {
            this.appraisalFactsSource = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Adds a host calendar provider (its own closure days, Hong Kong, Macau, or a newer State Council
         * notice); providers are merged after the bundled data, in the order added, and a conflicting
         * duplicate date fails at {@link #build()}.
         */
        public Builder holidayCalendarProvider(HolidayCalendarProvider provider) {
            calendarProviders.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** Adds a host deadline policy (or a newer version of a bundled one). */
        public Builder deadlinePolicy(DeadlinePolicy policy) {
            policies.add(Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /**
         * The policies whose due dates the lifecycle keeps on every complaint; by default {@code NFRA-2020-3}
         * (decision, review) and {@code INTERNAL-3-5-10} (contact, plan, resolve). Regulator-transferred
         * complaints switch policy as the policy data says.
         */
        public Builder complaintPolicies(PolicyId... ids) {
            if (ids.length == 0) {
                throw new IllegalArgumentException("ids must name at least one policy");
            }
            this.complaintPolicies = List.of(ids);
            return this;
        }

        /**
         * Whether dates past a calendar's data may use a provisional Monday–Friday projection (every result
         * then says it is provisional); off by default, so such dates raise {@link CalendarCoverageException}.
         */
        public Builder allowProvisionalCalendar(boolean allow) {
            this.allowProvisionalCalendar = allow;
            return this;
        }

        /** Where new complaint ids come from; random {@code CP-<uuid>} ids by default. */
        public Builder complaintIds(Supplier<ComplaintId> supplier) {
            this.complaintIds = Objects.requireNonNull(supplier, "supplier");
            return this;
        }

        /**
         * A Jakarta Validation validator to run the intake's annotations too (optional: the SDK always runs
         * its own equivalent checks, so no validation provider is required).
         */
        public Builder validator(jakarta.validation.Validator jakartaValidator) {
            this.validator = Objects.requireNonNull(jakartaValidator, "jakartaValidator");
            return this;
        }

        /** The host's complaint persistence (required). */
        public Builder complaintStore(ComplaintStore store) {
            this.complaintStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The host's notification delivery (required). */
        public Builder notificationSender(NotificationSender sender) {
            this.notificationSender = Objects.requireNonNull(sender, "sender");
            return this;
        }

        /**
         * The host's append-only audit trail (required, unless the complaint store is an
         * {@link AuditedComplaintStore}: its {@link AuditedComplaintStore#auditSink()} is then used, and another
         * sink is refused at {@link #build()}).
         */
        public Builder auditSink(AuditSink sink) {
            this.auditSink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * The host's keys for the audit chain (optional, recommended in production): records are then sealed
         * with HMAC-SHA256 under {@link AuditKeyProvider#currentKeyId()}, so that whoever can write the trail's
         * tables cannot rewrite it unnoticed. Without keys the chain is plain SHA-256.
         */
        public Builder auditKeys(AuditKeyProvider keys) {
            this.auditKeys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        /**
         * Where the audit chain's checkpoints are kept, away from the trail's database (optional, recommended
         * in production): see {@link AuditTrail#checkpoint()}.
         */
        public Builder chainAnchor(ChainAnchor anchor) {
            this.chainAnchor = Objects.requireNonNull(anchor, "anchor");
            return this;
        }

        /** The clock to read "now" from; {@link Clock#systemUTC()} by default. */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /**
         * Fills every SPI not set explicitly from {@link ServiceLoader}, when exactly one provider is
         * registered; explicit wiring always wins.
         */
        public Builder discoverProviders() {
            if (complaintStore == null) {
                complaintStore = single(ComplaintStore.class).orElse(null);
            }
            if (notificationSender == null) {
                notificationSender = single(NotificationSender.class).orElse(null);
            }
            if (auditSink == null) {
                auditSink = single(AuditSink.class).orElse(null);
            }
            return this;
        }

        private static <T> Optional<T> single(Class<T> type) {
            List<T> found = new ArrayList<>();
            ServiceLoader.load(type).forEach(found::add);
            if (found.size() > 1) {
                throw new MissingProviderException(List.of(Violation.of(type.getSimpleName(), "AMBIGUOUS_PROVIDER",
                        found.size() + " providers registered through ServiceLoader; wire one explicitly")));
            }
            return found.stream().findFirst();
        }

        /**
         * Builds the facade, and logs a warning for every calendar in use whose data ends within
         * {@value CalendarHealth#WARNING_DAYS} days of the clock's today or has already ended (see
         * {@link ConsumerProtection#calendarHealth()}).
         *
         * @throws MissingProviderException naming every required SPI that is missing
         */
        public ConsumerProtection build() {
            List<Violation> missing = new ArrayList<>();
            if (complaintStore == null) {
                missing.add(Violation.of("complaintStore", "REQUIRED", "a ComplaintStore is required"));
            }
            if (notificationSender == null) {
                missing.add(Violation.of("notificationSender", "REQUIRED", "a NotificationSender is required"));
            }
            if (complaintStore instanceof AuditedComplaintStore audited) {
                if (auditSink == null) {
                    auditSink = audited.auditSink();
                } else if (auditSink != audited.auditSink()) {
                    missing.add(Violation.of("auditSink", "SINK_OF_AUDITED_STORE", "the complaint store appends each"
                            + " change's audit record in its own transaction to its auditSink(); wire that sink, or"
                            + " none"));
                }
            }
            if (auditSink == null) {
                missing.add(Violation.of("auditSink", "REQUIRED", "an AuditSink is required"));
            }
            if (!missing.isEmpty()) {
                throw new MissingProviderException(missing);
            }
            ConsumerProtection cp = new ConsumerProtection(this);
            cp.warnOnCalendarCoverage();
            return cp;
        }
    }
}
