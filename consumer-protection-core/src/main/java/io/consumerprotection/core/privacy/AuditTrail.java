package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.audit.AuditSink;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A tamper-evident audit trail over the host's {@link AuditSink}: every record appended carries the SHA-256
 * hash of the record before it and its own hash over its content, so that changing, removing or inserting a
 * record breaks the chain, and {@link #verify} reports the first broken link.
 *
 * <p>The hash is SHA-256 over the UTF-8 bytes of id, time (ISO-8601), actor, action, subject type, subject
 * id, purpose, outcome, the details sorted by key, and previousHash, each preceded by its length as a
 * four-byte big-endian integer; written as 64 lower-case hexadecimal digits.
 *
 * <p>Thread-safe: appends through one instance are serialised. Several writers to the same sink (several
 * JVMs) must be serialised by the host, for example by a database lock inside its sink.
 */
public final class AuditTrail {

    private final AuditSink sink;
    private final Clock clock;
    private final Object lock = new Object();

    private AuditTrail(AuditSink sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    /** A trail appending to {@code sink} with times from {@code clock}. */
    public static AuditTrail of(AuditSink sink, Clock clock) {
        return new AuditTrail(Objects.requireNonNull(sink, "sink"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Appends a chained record and returns it.
     *
     * @param details facts about the event; never unmasked personal data
     */
    public AuditRecord append(String actor, String action, String subjectType, String subjectId, String purpose,
                              String outcome, Map<String, String> details) {
        synchronized (lock) {
            String previous = sink.findLast().map(AuditRecord::hash).orElse("");
            AuditRecord unsigned = new AuditRecord(UUID.randomUUID().toString(), clock.instant(), actor, action,
                    subjectType, subjectId, purpose, outcome, details, previous, "");
            AuditRecord signed = new AuditRecord(unsigned.id(), unsigned.at(), actor, action, subjectType, subjectId,
                    unsigned.purpose(), outcome, unsigned.details(), previous, hash(unsigned));
            sink.append(signed);
            return signed;
        }
    }

    /**
     * Appends a record the caller built (its own id and instant), chained: its {@code previousHash} and
     * {@code hash} are filled in here, whatever the caller put there.
     *
     * @return the record as appended
     */
    public AuditRecord append(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        synchronized (lock) {
            String previous = sink.findLast().map(AuditRecord::hash).orElse("");
            AuditRecord unsigned = new AuditRecord(record.id(), record.at(), record.actor(), record.action(),
                    record.subjectType(), record.subjectId(), record.purpose(), record.outcome(), record.details(),
                    previous, "");
            AuditRecord signed = new AuditRecord(unsigned.id(), unsigned.at(), unsigned.actor(), unsigned.action(),
                    unsigned.subjectType(), unsigned.subjectId(), unsigned.purpose(), unsigned.outcome(),
                    unsigned.details(), previous, hash(unsigned));
            sink.append(signed);
            return signed;
        }
    }

    /** Verifies the chain of this trail's sink. */
    public ChainVerification verify() {
        try (Stream<AuditRecord> records = sink.records()) {
            return verify(records);
        }
    }

    /** Verifies a chain given in append order; reports the first broken link. */
    public static ChainVerification verify(Stream<AuditRecord> records) {
        Objects.requireNonNull(records, "records");
        long index = 0;
        String previous = "";
        for (AuditRecord r : (Iterable<AuditRecord>) records::iterator) {
            Optional<BrokenLink> broken = Optional.empty();
            if (r.hash().isEmpty()) {
                broken = Optional.of(new BrokenLink(index, r.id(), BrokenLink.Problem.MISSING_HASH));
            } else if (!r.previousHash().equals(previous)) {
                broken = Optional.of(new BrokenLink(index, r.id(), BrokenLink.Problem.PREVIOUS_HASH_MISMATCH));
            } else if (!MessageDigest.isEqual(hash(r).getBytes(StandardCharsets.US_ASCII),
                    r.hash().getBytes(StandardCharsets.US_ASCII))) {
                broken = Optional.of(new BrokenLink(index, r.id(), BrokenLink.Problem.HASH_MISMATCH));
            }
            if (broken.isPresent()) {
                return new ChainVerification(index + 1, broken);
            }
            previous = r.hash();
            index++;
        }
        return new ChainVerification(index, Optional.empty());
    }

    /** The hash of a record's content and previousHash (its own {@code hash} field is ignored). */
    public static String hash(AuditRecord r) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        put(d, r.id());
        put(d, r.at().toString());
        put(d, r.actor());
        put(d, r.action());
        put(d, r.subjectType());
        put(d, r.subjectId());
        put(d, r.purpose());
        put(d, r.outcome());
        Map<String, String> sorted = new TreeMap<>(r.details());
        d.update(ByteBuffer.allocate(4).putInt(sorted.size()).array());
        sorted.forEach((k, v) -> {
            put(d, k);
            put(d, v);
        });
        put(d, r.previousHash());
        return HexFormat.of().formatHex(d.digest());
    }

    private static void put(MessageDigest d, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update(ByteBuffer.allocate(4).putInt(b.length).array());
        d.update(b);
    }

    @Override
    public String toString() {
        return "AuditTrail[" + sink.getClass().getSimpleName() + "]";
    }
}
