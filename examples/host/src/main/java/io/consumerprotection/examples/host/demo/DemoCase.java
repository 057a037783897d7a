package io.consumerprotection.examples.host.demo;

import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.Intake;
import java.time.Instant;
import java.util.List;

/**
 * One complaint of the demo dataset: the intake, the topic it was drawn from and the actions its handlers
 * take, in time order.
 */
record DemoCase(Intake intake, Topic topic, List<Step> steps) {

    /** One action at one instant by one member of staff. */
    record Step(Instant at, String actor, ComplaintAction action) {
    }
}
