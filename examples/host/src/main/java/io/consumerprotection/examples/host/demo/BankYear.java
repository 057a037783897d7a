package io.consumerprotection.examples.host.demo;

import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintValidationException;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.complaint.Decision;
import io.consumerprotection.core.complaint.IllegalTransitionException;
import io.consumerprotection.spi.ConsumerProtectionException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the demo dataset through the SDK's complaint handling: every intake and every handler action, each
 * at its own simulated instant, and counts what the SDK accepted and rejected.
 */
final class BankYear {

    /** What the handling step did. */
    record Result(int complaints, int actions, Map<String, Integer> rejected, int corrected, double seconds) {
    }

    private BankYear() {
    }

    static Result handle(List<DemoCase> cases, Complaints complaints, SimulatedClock clock, Instant end, PrintStream out) {
        Progress progress = new Progress(out, "intake and handling", cases.size());
        Map<String, Integer> rejected = new TreeMap<>();
        int actions = 0;
        int corrected = 0;
        int done = 0;
        for (DemoCase c : cases) {
            clock.set(c.intake().receivedAt());
            Complaint complaint = complaints.intake(c.intake(), c.intake().firstContactHandler()).complaint();
            for (DemoCase.Step step : c.steps()) {
                if (step.at().isAfter(end)) {
                    break;
                }
                clock.set(step.at());
                try {
                    complaint = complaints.act(complaint, step.action(), step.actor());
                    actions++;
                } catch (ComplaintValidationException e) {
                    e.violations().forEach(v -> rejected.merge(v.rule(), 1, Integer::sum));
                    if (step.action() instanceof ComplaintAction.Decide d) {
                        // the handler corrects the notice: the remedies of art. 19 were missing
                        Decision fixed = Decision.withAllRemedies(d.decision().outcome(), d.decision().findings(),
                                d.decision().grounds(), d.decision().noticeMethod(), d.decision().noticeProof());
                        complaint = complaints.act(complaint, new ComplaintAction.Decide(fixed), step.actor());
                        actions++;
                        corrected++;
                    }
                } catch (IllegalTransitionException e) {
                    rejected.merge("TRANSITION_NOT_ALLOWED", 1, Integer::sum);
                } catch (ConsumerProtectionException e) {
                    rejected.merge(e.code(), 1, Integer::sum);
                }
            }
            progress.update(++done);
        }
        return new Result(done, actions, rejected, corrected, progress.seconds());
    }
}
