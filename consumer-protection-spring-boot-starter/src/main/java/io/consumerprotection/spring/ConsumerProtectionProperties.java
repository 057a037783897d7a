package io.consumerprotection.spring;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code consumer-protection.*} properties.
 *
 * @param policies                 the deadline policies kept on every complaint (ids such as {@code NFRA-2020-3},
 *                                 {@code INTERNAL-3-5-10}); empty for the SDK's default
 * @param allowProvisionalCalendar whether dates past the calendar's data may use a provisional Monday–Friday
 *                                 projection
 * @param scrubProfile             {@code standard} (mask) or {@code labels} (replace by labels)
 * @param jdbc                     where the tables are and whether the starter migrates them
 * @param outbox                   the dispatcher
 * @param health                   what the health indicator checks
 */
@ConfigurationProperties("consumer-protection")
public record ConsumerProtectionProperties(List<String> policies, boolean allowProvisionalCalendar,
                                           String scrubProfile, Jdbc jdbc, Outbox outbox, Health health) {

    /** Defaults for what is not set. */
    public ConsumerProtectionProperties {
        policies = policies == null ? List.of() : List.copyOf(policies);
        scrubProfile = scrubProfile == null ? "standard" : scrubProfile;
        jdbc = jdbc == null ? new Jdbc(null, null, true) : jdbc;
        outbox = outbox == null ? new Outbox(true, null) : outbox;
        health = health == null ? new Health(0) : health;
    }

    /**
     * {@code consumer-protection.jdbc.*}.
     *
     * @param schema      the schema of the SDK's tables (empty: the connection's)
     * @param tablePrefix the prefix of their names (empty: none)
     * @param migrate     whether the starter applies the SDK's scripts at start (own history table)
     */
    public record Jdbc(String schema, String tablePrefix, Boolean migrate) {
        /** Defaults. */
        public Jdbc {
            schema = schema == null ? "" : schema;
            tablePrefix = tablePrefix == null ? "" : tablePrefix;
            migrate = migrate == null ? Boolean.TRUE : migrate;
        }
    }

    /**
     * {@code consumer-protection.outbox.*}.
     *
     * @param enabled          whether the dispatcher runs (it also needs a {@link NotificationGateway} bean)
     * @param dispatchInterval the pause between two dispatch runs (default 5 s)
     */
    public record Outbox(Boolean enabled, Duration dispatchInterval) {
        /** Defaults. */
        public Outbox {
            enabled = enabled == null ? Boolean.TRUE : enabled;
            dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(5) : dispatchInterval;
        }
    }

    /**
     * {@code consumer-protection.health.*}.
     *
     * @param auditRecords how many of the latest audit records the health indicator checks the links of (default 100)
     */
    public record Health(int auditRecords) {
        /** Defaults. */
        public Health {
            auditRecords = auditRecords <= 0 ? 100 : auditRecords;
        }
    }
}
