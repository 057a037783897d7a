package io.consumerprotection.examples.host.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.privacy.ChainVerification;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the instances of a several-instances test wrote ({@link InstanceWork}), checked against the database: each
 * shared reference created by one instance and every complaint there once; no lost update (the changes the
 * instances were told were accepted are exactly the events of the stored timelines, none at a version twice, each
 * stored version one more than its accepted changes); no duplicate delivery (the hand-overs of all instances are
 * exactly the outbox rows, each once, all {@code DELIVERED}); one unbroken audit chain of one record per change.
 *
 * @param own      complaints of its own each instance took in
 * @param shared   complaints both took in
 * @param contacts contacts recorded on each shared complaint by each instance
 */
public record InstanceLogs(Path dir, List<String> labels, int own, int shared, int contacts) {

    /**
     * Checks the four properties and prints the figures.
     *
     * @param what    names the run in the printed line
     * @param store   the complaint store on the shared database
     * @param outbox  status per notification id of the outbox table
     * @param chain   the verification of the audit chain against the stored complaints
     */
    public void check(String what, ComplaintStore store, Map<String, String> outbox, ChainVerification chain)
            throws IOException {
        Map<String, List<String>> accepted = new HashMap<>(); // complaint id -> "TYPE actor" of accepted changes
        Map<String, Set<Long>> versions = new HashMap<>();
        long duplicateVersions = 0;
        long changes = 0;
        long created = 0;
        Set<String> createdIds = new HashSet<>();
        List<String> handedOver = new ArrayList<>();
        for (String label : labels) {
            for (String line : read("changes-" + label)) {
                String[] f = line.split(" ");
                accepted.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[2] + " " + f[3]);
                if (!versions.computeIfAbsent(f[0], k -> new HashSet<>()).add(Long.parseLong(f[1]))) {
                    duplicateVersions++;
                }
                changes++;
            }
            for (String line : read("intakes-" + label)) {
                String[] f = line.split(" ");
                if (Boolean.parseBoolean(f[1])) {
                    created++;
                    createdIds.add(f[0]);
                }
            }
            handedOver.addAll(read("handovers-" + label));
        }

        List<ComplaintRecord> stored;
        try (var all = store.stream(ComplaintQuery.all())) {
            stored = all.toList();
        }
        long lost = 0;
        long phantom = 0;
        long wrongVersion = 0;
        for (ComplaintRecord c : stored) {
            List<String> events = new ArrayList<>();
            for (TimelineEventRecord e : c.timeline()) {
                if (!e.type().equals("RECEIVED") && !e.type().equals("NOTIFIED")) {
                    events.add(e.type() + " " + e.actor());
                }
            }
            List<String> told = accepted.getOrDefault(c.id(), List.of());
            List<String> missing = new ArrayList<>(told);
            events.forEach(missing::remove);
            List<String> extra = new ArrayList<>(events);
            told.forEach(extra::remove);
            lost += missing.size();
            phantom += extra.size();
            if (c.version() != 1 + told.size()) {
                wrongVersion++;
            }
        }
        int instances = labels.size();
        int complaints = instances * own + shared;
        System.out.printf("%s: complaints %d (created %d), accepted changes %d, lost %d, phantom %d, duplicate"
                        + " versions %d, wrong versions %d; notifications %d, hand-overs %d (distinct %d); audit"
                        + " records %d, problems %s%n", what, stored.size(), created, changes, lost, phantom,
                duplicateVersions, wrongVersion, outbox.size(), handedOver.size(), new HashSet<>(handedOver).size(),
                chain.recordsChecked(), chain.countsByProblem());

        assertThat(stored).hasSize(complaints);
        assertThat(created).as("complaints created (each shared reference by one instance)").isEqualTo(complaints);
        assertThat(createdIds).hasSize(complaints);
        assertThat(lost).as("accepted changes missing from the stored timelines").isZero();
        assertThat(phantom).as("stored events no instance was told were accepted").isZero();
        assertThat(duplicateVersions).as("two accepted changes of a complaint at one version").isZero();
        assertThat(wrongVersion).as("complaints whose version is not 1 + their accepted changes").isZero();
        // every complaint is accepted once (one acknowledgement each); every shared one gets every contact
        assertThat(changes).isEqualTo((long) instances * own + shared * (3L + (long) instances * contacts));
        assertThat(outbox).hasSize(complaints);
        assertThat(outbox.values()).containsOnly("DELIVERED");
        assertThat(handedOver).as("hand-overs of all instances").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(outbox.keySet());
        assertThat(chain.problems()).isEmpty();
        assertThat(chain.recordsChecked()).isEqualTo(created + changes);
    }

    private List<String> read(String name) throws IOException {
        return Files.readAllLines(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
    }
}
