package io.consumerprotection.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The day (and time of day) of an instant in a zone, as {@link LocalDate#ofInstant} and
 * {@link LocalTime#ofInstant} give it, without the zone rules' binary search for instants after the zone's
 * last offset change. China has kept UTC+8 since its last daylight-saving transition in September 1991, so
 * every complaint an audit reads takes the arithmetic path; earlier instants, and zones that still change
 * their offset (a daylight-saving rule), take the JDK's path. A property test checks both against the JDK
 * over many zones and two centuries.
 */
public final class ZoneDay {

    private static final int SECONDS_PER_DAY = 86_400;
    private static final ConcurrentHashMap<ZoneId, ZoneDay> BY_ZONE = new ConcurrentHashMap<>();

    private final ZoneId zone;
    private final ZoneRules rules;
    /** The first epoch second from which the offset never changes again ({@link Long#MAX_VALUE}: it does). */
    private final long fixedFrom;
    private final int fixedOffset;

    private ZoneDay(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        if (rules.isFixedOffset()) {
            fixedFrom = Long.MIN_VALUE;
            fixedOffset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
        } else if (rules.getTransitionRules().isEmpty() && !rules.getTransitions().isEmpty()) {
            List<ZoneOffsetTransition> transitions = rules.getTransitions();
            ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
            fixedFrom = last.toEpochSecond();
            fixedOffset = last.getOffsetAfter().getTotalSeconds();
        } else {
            fixedFrom = Long.MAX_VALUE;
            fixedOffset = 0;
        }
    }

    /** The days of this zone (one shared instance per zone). */
    public static ZoneDay of(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        ZoneDay known = BY_ZONE.get(zone);
        return known != null ? known : BY_ZONE.computeIfAbsent(zone, ZoneDay::new);
    }

    /** The zone. */
    public ZoneId zone() {
        return zone;
    }

    /** The day of the instant in the zone: {@code LocalDate.ofInstant(instant, zone)}. */
    public LocalDate dayOf(Instant instant) {
        return EpochDays.date(epochDay(instant));
    }

    /** The epoch day of the instant in the zone: {@code LocalDate.ofInstant(instant, zone).toEpochDay()}, no date made. */
    public long epochDay(Instant instant) {
        long s = instant.getEpochSecond();
        int offset = s >= fixedFrom ? fixedOffset : rules.getOffset(instant).getTotalSeconds();
        return Math.floorDiv(s + offset, SECONDS_PER_DAY);
    }

    /** The time of day of the instant in the zone: {@code LocalTime.ofInstant(instant, zone)}. */
    public LocalTime timeOf(Instant instant) {
        long s = instant.getEpochSecond();
        if (s >= fixedFrom) {
            return LocalTime.ofNanoOfDay(Math.floorMod(s + fixedOffset, SECONDS_PER_DAY) * 1_000_000_000L + instant.getNano());
        }
        return LocalTime.ofInstant(instant, zone);
    }
}
