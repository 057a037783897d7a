package io.consumerprotection.spring;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

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
 * @param calendar                 the working-day calendars: files added to the bundled data, the one pinned
 * @param classification           the classification scheme files added to the bundled scheme, the version pinned
 * @param audit                    the audit rule sets {@link AuditRuns} runs
 * @param deadlineScan             the deadline scan {@link DeadlineScans} runs, and its schedule
 */
@ConfigurationProperties("consumer-protection")
public record ConsumerProtectionProperties(List<String> policies, boolean allowProvisionalCalendar,
                                           String scrubProfile, Jdbc jdbc, Outbox outbox, Health health,
                                           Calendar calendar, Classification classification, Audit audit,
                                           DeadlineScan deadlineScan) {

    /** Defaults for what is not set. */
    public ConsumerProtectionProperties {
        policies = policies == null ? List.of() : List.copyOf(policies);
        scrubProfile = scrubProfile == null ? "standard" : scrubProfile;
        jdbc = jdbc == null ? new Jdbc(null, null, true, null) : jdbc;
        outbox = outbox == null ? new Outbox(true, null) : outbox;
        health = health == null ? new Health(0) : health;
        calendar = calendar == null ? new Calendar(null, null, null) : calendar;
        classification = classification == null ? new Classification(null, null) : classification;
        audit = audit == null ? new Audit(null) : audit;
        deadlineScan = deadlineScan == null ? new DeadlineScan(null, null) : deadlineScan;
    }

    /**
     * {@code consumer-protection.jdbc.*}.
     *
     * @param schema      the schema of the SDK's tables (empty: the connection's)
     * @param tablePrefix the prefix of their names (empty: none)
     * @param migrate     whether the starter applies the SDK's scripts at start (own history table)
     * @param dialect     {@code H2}, {@code POSTGRESQL} or {@code MARIADB}; empty: from the product name the driver
     *                    reports (set it for a compatible database that reports its own name, such as openGauss
     *                    or KingbaseES: {@code POSTGRESQL}; OceanBase MySQL mode or TiDB: {@code MARIADB})
     */
    public record Jdbc(String schema, String tablePrefix, Boolean migrate, String dialect) {
        /** Defaults. */
        public Jdbc {
            schema = schema == null ? "" : schema;
            tablePrefix = tablePrefix == null ? "" : tablePrefix;
            migrate = migrate == null ? Boolean.TRUE : migrate;
            dialect = dialect == null ? "" : dialect.trim();
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

    /**
     * {@code consumer-protection.calendar.*}.
     *
     * @param files   calendar files ({@code classpath:…} or {@code file:…}, the format of {@code HolidayCalendarFormat},
     *                as {@code calendar import-notice} writes them) added to the bundled calendars, after them, in
     *                order; a date one of them gives differently from the bundled data fails the start
     * @param id      a calendar the application relies on (for example {@code CN}); empty: none is checked
     * @param version the version of {@link #id} the facade applies (for example {@code 2026a}); empty: the latest
     *                version. Every bundled deadline policy that counts in {@link #id} (for {@code CN}: NFRA-2020-3,
     *                PBOC-2020-5, INTERNAL-3-5-10, REGULATOR-FORWARDING, CREDIT-REPORTING-DISPUTE) counts in this
     *                version, so due dates, the review window and the health indicator's coverage end use it even
     *                when a file or provider adds a later version; for a calendar no bundled policy counts in (a
     *                branch's own), the version is only checked to exist
     */
    public record Calendar(List<Resource> files, String id, String version) {
        /** Defaults. */
        public Calendar {
            files = files == null ? List.of() : List.copyOf(files);
            id = id == null ? "" : id.trim();
            version = version == null ? "" : version.trim();
        }
    }

    /**
     * {@code consumer-protection.classification.*}.
     *
     * @param schemeVersion the classification scheme version the facade applies (for example {@code 2018.1}): it
     *                      and the versions in force before it, never a later one (later versions are left out of
     *                      the facade's catalogue, so validation, suggestion and statistics use it from its
     *                      effective date on); empty: every version applies from its effective date
     * @param files         scheme files ({@code classpath:…} or {@code file:…}, each a whole version in the format
     *                      of the bundled {@code scheme-2018.1.tsv}, described in the package documentation of
     *                      {@code io.consumerprotection.core.classification}, with {@code @based-on} an earlier
     *                      version) added after the bundled versions, in order; local codes under standard codes
     *                      come from {@code ClassificationSchemeProvider} beans, applied after the files. A bad file
     *                      fails the start with {@link ClassificationFileException} naming the file and the line.
     */
    public record Classification(String schemeVersion, List<Resource> files) {
        /** Defaults. */
        public Classification {
            schemeVersion = schemeVersion == null ? "" : schemeVersion.trim();
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /**
     * {@code consumer-protection.audit.*}.
     *
     * @param ruleSets the built-in rule sets, comma-separated ({@code complaints}, {@code sales}, {@code governance},
     *                 {@code privacy}, {@code rectification}, {@code all}); default {@code complaints}
     */
    public record Audit(String ruleSets) {
        /** Defaults. */
        public Audit {
            ruleSets = ruleSets == null || ruleSets.isBlank() ? "complaints" : ruleSets.trim();
        }
    }

    /**
     * {@code consumer-protection.deadline-scan.*}.
     *
     * @param interval the pause between two scheduled scans; empty (the default): no schedule, the application
     *                 calls {@link DeadlineScans#run()} itself
     * @param lookback which complaints a scan reads: those received within this period before now (default 400 days)
     */
    public record DeadlineScan(Duration interval, Duration lookback) {
        /** Defaults. */
        public DeadlineScan {
            lookback = lookback == null ? Duration.ofDays(400) : lookback;
        }
    }
}
