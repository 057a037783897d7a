package io.consumerprotection.jdbc;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationSender;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery side of the outbox: hands the pending rows of {@code notification_outbox} to a downstream
 * {@link NotificationSender} (the host's SMS, e-mail or work-queue gateway), oldest first.
 *
 * <p>For each due row, {@link #dispatchOnce()} first claims a lease on it (an {@code UPDATE} that only one
 * dispatcher wins, so several dispatchers over the same database never hand over the same row at the same
 * time), then calls the downstream, then marks the row {@code DELIVERED} in its own commit. A failed send
 * is retried after an exponential back-off ({@code initialBackoff × 2^(attempts-1)}, capped at
 * {@code maxBackoff}); after {@code maxAttempts} the row is marked {@code FAILED} and kept for an operator.
 *
 * <p>Crash safety: a notification is written in the same transaction as the complaint change, so a crash
 * before delivery loses nothing; a crash after the downstream accepted a notification but before the
 * {@code DELIVERED} commit leaves the row pending with a lease, and once the lease expires the same
 * notification id is handed over again. The downstream is a {@link NotificationSender}, whose contract is
 * that the same id is never delivered twice, so the customer gets it once. At most one notification per
 * crashed dispatcher is handed over twice.
 *
 * <p>Starts no thread by itself: call {@link #dispatchOnce()} from the host's own scheduler, or
 * {@link #scheduleOn} an executor the host owns. Thread-safe.
 */
public final class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    /**
     * How a dispatcher works.
     *
     * @param batchSize      the most rows one {@link #dispatchOnce()} handles, at least 1
     * @param initialBackoff the wait before the first retry, positive
     * @param maxBackoff     the longest wait between retries, at least {@code initialBackoff}
     * @param maxAttempts    attempts before a row is marked {@code FAILED}, at least 1
     * @param lease          how long a claimed row is reserved for this dispatcher, positive; longer than
     *                       a downstream send ever takes
     */
    public record Settings(int batchSize, Duration initialBackoff, Duration maxBackoff, int maxAttempts,
                           Duration lease) {

        public Settings {
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            Objects.requireNonNull(lease, "lease");
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
            }
            if (initialBackoff.isNegative() || initialBackoff.isZero()) {
                throw new IllegalArgumentException("initialBackoff must be positive, was " + initialBackoff);
            }
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff must be at least initialBackoff, was " + maxBackoff);
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            if (lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("lease must be positive, was " + lease);
            }
        }

        /** 100 rows a batch, back-off from 1 s to 15 min, 12 attempts, 5 min lease. */
        public static Settings defaults() {
            return new Settings(100, Duration.ofSeconds(1), Duration.ofMinutes(15), 12, Duration.ofMinutes(5));
        }

        /** The wait after the given number of failed attempts (1 for the first failure). */
        public Duration backoffAfter(int failedAttempts) {
            Duration wait = initialBackoff;
            for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
        }
    }

    /**
     * What one {@link #dispatchOnce()} did.
     *
     * @param delivered rows the downstream accepted, now {@code DELIVERED}
     * @param retried   rows whose send failed and which are scheduled again
     * @param failed    rows whose last attempt failed, now {@code FAILED}
     */
    public record Report(int delivered, int retried, int failed) {

        /** How many rows were handed to the downstream. */
        public int attempted() {
            return delivered + retried + failed;
        }
    }

    private static final String DUE = "SELECT id FROM {notification_outbox}"
            + " WHERE status = '" + OutboxRows.PENDING + "' AND next_attempt_at <= ?"
            + " AND (lease_until IS NULL OR lease_until <= ?) ORDER BY next_attempt_at, seq LIMIT ?";

    private static final String CLAIM = "UPDATE {notification_outbox} SET lease_owner = ?, lease_until = ?"
            + " WHERE id = ? AND status = '" + OutboxRows.PENDING + "' AND next_attempt_at <= ?"
            + " AND (lease_until IS NULL OR lease_until <= ?)";

    private final DataSource dataSource;
    private final TableNames tables;
    private final NotificationSender downstream;
    private final Settings settings;
    private final Clock clock;
    private final String owner = "dispatcher-" + UUID.randomUUID();

    /**
     * A dispatcher over the outbox of this data source.
     *
     * @param dataSource a migrated database
     * @param downstream the sender that really delivers; it must not deliver the same id twice
     * @param settings   batch size, back-off, attempts and lease
     * @param clock      the time used for back-off and leases
     */
    public OutboxDispatcher(DataSource dataSource, NotificationSender downstream, Settings settings, Clock clock) {
        this(dataSource, TableNames.defaults(), downstream, settings, clock);
    }

    /**
     * A dispatcher over the outbox of this data source, its tables named so. It never joins a caller's
     * transaction: every claim and outcome commits on its own connection.
     *
     * @param dataSource a database migrated by {@link JdbcSchema}
     * @param tables     where the tables are
     * @param downstream the sender that really delivers; it must not deliver the same id twice
     * @param settings   batch size, back-off, attempts and lease
     * @param clock      the time used for back-off and leases
     */
    public OutboxDispatcher(DataSource dataSource, TableNames tables, NotificationSender downstream, Settings settings,
                            Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.tables = Objects.requireNonNull(tables, "tables");
        this.downstream = Objects.requireNonNull(downstream, "downstream");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** This dispatcher's settings. */
    public Settings settings() {
        return settings;
    }

    /**
     * Hands every due pending row, up to the batch size, to the downstream sender and records the outcome.
     * Rows leased by another dispatcher are skipped.
     *
     * @throws JdbcAccessException when the database fails (rows already handled keep their outcome)
     */
    public Report dispatchOnce() {
        int delivered = 0;
        int retried = 0;
        int failed = 0;
        for (String id : dueIds(clock.instant())) {
            Optional<Claimed> claimed = claim(id);
            if (claimed.isEmpty()) {
                continue;
            }
            Claimed row = claimed.get();
            try {
                downstream.send(row.notification());
            } catch (RuntimeException e) {
                if (recordFailure(row, e)) {
                    failed++;
                } else {
                    retried++;
                }
                continue;
            }
            recordDelivery(row);
            delivered++;
        }
        return new Report(delivered, retried, failed);
    }

    /**
     * Runs {@link #dispatchOnce()} on the host's executor at a fixed delay; cancel the returned future to
     * stop. A failing run is logged and the next one still runs.
     */
    public ScheduledFuture<?> scheduleOn(ScheduledExecutorService executor, Duration delay) {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("delay must be positive, was " + delay);
        }
        return executor.scheduleWithFixedDelay(() -> {
            try {
                dispatchOnce();
            } catch (JdbcAccessException e) {
                LOG.warn("outbox dispatch failed, retrying in {}: {}", delay, e.getMessage());
            }
        }, 0, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private List<String> dueIds(Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(tables.sql(DUE))) {
            s.setBigDecimal(1, Columns.epoch(now));
            s.setBigDecimal(2, Columns.epoch(now));
            s.setInt(3, settings.batchSize());
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new JdbcAccessException("reading due notifications", e);
        }
    }

    private record Claimed(Notification notification, int attempts) {
    }

    private Optional<Claimed> claim(String id) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement s = c.prepareStatement(tables.sql(CLAIM))) {
                s.setString(1, owner);
                s.setBigDecimal(2, Columns.epoch(now.plus(settings.lease())));
                s.setString(3, id);
                s.setBigDecimal(4, Columns.epoch(now));
                s.setBigDecimal(5, Columns.epoch(now));
                if (s.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT " + OutboxRows.COLUMNS + ", attempts"
                    + tables.sql(" FROM {notification_outbox} WHERE id = ?"))) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return Optional.of(new Claimed(OutboxRows.notification(rs), rs.getInt("attempts")));
                }
            }
        } catch (SQLException e) {
            throw new JdbcAccessException("claiming a notification", e);
        }
    }

    private void recordDelivery(Claimed row) {
        update("marking a notification delivered", "UPDATE {notification_outbox} SET status = '"
                        + OutboxRows.DELIVERED + "', attempts = ?, delivered_at = ?, lease_owner = NULL,"
                        + " lease_until = NULL, last_error = NULL WHERE id = ? AND lease_owner = ?",
                row.attempts() + 1, clock.instant(), null, row.notification().id());
    }

    /** Records a failed send; {@code true} when it was the last attempt. */
    private boolean recordFailure(Claimed row, RuntimeException e) {
        int attempts = row.attempts() + 1;
        boolean last = attempts >= settings.maxAttempts();
        String error = e instanceof ConsumerProtectionException cpe
                ? cpe.getClass().getSimpleName() + " " + cpe.code() : e.getClass().getSimpleName();
        Instant next = clock.instant().plus(settings.backoffAfter(attempts));
        LOG.warn("notification {} of complaint {} not delivered (attempt {} of {}): {}", row.notification().id(),
                row.notification().complaintId(), attempts, settings.maxAttempts(), error);
        update("recording a failed delivery", "UPDATE {notification_outbox} SET status = '"
                        + (last ? OutboxRows.FAILED : OutboxRows.PENDING) + "', attempts = ?, next_attempt_at = ?,"
                        + " lease_owner = NULL, lease_until = NULL, last_error = ? WHERE id = ? AND lease_owner = ?",
                attempts, next, error, row.notification().id());
        return last;
    }

    private void update(String operation, String sql, int attempts, Instant at, String error, String id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(tables.sql(sql))) {
            c.setAutoCommit(true);
            int i = 1;
            s.setInt(i++, attempts);
            s.setBigDecimal(i++, Columns.epoch(at));
            if (error != null) {
                s.setString(i++, error.length() > 500 ? error.substring(0, 500) : error);
            }
            s.setString(i++, id);
            s.setString(i, owner);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new JdbcAccessException(operation, e);
        }
    }
}
