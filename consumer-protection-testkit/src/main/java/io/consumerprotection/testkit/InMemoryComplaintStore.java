package io.consumerprotection.testkit;

import io.consumerprotection.spi.complaint.AtomicComplaintStore;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.ComplaintSave;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.complaint.DuplicateChannelReferenceException;
import io.consumerprotection.spi.complaint.VersionConflictException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A {@link ComplaintStore} in memory, which also saves several complaints atomically
 * ({@link AtomicComplaintStore}). Thread-safe; writes are serialised, reads see the last committed state. Not for production: it keeps nothing when the JVM stops and holds every complaint in the heap.
 */
public final class InMemoryComplaintStore implements AtomicComplaintStore {

    private static final Comparator<ComplaintRecord> STREAM_ORDER =
            Comparator.comparing(ComplaintRecord::receivedAt).thenComparing(ComplaintRecord::id);

    private final Map<String, ComplaintRecord> byId = new HashMap<>();
    private final Map<String, String> idByChannelReference = new HashMap<>();

    @Override
    public synchronized ComplaintRecord save(ComplaintRecord record, long expectedVersion) {
        Objects.requireNonNull(record, "record");
        check(record, expectedVersion);
        return write(record, expectedVersion);
    }

    @Override
    public synchronized List<ComplaintRecord> saveAll(List<ComplaintSave> saves) {
        List<ComplaintSave> all = List.copyOf(saves);
        Set<String> ids = new HashSet<>();
        Map<String, String> claimed = new HashMap<>();
        for (ComplaintSave s : all) {
            if (!ids.add(s.record().id())) {
                throw new IllegalArgumentException("saves name complaint " + s.record().id() + " more than once");
            }
            check(s.record(), s.expectedVersion());
            String owner = claimed.putIfAbsent(channelKey(s.record().channel(), s.record().channelReference()),
                    s.record().id());
            if (owner != null) {
                throw new DuplicateChannelReferenceException(s.record().channel(), s.record().channelReference());
            }
        }
        // every check passed: nothing below throws
        List<ComplaintRecord> stored = new ArrayList<>(all.size());
        all.forEach(s -> stored.add(write(s.record(), s.expectedVersion())));
        return stored;
    }

    private void check(ComplaintRecord record, long expectedVersion) {
        ComplaintRecord current = byId.get(record.id());
        long actual = current == null ? 0 : current.version();
        if (actual != expectedVersion) {
            throw new VersionConflictException(record.id(), expectedVersion, actual);
        }
        String owner = idByChannelReference.get(channelKey(record.channel(), record.channelReference()));
        if (owner != null && !owner.equals(record.id())) {
            throw new DuplicateChannelReferenceException(record.channel(), record.channelReference());
        }
    }

    private ComplaintRecord write(ComplaintRecord record, long expectedVersion) {
        ComplaintRecord current = byId.get(record.id());
        ComplaintRecord stored = record.withVersion(expectedVersion + 1);
        if (current != null) {
            idByChannelReference.remove(channelKey(current.channel(), current.channelReference()));
        }
        byId.put(stored.id(), stored);
        idByChannelReference.put(channelKey(record.channel(), record.channelReference()), stored.id());
        return stored;
    }

    @Override
    public synchronized Optional<ComplaintRecord> findById(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<ComplaintRecord> findByChannelReference(String channel, String channelReference) {
        String id = idByChannelReference.get(channelKey(channel, channelReference));
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    @Override
    public Stream<ComplaintRecord> stream(ComplaintQuery query) {
        Objects.requireNonNull(query, "query");
        List<ComplaintRecord> snapshot;
        synchronized (this) {
            snapshot = new ArrayList<>(byId.values());
        }
        return snapshot.stream().filter(query::matches).sorted(STREAM_ORDER);
    }

    /** How many complaints are stored. */
    public synchronized int size() {
        return byId.size();
    }

    private static String channelKey(String channel, String channelReference) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelReference, "channelReference");
        return channel + '\u0000' + channelReference;
    }
}
