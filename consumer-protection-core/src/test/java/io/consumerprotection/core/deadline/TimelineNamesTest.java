package io.consumerprotection.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.EventDetail;
import io.consumerprotection.core.complaint.HandlingTier;
import io.consumerprotection.core.complaint.PauseReason;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The deadline package reads the timeline by name (it must not depend on core.complaint, which depends on
 * it): the names it uses are those of the complaint model.
 */
class TimelineNamesTest {

    @Test
    void eventTypesAndDetailKeysMatchTheComplaintModel() {
        for (String type : new String[] {DeadlineEngine.RECEIVED, DeadlineEngine.PAUSED, DeadlineEngine.RESUMED,
            DeadlineEngine.EXTENDED, DeadlineEngine.NEW_FACTS, DeadlineEngine.WITHDRAWN}) {
            assertThat(ComplaintEventType.valueOf(type)).isNotNull();
        }
        assertThat(DeadlineEngine.DETAIL_PAUSE_REASON).isEqualTo(EventDetail.PAUSE_REASON);
        assertThat(DeadlineEngine.DETAIL_TIER).isEqualTo(EventDetail.TIER);
        assertThat(DeadlineEngine.DETAIL_APPROVER).isEqualTo(EventDetail.APPROVER);
        assertThat(DeadlineEngine.DETAIL_NOTICE_METHOD).isEqualTo(EventDetail.NOTICE_METHOD);
        assertThat(HandlingTier.valueOf(DeadlineEngine.TIER_SIMPLE)).isNotNull();
    }

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
