package io.consumerprotection.core.privacy;

import io.consumerprotection.core.internal.privacy.ReferenceTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The minimum retention period of each record type (bundled in {@code retention-periods.tsv}: complaint
 * files 3 years from closing, disclosure evidence 3 years and AML records 5 years after the relationship ends,
 * impact assessments 3 years), and the review listing what may be deleted and what must be kept. Periods
 * follow Civil Code arts 200–204: the trigger day is not counted and a year period ends on the matching
 * day, so a record may go from the day after. Fail-safe: an unknown type, a trigger not yet reached or a
 * legal hold means keep. Immutable and thread-safe.
 */
public final class RetentionSchedule {

    private static final RetentionSchedule STANDARD = bundled();

    private final Map<String, RetentionPeriod> periods;
    private final String version;

    private RetentionSchedule(Map<String, RetentionPeriod> periods, String version) {
        this.periods = Map.copyOf(periods);
        this.version = version;
    }

    /** The bundled schedule. */
    public static RetentionSchedule standard() {
        return STANDARD;
    }

    private static RetentionSchedule bundled() {
        ReferenceTable t = ReferenceTable.load(RetentionSchedule.class, "retention-periods.tsv");
        Map<String, RetentionPeriod> m = new HashMap<>();
        for (String[] row : t.rows()) {
            m.put(row[0], new RetentionPeriod(row[0], Integer.parseInt(row[1]), RetentionPeriod.Trigger.valueOf(row[2]),
                    row[3]));
        }
        return new RetentionSchedule(m, t.version());
    }

    /** A copy with a period added or replaced (a host keeping longer, or a new record type). */
    public RetentionSchedule withPeriod(RetentionPeriod period, String dataVersion) {
        Map<String, RetentionPeriod> m = new HashMap<>(periods);
        m.put(Objects.requireNonNull(period, "period").recordType(), period);
        return new RetentionSchedule(m, Objects.requireNonNull(dataVersion, "dataVersion"));
    }

    /** The period of a record type, if defined. */
    public Optional<RetentionPeriod> findPeriod(String recordType) {
        return Optional.ofNullable(periods.get(Objects.requireNonNull(recordType, "recordType")));
    }

    /** The data version. */
    public String version() {
        return version;
    }

    /** The verdict on one record on day {@code on}. */
    public RetentionVerdict verdict(RetainedRecord r, LocalDate on) {
        Objects.requireNonNull(r, "record");
        Objects.requireNonNull(on, "on");
        RetentionPeriod p = periods.get(r.recordType());
        if (p == null) {
            return new RetentionVerdict(r.id(), false, "NO_PERIOD_DEFINED", null, "—");
        }
        Optional<LocalDate> trigger = r.triggerDate(p.trigger());
        if (trigger.isEmpty()) {
            return new RetentionVerdict(r.id(), false, "TRIGGER_NOT_REACHED", null, p.source());
        }
        LocalDate keepUntil = trigger.get().plusYears(p.years());
        if (r.legalHold()) {
            return new RetentionVerdict(r.id(), false, "LEGAL_HOLD", keepUntil, p.source());
        }
        return on.isAfter(keepUntil)
                ? new RetentionVerdict(r.id(), true, "PERIOD_ENDED", keepUntil, p.source())
                : new RetentionVerdict(r.id(), false, "WITHIN_PERIOD", keepUntil, p.source());
    }

    /** Reviews records on day {@code on}: what may now be deleted and what must be kept. */
    public RetentionReview review(Iterable<RetainedRecord> records, LocalDate on) {
        Objects.requireNonNull(records, "records");
        List<RetentionVerdict> delete = new ArrayList<>();
        List<RetentionVerdict> keep = new ArrayList<>();
        for (RetainedRecord r : records) {
            RetentionVerdict v = verdict(r, on);
            (v.mayDelete() ? delete : keep).add(v);
        }
        return new RetentionReview(on, delete, keep, version);
    }

    @Override
    public String toString() {
        return "RetentionSchedule[version=" + version + ", types=" + new java.util.TreeSet<>(periods.keySet()) + "]";
    }
}
