package io.consumerprotection.core.deadline;

import io.consumerprotection.core.calendar.CalendarId;
import io.consumerprotection.core.calendar.RollRule;
import io.consumerprotection.spi.Violation;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A versioned deadline policy: the rule it implements and its citation, the calendar and time zone it
 * counts in, how a last day on a rest day rolls, when a milestone is at risk, which pause reasons stop the
 * clock, the milestones, and which other policy applies to complaints a regulator transferred.
 *
 * <p>Immutable; built with {@link #builder(PolicyId)} or read from the documented configuration format by
 * {@link DeadlinePolicyFormat}. Both validate the same way and name each bad field with its configuration key.
 */
public final class DeadlinePolicy {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final PolicyId id;
    private final String version;
    private final String title;
    private final String citation;
    private final CalendarId calendarId;
    private final String calendarVersion;
    private final ZoneId zone;
    private final LocalTime cutoff;
    private final RollRule roll;
    private final int atRiskPercent;
    private final Set<String> pauseReasons;
    private final List<MilestoneRule> milestones;
    private final Map<String, PolicyId> transfers;

    private DeadlinePolicy(Builder b) {
        this.id = b.id;
        this.version = b.version;
        this.title = b.title;
        this.citation = b.citation;
        this.calendarId = b.calendarId;
        this.calendarVersion = b.calendarVersion;
        this.zone = b.zone;
        this.cutoff = b.cutoff;
        this.roll = b.roll;
        this.atRiskPercent = b.atRiskPercent;
        this.pauseReasons = Set.copyOf(b.pauseReasons);
        this.milestones = List.copyOf(b.milestones.values());
        this.transfers = Map.copyOf(b.transfers);
    }

    /** A builder for a policy with this id. */
    public static Builder builder(PolicyId id) {
        return new Builder(Objects.requireNonNull(id, "id"));
    }

    /** A builder starting from this policy. */
    public Builder toBuilder() {
        Builder b = new Builder(id).version(version).title(title).citation(citation).calendar(calendarId)
                .zone(zone).roll(roll).atRiskPercent(atRiskPercent).pauseReasons(pauseReasons);
        b.calendarVersion = calendarVersion;
        b.cutoff = cutoff;
        milestones.forEach(b::milestone);
        transfers.forEach(b::transfer);
        return b;
    }

    /** The policy id. */
    public PolicyId id() {
        return id;
    }

    /** The policy version, for example {@code 2020-03-01} (the rule's entry into force). */
    public String version() {
        return version;
    }

    /** The rule's title. */
    public String title() {
        return title;
    }

    /** The citation of the rule. */
    public String citation() {
        return citation;
    }

    /** The working-day calendar the policy counts in. */
    public CalendarId calendarId() {
        return calendarId;
    }

    /** A pinned calendar data version; empty for the latest known. */
    public Optional<String> calendarVersion() {
        return Optional.ofNullable(calendarVersion);
    }

    /** The time zone that turns the received instant into a date. */
    public ZoneId zone() {
        return zone;
    }

    /** The cut-off time after which a receipt counts from the next working day for working-day milestones. */
    public Optional<LocalTime> cutoff() {
        return Optional.ofNullable(cutoff);
    }

    /**
     * How a calendar-time milestone's last day on a rest day rolls. A period whose last day rolls runs until the
     * end of the rolled day (Civil Code art. 203), so a pause for one of the {@link #pauseReasons()} that starts on
     * the rest days before it starts inside the period and moves the due date (see {@link DeadlineEngine}).
     */
    public RollRule roll() {
        return roll;
    }

    /** The share of a milestone's term, in percent, after which it is at risk. */
    public int atRiskPercent() {
        return atRiskPercent;
    }

    /** The pause reasons ({@code PauseReason} names) that stop the clock of pausable milestones. */
    public Set<String> pauseReasons() {
        return pauseReasons;
    }

    /** The milestones, in order. */
    public List<MilestoneRule> milestones() {
        return milestones;
    }

    /** The milestone rule with this name, if the policy has it. */
    public Optional<MilestoneRule> findMilestone(String name) {
        return milestones.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The policies that apply instead of this one to complaints from a channel, by channel name. */
    public Map<String, PolicyId> transfers() {
        return transfers;
    }

    /** {@code NFRA-2020-3 2020-03-01}. */
    @Override
    public String toString() {
        return id + " " + version;
    }

    /** Builds a {@link DeadlinePolicy}; {@link #build()} validates every field at once. */
    public static final class Builder {

        private final PolicyId id;
        private String version;
        private String title;
        private String citation;
        private CalendarId calendarId = CalendarId.CHINA_MAINLAND;
        private String calendarVersion;
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private LocalTime cutoff;
        private RollRule roll = RollRule.NON_WORKING_DAYS;
        private int atRiskPercent = 80;
        private final Set<String> pauseReasons = new LinkedHashSet<>();
        private final Map<String, MilestoneRule> milestones = new LinkedHashMap<>();
        private final List<String> duplicateMilestones = new ArrayList<>();
        private final Map<String, PolicyId> transfers = new LinkedHashMap<>();

        private Builder(PolicyId id) {
            this.id = id;
        }

        /** The policy version (required). */
        public Builder version(String value) {
            this.version = value;
            return this;
        }

        /** The rule's title (required). */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** The citation (required). */
        public Builder citation(String value) {
            this.citation = value;
            return this;
        }

        /** The calendar, {@code CN} by default. */
        public Builder calendar(CalendarId value) {
            this.calendarId = Objects.requireNonNull(value, "value");
            return this;
        }

        /** Pins the calendar's data version. */
        public Builder calendarVersion(String value) {
            this.calendarVersion = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The time zone, {@code Asia/Shanghai} by default. */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The cut-off time for working-day milestones; none by default. */
        public Builder cutoff(LocalTime value) {
            this.cutoff = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The roll rule, {@link RollRule#NON_WORKING_DAYS} by default. */
        public Builder roll(RollRule value) {
            this.roll = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The at-risk threshold in percent of the term, 80 by default. */
        public Builder atRiskPercent(int value) {
            this.atRiskPercent = value;
            return this;
        }

        /** The pause reasons that stop the clock. */
        public Builder pauseReasons(Set<String> values) {
            pauseReasons.clear();
            pauseReasons.addAll(values);
            return this;
        }

        /** Adds a milestone. */
        public Builder milestone(MilestoneRule rule) {
            Objects.requireNonNull(rule, "rule");
            if (milestones.putIfAbsent(rule.name(), rule) != null) {
                duplicateMilestones.add(rule.name());
            }
            return this;
        }

        /** Another policy for complaints from this channel (for example {@code PBOC_TRANSFER}). */
        public Builder transfer(String channel, PolicyId policy) {
            transfers.put(Objects.requireNonNull(channel, "channel"), Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /**
         * Validates and builds the policy.
         *
         * @throws PolicyConfigurationException listing every bad field by its configuration key
         */
        public DeadlinePolicy build() {
            List<Violation> v = new ArrayList<>();
            if (version == null || version.isBlank()) {
                v.add(Violation.of("version", "REQUIRED", "the policy version is required"));
            }
            if (title == null || title.isBlank()) {
                v.add(Violation.of("title", "REQUIRED", "the title is required"));
            }
            if (citation == null || citation.isBlank()) {
                v.add(Violation.of("citation", "REQUIRED", "the citation of the rule is required"));
            }
            if (atRiskPercent < 1 || atRiskPercent > 100) {
                v.add(Violation.of("atRiskPercent", "RANGE", "must be 1 to 100, was " + atRiskPercent));
            }
            for (String reason : pauseReasons) {
                if (!NAME.matcher(reason).matches()) {
                    v.add(Violation.of("pauseReasons", "MALFORMED_NAME", "'" + reason + "' is not an upper-case name"));
                }
            }
            if (milestones.isEmpty()) {
                v.add(Violation.of("milestones", "REQUIRED", "at least one milestone is required"));
            }
            for (String name : duplicateMilestones) {
                v.add(Violation.of("milestones", "DUPLICATE", "milestone " + name + " is defined twice"));
            }
            for (MilestoneRule m : milestones.values()) {
                String f = "milestone." + m.name();
                if (!NAME.matcher(m.name()).matches()) {
                    v.add(Violation.of(f, "MALFORMED_NAME", "'" + m.name() + "' is not an upper-case name"));
                }
                if (m.endEvents().isEmpty()) {
                    v.add(Violation.of(f + ".end", "REQUIRED", "at least one event must end the milestone"));
                }
                if (!NAME.matcher(m.startEvent()).matches()) {
                    v.add(Violation.of(f + ".start", "MALFORMED_NAME", "'" + m.startEvent() + "' is not an event type name"));
                }
                Set<String> tiers = new HashSet<>();
                Term previous = m.term();
                for (ExtensionStep s : m.extensions()) {
                    String ef = f + ".extension." + s.tier();
                    if (!tiers.add(s.tier())) {
                        v.add(Violation.of(ef, "DUPLICATE", "tier " + s.tier() + " is defined twice"));
                    }
                    if (s.total().unit() != m.term().unit()) {
                        v.add(Violation.of(ef + ".term", "UNIT_MISMATCH", "an extension counts in the milestone's unit " + m.term().unit()));
                    } else if (s.total().amount() < previous.amount()) {
                        v.add(Violation.of(ef + ".term", "SHORTENS", "an extension never shortens the term: " + s.total()
                                + " is less than " + previous));
                    } else {
                        previous = s.total();
                    }
                }
            }
            for (Map.Entry<String, PolicyId> t : transfers.entrySet()) {
                if (t.getValue().equals(id)) {
                    v.add(Violation.of("transfer." + t.getKey(), "SELF_REFERENCE", "a policy cannot transfer to itself"));
                }
            }
            if (!v.isEmpty()) {
                throw new PolicyConfigurationException("deadline policy " + id + " is invalid", v);
            }
            return new DeadlinePolicy(this);
        }
    }

    /** Parses a zone, naming the field on failure. */
    static ZoneId zone(String text, String field, List<Violation> v) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            v.add(Violation.of(field, "UNKNOWN_ZONE", "'" + text + "' is not a time zone id"));
            return null;
        }
    }
}
