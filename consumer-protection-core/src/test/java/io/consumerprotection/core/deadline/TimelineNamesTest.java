package io.consumerprotection.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.HandlingTier;
import io.consumerprotection.core.complaint.PauseReason;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The bundled policies name only event types, tiers, pause reasons and channels of the complaint model (the engine
 * reads those names through {@code ComplaintEventType} and {@code EventDetail} themselves; a host's policy may name
 * others, which no complaint the lifecycle writes holds).
 */
class TimelineNamesTest {

    @Test
    void bundledPoliciesUseOnlyKnownNames() {
        var events = Arrays.stream(ComplaintEventType.values()).map(Enum::name).toList();
        var tiers = Arrays.stream(HandlingTier.values()).map(Enum::name).toList();
        var reasons = Arrays.stream(PauseReason.values()).map(Enum::name).toList();
        var channels = Arrays.stream(Channel.values()).map(Enum::name).toList();
        for (DeadlinePolicy p : DeadlinePolicies.bundled().all()) {
            assertThat(reasons).as("%s pause reasons", p.id()).containsAll(p.pauseReasons());
            assertThat(channels).as("%s transfers", p.id()).containsAll(p.transfers().keySet());
            for (MilestoneRule m : p.milestones()) {
                assertThat(events).as("%s %s", p.id(), m.name()).contains(m.startEvent()).containsAll(m.endEvents());
                m.extensions().forEach(s -> assertThat(tiers).contains(s.tier()));
            }
        }
    }
}
