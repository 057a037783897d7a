package io.consumerprotection.spring;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.RuleSet;
import io.consumerprotection.core.audit.RuleSetException;
import io.consumerprotection.core.calendar.CalendarDataException;
import io.consumerprotection.core.calendar.CalendarId;
import io.consumerprotection.core.calendar.HolidayCalendarFormat;
import io.consumerprotection.core.calendar.UnknownCalendarException;
import io.consumerprotection.core.calendar.WorkingCalendar;
import io.consumerprotection.core.classification.ClassificationCatalog;
import io.consumerprotection.core.classification.ClassificationScheme;
import io.consumerprotection.core.classification.UnknownClassificationCodeException;
import io.consumerprotection.core.deadline.DeadlinePolicies;
import io.consumerprotection.core.deadline.DeadlinePolicy;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.core.deadline.UnknownPolicyException;
import io.consumerprotection.core.privacy.FieldCatalogue;
import io.consumerprotection.core.privacy.Masker;
import io.consumerprotection.core.privacy.NarrativeScrubber;
import io.consumerprotection.core.privacy.ScrubProfile;
import io.consumerprotection.jdbc.Dialect;
import io.consumerprotection.jdbc.JdbcAuditSink;
import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.jdbc.JdbcIncidentStore;
import io.consumerprotection.jdbc.JdbcInspectionStore;
import io.consumerprotection.jdbc.JdbcObservations;
import io.consumerprotection.jdbc.JdbcPartnerRegistry;
import io.consumerprotection.jdbc.JdbcRectificationStore;
import io.consumerprotection.jdbc.JdbcReviewStore;
import io.consumerprotection.jdbc.JdbcSchema;
import io.consumerprotection.jdbc.OutboxDispatcher;
import io.consumerprotection.jdbc.OutboxNotificationSender;
import io.consumerprotection.jdbc.TableNames;
import io.consumerprotection.jdbc.TransactionContext;
import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.calendar.HolidayCalendarProvider;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import io.consumerprotection.spi.classification.ClassificationSchemeProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.io.Resource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auto-configuration: on the application's {@link DataSource}, the SDK's tables (migrated at start with their own
 * Flyway history table unless {@code consumer-protection.jdbc.migrate=false}), the JDBC store, outbox sender and
 * audit sink inside Spring transactions ({@link SpringTransactionContext}), the {@link ConsumerProtection} facade
 * from {@link ConsumerProtectionProperties}, and, when the application declares a {@link NotificationGateway}, the
 * outbox dispatcher on a single-thread scheduler. Every bean is {@code @ConditionalOnMissingBean}: declare your own
 * to replace it. The health indicator and the meters are added when Actuator and Micrometer are on the class path.
 *
 * <p>The facade also takes every {@link HolidayCalendarProvider} and {@link ClassificationSchemeProvider} bean of
 * the application, after the calendar files of {@code consumer-protection.calendar.files} and the scheme files of
 * {@code consumer-protection.classification.files}. {@code consumer-protection.calendar.version} and
 * {@code consumer-protection.classification.scheme-version} pin what the facade applies (see
 * {@link ConsumerProtectionProperties.Calendar} and {@link ConsumerProtectionProperties.Classification}). A property
 * value the SDK refuses (a scrub profile, dialect, rule set, calendar or scheme version it does not know, a calendar
 * file it cannot read) fails the start with one {@link InvalidConfigurationPropertyValueException} naming the
 * property; a scheme file it refuses, with its subtype {@link ClassificationFileException} naming the line.
 *
 * <p>Spring Boot 3.5's own {@code FlywayAutoConfiguration} (for the application's {@code db/migration}) does not run
 * with Flyway 12 or later (a {@link NoSuchMethodError}): keep the Flyway version Boot's dependency management
 * selects (11.x), which the SDK's {@link JdbcSchema} runs on, or set {@code spring.flyway.enabled=false};
 * {@link FlywayVersionFailureAnalyzer} says so when it happens.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(ConsumerProtectionProperties.class)
public class ConsumerProtectionAutoConfiguration {

    /** Where the SDK's tables are, from {@code consumer-protection.jdbc.schema} and {@code .table-prefix}. */
    @Bean
    @ConditionalOnMissingBean
    public TableNames consumerProtectionTableNames(ConsumerProtectionProperties properties) {
        return TableNames.of(properties.jdbc().schema(), properties.jdbc().tablePrefix());
    }

