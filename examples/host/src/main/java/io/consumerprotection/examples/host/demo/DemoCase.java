package io.consumerprotection.examples.host.demo;

import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.Intake;
import java.time.Instant;
import java.util.List;

/**
 * One complaint of the demo dataset: the intake, the topic it was drawn from, the actions its handlers
 * take, in time order, and the raw personal data written into its narrative (ID, card and mobile numbers, the
 * name), which the demo later looks for in what was stored, without the scrubber.
 */
record DemoCase(Intake intake, Topic topic, List<Step> steps, List<String> planted) {

    DemoCase {
        planted = List.copyOf(planted);
    }

    @Override
    public String toString() {
        return "DemoCase[" + intake.channel() + ", " + topic.businessCode() + "/" + topic.causeCode() + ", " + steps.size() + " steps, "
                + planted.size() + " planted values]";
    }

    /** One action at one instant by one member of staff. */
    record Step(Instant at, String actor, ComplaintAction action) {
    }
}
