package io.consumerprotection.core;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.audit.ChainLink;
import io.consumerprotection.spi.complaint.AtomicAuditedComplaintStore;
import io.consumerprotection.spi.complaint.AuditedSave;
import io.consumerprotection.spi.complaint.ComplaintSave;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * An {@link AtomicAuditedComplaintStore} in memory for core's tests: one lock over the complaints, the queue and
 * the trail, and nothing kept when a step fails (the link is made before anything is written). It can also
 * replace a stored row behind the SDK's back, as an attacker with write access to the table would.
 */
final class AuditedMemoryStore implements AtomicAuditedComplaintStore {

    private final InMemoryComplaintStore complaints = new InMemoryComplaintStore();
    private final InMemoryAuditSink sink = new InMemoryAuditSink();
    private final List<Notification> queued = new ArrayList<>();
    /** Rows replaced or removed behind the SDK's back: an empty value is a removed row. */
    private final Map<String, Optional<ComplaintRecord>> tampered = new ConcurrentHashMap<>();

    @Override
    public ComplaintRecord saveAudited(ComplaintRecord record, long expectedVersion, List<Notification> notifications,
                                       AuditRecord audit, ChainLink link) {
        synchronized (sink) {
            interfere();
            AuditRecord linked = link.link(audit, sink.findLast().map(AuditRecord::hash).orElse(""));
            ComplaintRecord saved = complaints.save(record, expectedVersion);
            queued.addAll(notifications);
            sink.append(linked);
            return saved;
        }
    }

    /** How many {@link #saveAllAudited} calls reached the store. */
    private int saveAllAuditedCalls;
    /** Runs once just before the next write reaches the store (a concurrent writer), then is cleared. */
    private Runnable beforeNextWrite;

    @Override
    public List<ComplaintRecord> saveAllAudited(List<AuditedSave> saves, ChainLink link) {
        synchronized (sink) {
            saveAllAuditedCalls++;
            interfere();
            String previous = sink.findLast().map(AuditRecord::hash).orElse("");
            List<AuditRecord> linked = new ArrayList<>();
            for (AuditedSave save : saves) {
                AuditRecord l = link.link(save.audit(), previous);
                linked.add(l);
                previous = l.hash();
            }
            List<ComplaintRecord> saved = complaints.saveAll(
                    saves.stream().map(s -> new ComplaintSave(s.record(), s.expectedVersion())).toList());
            saves.forEach(s -> queued.addAll(s.notifications()));
            linked.forEach(sink::append);
            return saved;
        }
    }

    @Override
    public List<ComplaintRecord> saveAll(List<ComplaintSave> saves) {
        synchronized (sink) {
            interfere();
            return complaints.saveAll(saves);
        }
    }

    private void interfere() {
        Runnable r = beforeNextWrite;
        beforeNextWrite = null;
        if (r != null) {
            r.run();
        }
    }

    /** Runs {@code write} just before the next write reaches the store. */
    void beforeNextWrite(Runnable write) {
        synchronized (sink) {
            beforeNextWrite = write;
        }
    }

    /** How many {@link #saveAllAudited} calls reached the store. */
    int saveAllAuditedCalls() {
        synchronized (sink) {
            return saveAllAuditedCalls;
        }
    }

    @Override
    public AuditSink auditSink() {
        return sink;
    }

    @Override
    public ComplaintRecord saveWithNotifications(ComplaintRecord record, long expectedVersion,
                                                 List<Notification> notifications) {
        synchronized (sink) {
            interfere();
            ComplaintRecord saved = complaints.save(record, expectedVersion);
            queued.addAll(notifications);
            return saved;
        }
    }

    @Override
    public ComplaintRecord save(ComplaintRecord record, long expectedVersion) {
        return saveWithNotifications(record, expectedVersion, List.of());
    }

    @Override
    public Optional<ComplaintRecord> findById(String id) {
        return complaints.findById(id).flatMap(this::asStored);
    }

    @Override
    public Optional<ComplaintRecord> findByChannelReference(String channel, String channelReference) {
        return complaints.findByChannelReference(channel, channelReference).flatMap(this::asStored);
    }

    @Override
    public Stream<ComplaintRecord> stream(ComplaintQuery query) {
        return complaints.stream(query).map(this::asStored).flatMap(Optional::stream);
    }

    private Optional<ComplaintRecord> asStored(ComplaintRecord r) {
        return tampered.getOrDefault(r.id(), Optional.of(r));
    }

    /** Replaces the stored row as it is, version included, with no audit record (an attacker's write). */
    void overwrite(ComplaintRecord row) {
        tampered.put(row.id(), Optional.of(row));
    }

    /** Removes the stored row with no audit record (an attacker's delete). */
    void remove(String id) {
        tampered.put(id, Optional.empty());
    }

    /** The notifications queued. */
    synchronized List<Notification> queued() {
        return List.copyOf(queued);
    }
}