    /** Spring's transactions, joined by every JDBC component. */
    @Bean
    @ConditionalOnMissingBean
    public TransactionContext consumerProtectionTransactionContext() {
        return new SpringTransactionContext();
    }

    /** The SDK's schema on the application's data source, migrated at start unless switched off. */
    @Bean
    @ConditionalOnMissingBean
    public JdbcSchema consumerProtectionSchema(DataSource dataSource, TableNames tables,
                                               ConsumerProtectionProperties properties,
                                               ObjectProvider<FlywayMigrationInitializer> applicationMigrations) {
        // the application's own Flyway migrations (db/migration, flyway_schema_history) run first
        applicationMigrations.orderedStream().forEach(initializer -> { });
        String dialect = properties.jdbc().dialect();
        JdbcSchema schema;
        if (dialect.isEmpty()) {
            schema = JdbcSchema.on(dataSource, tables);
        } else {
            try {
                schema = JdbcSchema.on(dataSource, Dialect.valueOf(dialect.toUpperCase(Locale.ROOT)), tables);
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationPropertyValueException("consumer-protection.jdbc.dialect", dialect,
                        "must be one of H2, POSTGRESQL, MARIADB");
            }
        }
        if (properties.jdbc().migrate()) {
            schema.migrate();
        }
        return schema;
    }

    /** The complaint store (and, through it, the audit sink of the same database). */
    @Bean
    @ConditionalOnMissingBean
    public JdbcComplaintStore consumerProtectionComplaintStore(DataSource dataSource, JdbcSchema schema,
                                                               TransactionContext context) {
        return new JdbcComplaintStore(dataSource, schema.tables(), context, JdbcComplaintStore.DEFAULT_FETCH_SIZE);
    }

    /** The outbox sender: notifications are queued in the caller's transaction. */
    @Bean
    @ConditionalOnMissingBean
    public OutboxNotificationSender consumerProtectionNotificationSender(DataSource dataSource, JdbcSchema schema,
                                                                         TransactionContext context) {
        return new OutboxNotificationSender(dataSource, schema.tables(), context);
    }

    /** The 消保审查 store (V6), in the application's transactions. */
    @Bean
    @ConditionalOnMissingBean
    public JdbcReviewStore consumerProtectionReviewStore(DataSource dataSource, JdbcSchema schema,
                                                         TransactionContext context) {
        return new JdbcReviewStore(dataSource, schema.tables(), context);
    }

    /** The 整改 store (V7), in the application's transactions. */
    @Bean
    @ConditionalOnMissingBean
    public JdbcRectificationStore consumerProtectionRectificationStore(DataSource dataSource, JdbcSchema schema,
                                                                       TransactionContext context) {
        return new JdbcRectificationStore(dataSource, schema.tables(), context);
    }

    /** The data-incident store (V8), in the application's transactions. */
    @Bean
    @ConditionalOnMissingBean
    public JdbcIncidentStore consumerProtectionIncidentStore(DataSource dataSource, JdbcSchema schema,
                                                             TransactionContext context) {
        return new JdbcIncidentStore(dataSource, schema.tables(), context);
    }

    /** The cooperating-institution registry (V8), in the application's transactions. */
    @Bean
    @ConditionalOnMissingBean
    public JdbcPartnerRegistry consumerProtectionPartnerRegistry(DataSource dataSource, JdbcSchema schema,
                                                                 TransactionContext context) {
        return new JdbcPartnerRegistry(dataSource, schema.tables(), context);
    }

    /** The service-inspection store (V8), in the application's transactions. */
    @Bean
    @ConditionalOnMissingBean
    public JdbcInspectionStore consumerProtectionInspectionStore(DataSource dataSource, JdbcSchema schema,
                                                                 TransactionContext context) {
        return new JdbcInspectionStore(dataSource, schema.tables(), context);
    }

    /** The audit sink the store appends to. */
    @Bean
    @ConditionalOnMissingBean
    public JdbcAuditSink consumerProtectionAuditSink(JdbcComplaintStore store) {
        return store.auditSink();
    }

    /** Figures of the tables, for the health indicator and the meters. */
    @Bean
    @ConditionalOnMissingBean
    public JdbcObservations consumerProtectionObservations(DataSource dataSource, JdbcSchema schema) {
        return new JdbcObservations(dataSource, schema.tables());
    }

