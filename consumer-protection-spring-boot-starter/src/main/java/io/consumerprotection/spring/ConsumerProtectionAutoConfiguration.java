package io.consumerprotection.spring;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.core.privacy.FieldCatalogue;
import io.consumerprotection.core.privacy.Masker;
import io.consumerprotection.core.privacy.NarrativeScrubber;
import io.consumerprotection.core.privacy.ScrubProfile;
import io.consumerprotection.jdbc.JdbcAuditSink;
import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.jdbc.JdbcObservations;
import io.consumerprotection.jdbc.JdbcSchema;
import io.consumerprotection.jdbc.OutboxDispatcher;
import io.consumerprotection.jdbc.OutboxNotificationSender;
import io.consumerprotection.jdbc.TableNames;
import io.consumerprotection.jdbc.TransactionContext;
import java.time.Clock;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auto-configuration: on the application's {@link DataSource}, the SDK's tables (migrated at start with their own
 * Flyway history table unless {@code consumer-protection.jdbc.migrate=false}), the JDBC store, outbox sender and
 * audit sink inside Spring transactions ({@link SpringTransactionContext}), the {@link ConsumerProtection} facade
 * from {@link ConsumerProtectionProperties}, and, when the application declares a {@link NotificationGateway}, the
 * outbox dispatcher on a single-thread scheduler. Every bean is {@code @ConditionalOnMissingBean}: declare your own
 * to replace it. The health indicator and the meters are added when Actuator and Micrometer are on the class path.
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
        JdbcSchema schema = JdbcSchema.on(dataSource, tables);
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
                                                 ObjectProvider<Clock> clock) {
        ConsumerProtection.Builder builder = ConsumerProtection.builder()
                .complaintStore(store)
                .notificationSender(sender)
                .auditSink(sink)
                .allowProvisionalCalendar(properties.allowProvisionalCalendar())
                .narrativeScrubber(scrubber(properties.scrubProfile()));
        if (!properties.policies().isEmpty()) {
            builder.complaintPolicies(properties.policies().stream().map(PolicyId::of).toArray(PolicyId[]::new));
        }
        clock.ifAvailable(builder::clock);
        return builder.build();
    }

    private static NarrativeScrubber scrubber(String profile) {
        return switch (profile) {
            case "standard" -> NarrativeScrubber.standard();
            case "labels" -> NarrativeScrubber.of(ScrubProfile.labels(), Masker.standard(), FieldCatalogue.standard());
            default -> throw new IllegalArgumentException(
                    "consumer-protection.scrub-profile must be standard or labels, was " + profile);
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
