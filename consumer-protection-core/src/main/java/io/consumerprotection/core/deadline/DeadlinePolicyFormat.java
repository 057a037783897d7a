package io.consumerprotection.core.deadline;

import com.google.common.base.Splitter;
import io.consumerprotection.core.calendar.CalendarId;
import io.consumerprotection.core.calendar.RollRule;
import io.consumerprotection.spi.Violation;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration format of deadline policies (format 1): a UTF-8 {@code .properties} text, in which the
 * bundled policies are written and in which a host writes its own SLAs. Keys:
 * <pre>
 * id                   = NFRA-2020-3                 required; upper-case letters, digits and '-'
 * version              = 2020-03-01                  required; the policy's data version
 * title                = 银行业保险业消费投诉处理管理办法   required
 * citation             = CBIRC Order 2020 No. 3 …    required; the rule's citation
 * calendar             = CN                          working-day calendar id (default CN)
 * calendarVersion      = 2026a                       pins the calendar data version (default: latest)
 * zone                 = Asia/Shanghai               zone of the received instant (default Asia/Shanghai)
 * cutoff               = 17:00                       receipts at or after it count from the next working
 *                                                    day, for working-day milestones (default: none)
 * roll                 = NON_WORKING_DAYS            NONE, STATUTORY_HOLIDAYS or NON_WORKING_DAYS (default)
 * atRiskPercent        = 80                          at risk once this share of the term is used (default 80)
 * pauseReasons         = MEDIATION, OUTSIDE_APPRAISAL  reasons that stop pausable clocks (default none)
 * transfer.CHANNEL     = PBOC-2020-5                 the policy for complaints from that channel instead
 * milestones           = DECISION, REVIEW            required; the milestone names, in order
 * milestone.M.term     = 15 CALENDAR_DAYS            required; amount and CALENDAR_DAYS, WORKING_DAYS, WEEKS or MONTHS
 * milestone.M.start    = RECEIVED                    RECEIVED (default) or the event type that starts it
 * milestone.M.end      = DECIDED                     required; event types that meet it
 * milestone.M.pausable = true                        whether pauses stop it (default false)
 * milestone.M.restartOnNewFacts = true               whether NEW_FACTS restarts it (default false)
 * milestone.M.citation = art. 18                     the article
 * milestone.M.extensions = COMPLEX, VERY_COMPLEX     extension tiers, in increasing order
 * milestone.M.extension.T.term     = 30 CALENDAR_DAYS   required; the whole term once extended
 * milestone.M.extension.T.approver = true               the EXTENDED event must name an approver (default false)
 * milestone.M.extension.T.notice   = true               the EXTENDED event must give a notice method (default false)
 * milestone.M.extension.T.citation = art. 18
 * </pre>
 * An unknown key, a missing required key or a bad value is reported with its key as the violation's field,
 * all at once, in a {@link PolicyConfigurationException}.
 */
public final class DeadlinePolicyFormat {

    /** A comma-separated list value: items trimmed, empty items dropped. */
    private static final Splitter LIST = Splitter.on(',').trimResults().omitEmptyStrings();
    private static final Pattern MILESTONE_KEY = Pattern.compile("milestone\\.([^.]+)\\.(term|start|end|pausable|restartOnNewFacts|citation|extensions)");
    private static final Pattern EXTENSION_KEY = Pattern.compile("milestone\\.([^.]+)\\.extension\\.([^.]+)\\.(term|approver|notice|citation)");
    private static final Set<String> TOP = Set.of("id", "version", "title", "citation", "calendar", "calendarVersion",
            "zone", "cutoff", "roll", "atRiskPercent", "pauseReasons", "milestones");

    private DeadlinePolicyFormat() {
    }