    /** The facade, from the properties, on the JDBC components; the clock is a {@link Clock} bean if there is one. */
    @Bean
    @ConditionalOnMissingBean
    public ConsumerProtection consumerProtection(ConsumerProtectionProperties properties, JdbcComplaintStore store,
                                                 OutboxNotificationSender sender, JdbcAuditSink sink,
                                                 ObjectProvider<Clock> clock,
                                                 ObjectProvider<HolidayCalendarProvider> calendars,
                                                 ObjectProvider<ClassificationSchemeProvider> schemes) {
        ConsumerProtection.Builder builder = ConsumerProtection.builder()
                .complaintStore(store)
                .notificationSender(sender)
                .auditSink(sink)
                .allowProvisionalCalendar(properties.allowProvisionalCalendar())
                .narrativeScrubber(scrubber(properties.scrubProfile()));
        if (!properties.policies().isEmpty()) {
            PolicyId[] ids;
            try {
                ids = properties.policies().stream().map(PolicyId::of).toArray(PolicyId[]::new);
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationPropertyValueException("consumer-protection.policies",
                        String.join(",", properties.policies()), e.getMessage());
            }
            builder.complaintPolicies(ids);
        }
        List<HolidayCalendarRecord> files = calendarFiles(properties.calendar().files());
        if (!files.isEmpty()) {
            builder.holidayCalendarProvider(() -> files);
        }
        calendars.orderedStream().forEach(builder::holidayCalendarProvider);
        pinCalendar(builder, properties.calendar());
        List<ClassificationScheme> schemeFiles = ClassificationFiles.read(properties.classification().files());
        schemeFiles.forEach(builder::classificationScheme);
        List<ClassificationSchemeProvider> schemeProviders = schemes.orderedStream().toList();
        schemeProviders.forEach(builder::classificationSchemeProvider);
        String schemeVersion = properties.classification().schemeVersion();
        if (!schemeVersion.isEmpty()) {
            builder.classificationSchemeVersion(schemeVersion);
        }
        clock.ifAvailable(builder::clock);
        ConsumerProtection facade;
        try {
            facade = builder.build();
        } catch (UnknownPolicyException e) {
            throw new InvalidConfigurationPropertyValueException("consumer-protection.policies",
                    String.join(",", properties.policies()), "names a policy the SDK does not have (" + e.code()
                            + "); the bundled ones include NFRA-2020-3 and INTERNAL-3-5-10");
        } catch (UnknownClassificationCodeException e) {
            if (schemeVersion.isEmpty()) {
                throw e;
            }
            ClassificationCatalog known = ClassificationCatalog.bundled();
            for (ClassificationScheme s : schemeFiles) {
                known = known.with(s);
            }
            for (ClassificationSchemeProvider p : schemeProviders) {
                known = known.with(p);
            }
            throw new InvalidConfigurationPropertyValueException("consumer-protection.classification.scheme-version",
                    schemeVersion, "no such scheme version; the facade has " + known.versions().stream()
                            .map(ClassificationScheme::version).toList() + " (add one with"
                            + " consumer-protection.classification.files or a ClassificationSchemeProvider bean)");
        } catch (UnknownCalendarException e) {
            ConsumerProtectionProperties.Calendar c = properties.calendar();
            if (c.version().isEmpty()) {
                throw e;
            }
            throw new InvalidConfigurationPropertyValueException("consumer-protection.calendar.version", c.version(),
                    "no such calendar version of " + c.id() + " (add a file with consumer-protection.calendar.files"
                            + " or a HolidayCalendarProvider bean)");
        } catch (ConsumerProtectionException e) {
            if (!files.isEmpty()) {
                throw new InvalidConfigurationPropertyValueException("consumer-protection.calendar.files",
                        describe(properties.calendar().files()), e.getMessage());
            }
            throw e;
        }
        requireCalendar(facade, properties.calendar());
        return facade;
    }

    /**
     * Every bundled deadline policy that counts in {@code consumer-protection.calendar.id} counts in
     * {@code consumer-protection.calendar.version}, so the facade applies that version and not the latest.
     */
    private static void pinCalendar(ConsumerProtection.Builder builder, ConsumerProtectionProperties.Calendar c) {
        if (c.id().isEmpty() || c.version().isEmpty()) {
            return;
        }
        CalendarId id = calendarId(c);
        for (DeadlinePolicy policy : DeadlinePolicies.bundled().all()) {
            if (policy.calendarId().equals(id) && policy.calendarVersion().isEmpty()) {
                builder.deadlinePolicy(policy.toBuilder().calendarVersion(c.version()).build());
            }
        }
    }

    private static CalendarId calendarId(ConsumerProtectionProperties.Calendar calendar) {
        try {
            return CalendarId.of(calendar.id());
        } catch (RuntimeException e) {
            throw new InvalidConfigurationPropertyValueException("consumer-protection.calendar.id", calendar.id(),
                    e.getMessage());
        }
    }

    private static List<HolidayCalendarRecord> calendarFiles(List<Resource> files) {
        List<HolidayCalendarRecord> out = new ArrayList<>();
        for (Resource file : files) {
            String name = file.getFilename() == null ? file.getDescription() : file.getFilename();
            try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                out.add(HolidayCalendarFormat.parse(reader, name));
            } catch (CalendarDataException e) {
                String first = e.violations().isEmpty() ? e.getMessage()
                        : e.violations().get(0).field() + ": " + e.violations().get(0).message();
                throw new InvalidConfigurationPropertyValueException("consumer-protection.calendar.files",
                        file.getDescription(), "not a calendar file (" + first + ")");
            } catch (IOException e) {
                throw new InvalidConfigurationPropertyValueException("consumer-protection.calendar.files",
                        file.getDescription(), "cannot be read: " + e.getMessage());
            }
        }
        return List.copyOf(out);
    }

    private static String describe(List<Resource> files) {
        return String.join(",", files.stream().map(Resource::getDescription).toList());
    }

    private static void requireCalendar(ConsumerProtection facade, ConsumerProtectionProperties.Calendar calendar) {
        if (calendar.id().isEmpty()) {
            if (!calendar.version().isEmpty()) {
                throw new InvalidConfigurationPropertyValueException("consumer-protection.calendar.version",
                        calendar.version(), "needs consumer-protection.calendar.id");
            }
            return;
        }
        CalendarId id = calendarId(calendar);
        java.util.Optional<WorkingCalendar> found = calendar.version().isEmpty() ? facade.calendars().find(id)
                : facade.calendars().find(id, calendar.version());
        if (found.isEmpty()) {
            String property = facade.calendars().find(id).isEmpty() ? "consumer-protection.calendar.id"
                    : "consumer-protection.calendar.version";
            String value = property.endsWith(".id") ? calendar.id() : calendar.version();
            throw new InvalidConfigurationPropertyValueException(property, value,
                    "no such calendar" + (property.endsWith(".id") ? "" : " version of " + calendar.id())
                            + "; the facade has " + facade.calendars().ids() + " (add a file with"
                            + " consumer-protection.calendar.files or a HolidayCalendarProvider bean)");
        }
    }

    /** The audit rule sets of {@code consumer-protection.audit.rule-sets}. */
    @Bean
    @ConditionalOnMissingBean
    public RuleSet consumerProtectionRuleSet(ConsumerProtectionProperties properties) {
        try {
            return BuiltInRules.named(properties.audit().ruleSets());
        } catch (RuleSetException e) {
            throw new InvalidConfigurationPropertyValueException("consumer-protection.audit.rule-sets",
                    properties.audit().ruleSets(), "each name must be one of " + BuiltInRules.NAMES);
        }
    }

    /** The application's audit runs of the configured rule sets, told to the {@link RunListener}s. */
    @Bean
    @ConditionalOnMissingBean
    public AuditRuns consumerProtectionAuditRuns(ConsumerProtection facade, RuleSet ruleSet,
                                                 ObjectProvider<RunListener> listeners) {
        return new AuditRuns(facade, ruleSet, listeners.orderedStream().toList());
    }

    /** The application's deadline scans, told to the {@link RunListener}s. */
    @Bean
    @ConditionalOnMissingBean
    public DeadlineScans consumerProtectionDeadlineScans(ConsumerProtection facade,
                                                         ConsumerProtectionProperties properties,
                                                         ObjectProvider<Clock> clock,
                                                         ObjectProvider<RunListener> listeners) {
        PolicyId policy = properties.policies().isEmpty() ? PolicyId.NFRA_2020_3
                : PolicyId.of(properties.policies().get(0));
        return new DeadlineScans(facade, policy, properties.deadlineScan().lookback(),
                clock.getIfAvailable(Clock::systemUTC), listeners.orderedStream().toList());
    }

    /** The deadline scan on its own daemon thread, when {@code consumer-protection.deadline-scan.interval} is set. */
    @Bean
    @ConditionalOnProperty(prefix = "consumer-protection.deadline-scan", name = "interval")
    ScheduledScan consumerProtectionScheduledScan(DeadlineScans scans, ConsumerProtectionProperties properties) {
        return new ScheduledScan(scans, properties.deadlineScan().interval());
    }

    /** The deadline scan at a fixed delay, stopped with the context; a failed scan is logged and the next one runs. */
    static final class ScheduledScan implements DisposableBean {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScheduledScan.class);
        private final ScheduledExecutorService executor;

        ScheduledScan(DeadlineScans scans, java.time.Duration interval) {
            if (interval == null || interval.isZero() || interval.isNegative()) {
                throw new InvalidConfigurationPropertyValueException("consumer-protection.deadline-scan.interval",
                        interval, "must be positive");
            }
            this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "consumer-protection-deadline-scan");
                t.setDaemon(true);
                return t;
            });
            executor.scheduleWithFixedDelay(() -> {
                try {
                    scans.run();
                } catch (RuntimeException e) {
                    LOG.warn("deadline scan failed: {}", e.getClass().getName());
                }
            }, interval.toMillis(), interval.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        @Override
        public void destroy() {
            executor.shutdownNow();
        }
    }

    private static NarrativeScrubber scrubber(String profile) {
        return switch (profile) {
            case "standard" -> NarrativeScrubber.standard();
            case "labels" -> NarrativeScrubber.of(ScrubProfile.labels(), Masker.standard(), FieldCatalogue.standard());
            default -> throw new InvalidConfigurationPropertyValueException("consumer-protection.scrub-profile",
                    profile, "must be standard or labels");
        };
    }

    /** The dispatcher and its schedule, when the application declares where notifications really go. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(NotificationGateway.class)
    @ConditionalOnProperty(prefix = "consumer-protection.outbox", name = "enabled", matchIfMissing = true)
    static class Dispatching {

        @Bean
        @ConditionalOnMissingBean
        OutboxDispatcher consumerProtectionOutboxDispatcher(DataSource dataSource, JdbcSchema schema,
                                                            NotificationGateway gateway, ObjectProvider<Clock> clock) {
            return new OutboxDispatcher(dataSource, schema.tables(), gateway, OutboxDispatcher.Settings.defaults(),
                    clock.getIfAvailable(Clock::systemUTC));
        }

        @Bean
        ScheduledDispatch consumerProtectionScheduledDispatch(OutboxDispatcher dispatcher,
                                                              ConsumerProtectionProperties properties) {
            return new ScheduledDispatch(dispatcher, properties);
        }
    }

    /** The dispatcher running on its own daemon thread at the configured interval, stopped with the context. */
    static final class ScheduledDispatch implements DisposableBean {
        private final ScheduledExecutorService executor;
        private final ScheduledFuture<?> future;

        ScheduledDispatch(OutboxDispatcher dispatcher, ConsumerProtectionProperties properties) {
            this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "consumer-protection-outbox");
                t.setDaemon(true);
                return t;
            });
            this.future = dispatcher.scheduleOn(executor, properties.outbox().dispatchInterval());
        }

        @Override
        public void destroy() {
            future.cancel(false);
            executor.shutdown();
        }
    }

    /** The Actuator health indicator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class Health {
        @Bean
        @ConditionalOnMissingBean(name = "consumerProtectionHealthIndicator")
        ConsumerProtectionHealthIndicator consumerProtectionHealthIndicator(ConsumerProtection facade,
                                                                            JdbcObservations observations,
                                                                            ConsumerProtectionProperties properties,
                                                                            ObjectProvider<Clock> clock) {
            return new ConsumerProtectionHealthIndicator(facade, observations, properties.health().auditRecords(),
                    clock.getIfAvailable(Clock::systemUTC));
        }
    }

    /** The Micrometer meters. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    static class Metrics {
        @Bean
        @ConditionalOnMissingBean
        ConsumerProtectionMetrics consumerProtectionMetrics(JdbcObservations observations,
                                                            ObjectProvider<Clock> clock) {
            return new ConsumerProtectionMetrics(observations, clock.getIfAvailable(Clock::systemUTC));
        }
    }
}