    /**
     * Reads one policy.
     *
     * @param reader the text, read to its end but not closed
     * @param name   what to call the text in error messages
     * @throws PolicyConfigurationException listing every bad key
     */
    public static DeadlinePolicy parse(Reader reader, String name) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(name, "name");
        Properties p = new Properties();
        try {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new PolicyConfigurationException("policy " + name + " is invalid",
                    List.of(Violation.of(name, "MALFORMED", "not a properties text: " + e.getMessage())));
        }
        List<Violation> v = new ArrayList<>();
        String idText = p.getProperty("id", "").strip();
        PolicyId id = null;
        try {
            id = PolicyId.of(idText);
        } catch (IllegalArgumentException e) {
            v.add(Violation.of("id", idText.isEmpty() ? "REQUIRED" : "MALFORMED_ID", idText.isEmpty() ? "the policy id is required" : e.getMessage()));
        }
        List<String> milestoneNames = list(p.getProperty("milestones"));
        Set<String> declared = new HashSet<>(milestoneNames);
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (TOP.contains(key) || key.startsWith("transfer.")) {
                continue;
            }
            Matcher m = MILESTONE_KEY.matcher(key);
            Matcher e = EXTENSION_KEY.matcher(key);
            if (m.matches()) {
                if (!declared.contains(m.group(1))) {
                    v.add(Violation.of(key, "UNDECLARED_MILESTONE", m.group(1) + " is not listed in 'milestones'"));
                }
            } else if (e.matches()) {
                if (!declared.contains(e.group(1)) || !list(p.getProperty("milestone." + e.group(1) + ".extensions")).contains(e.group(2))) {
                    v.add(Violation.of(key, "UNDECLARED_EXTENSION", e.group(2) + " is not listed in 'milestone." + e.group(1) + ".extensions'"));
                }
            } else {
                v.add(Violation.of(key, "UNKNOWN_KEY", "unknown key"));
            }
        }
        if (milestoneNames.isEmpty()) {
            v.add(Violation.of("milestones", "REQUIRED", "at least one milestone is required"));
        }
        DeadlinePolicy.Builder b = DeadlinePolicy.builder(id == null ? PolicyId.of("INVALID") : id)
                .version(p.getProperty("version", "").strip())
                .title(p.getProperty("title", "").strip())
                .citation(p.getProperty("citation", "").strip());
        String calendar = p.getProperty("calendar");
        if (calendar != null) {
            try {
                b.calendar(CalendarId.of(calendar.strip()));
            } catch (IllegalArgumentException e) {
                v.add(Violation.of("calendar", "MALFORMED_ID", e.getMessage()));
            }
        }
        if (p.getProperty("calendarVersion") != null) {
            b.calendarVersion(p.getProperty("calendarVersion").strip());
        }
        if (p.getProperty("zone") != null) {
            ZoneId zone = DeadlinePolicy.zone(p.getProperty("zone").strip(), "zone", v);
            if (zone != null) {
                b.zone(zone);
            }
        }
        if (p.getProperty("cutoff") != null) {
            try {
                b.cutoff(LocalTime.parse(p.getProperty("cutoff").strip()));
            } catch (DateTimeException e) {
                v.add(Violation.of("cutoff", "MALFORMED_TIME", "'" + p.getProperty("cutoff") + "' is not a time such as 17:00"));
            }
        }
        if (p.getProperty("roll") != null) {
            RollRule roll = enumValue(RollRule.class, p.getProperty("roll"), "roll", v);
            if (roll != null) {
                b.roll(roll);
            }
        }
        if (p.getProperty("atRiskPercent") != null) {
            Integer percent = integer(p.getProperty("atRiskPercent"), "atRiskPercent", v);
            if (percent != null) {
                b.atRiskPercent(percent);
            }
        }
        b.pauseReasons(new LinkedHashSet<>(list(p.getProperty("pauseReasons"))));
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (key.startsWith("transfer.")) {
                try {
                    b.transfer(key.substring("transfer.".length()), PolicyId.of(p.getProperty(key).strip()));
                } catch (IllegalArgumentException e) {
                    v.add(Violation.of(key, "MALFORMED_ID", e.getMessage()));
                }
            }
        }
        for (String m : milestoneNames) {
            String f = "milestone." + m;
            Term term = term(p.getProperty(f + ".term"), f + ".term", v);
            List<String> ends = list(p.getProperty(f + ".end"));
            if (ends.isEmpty()) {
                v.add(Violation.of(f + ".end", "REQUIRED", "at least one event must end the milestone"));
            }
            List<ExtensionStep> steps = new ArrayList<>();
            for (String tier : list(p.getProperty(f + ".extensions"))) {
                String ef = f + ".extension." + tier;
                Term total = term(p.getProperty(ef + ".term"), ef + ".term", v);
                Boolean approver = bool(p.getProperty(ef + ".approver"), ef + ".approver", v);
                Boolean notice = bool(p.getProperty(ef + ".notice"), ef + ".notice", v);
                if (total != null && approver != null && notice != null) {
                    steps.add(new ExtensionStep(tier, total, approver, notice, p.getProperty(ef + ".citation", "").strip()));
                }
            }
            Boolean pausable = bool(p.getProperty(f + ".pausable"), f + ".pausable", v);
            Boolean restart = bool(p.getProperty(f + ".restartOnNewFacts"), f + ".restartOnNewFacts", v);
            if (term != null && !ends.isEmpty() && pausable != null && restart != null) {
                b.milestone(new MilestoneRule(m, term, p.getProperty(f + ".start", MilestoneRule.RECEIPT).strip(),
                        new LinkedHashSet<>(ends), pausable, restart, steps, p.getProperty(f + ".citation", "").strip()));
            }
        }
        if (!v.isEmpty()) {
            throw new PolicyConfigurationException("policy " + name + " is invalid", v);
        }
        try {
            return b.build();
        } catch (PolicyConfigurationException e) {
            throw new PolicyConfigurationException("policy " + name + " is invalid", e.violations());
        }
    }

    private static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return LIST.splitToList(text);
    }

    private static Term term(String text, String field, List<Violation> v) {
        if (text == null || text.isBlank()) {
            v.add(Violation.of(field, "REQUIRED", "a term such as '15 CALENDAR_DAYS' is required"));
            return null;
        }
        try {
            return Term.parse(text);
        } catch (IllegalArgumentException e) {
            v.add(Violation.of(field, "MALFORMED_TERM", "'" + text.strip() + "' is not a term such as '15 CALENDAR_DAYS'"));
            return null;
        }
    }

    private static Boolean bool(String text, String field, List<Violation> v) {
        if (text == null) {
            return Boolean.FALSE;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        v.add(Violation.of(field, "MALFORMED_BOOLEAN", "'" + text.strip() + "' is not true or false"));
        return null;
    }

    private static Integer integer(String text, String field, List<Violation> v) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            v.add(Violation.of(field, "MALFORMED_NUMBER", "'" + text.strip() + "' is not a whole number"));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, List<Violation> v) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(Violation.of(field, "UNKNOWN_VALUE", "'" + text.strip() + "' is not one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
