package io.consumerprotection.core.privacy;

import io.consumerprotection.core.internal.text.StoredText;
import io.consumerprotection.core.internal.privacy.ChainHash;
import io.consumerprotection.spi.Violation;
import io.consumerprotection.spi.audit.AuditKeyProvider;
import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.audit.ChainAnchor;
import io.consumerprotection.spi.audit.ChainCheckpoint;
import io.consumerprotection.spi.audit.ChainLink;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.crypto.SecretKey;

/**
 * A tamper-evident audit trail over the host's {@link AuditSink}: every record carries the hash of the record
 * before it and its own hash over its content, so that changing, removing or inserting a record breaks the
 * chain; {@link #verify} reports every broken place with its index.
 *
 * <p><b>Keys.</b> Built with {@link #keyed}, records are sealed with HMAC-SHA256 under the host's key
 * ({@link AuditKeyProvider}, never stored with the trail), so that whoever can write the trail's tables cannot
 * rewrite it and compute valid hashes again. Built with {@link #of}, records carry a plain SHA-256, which
 * finds accidental damage but not a deliberate rewrite. Hashes are defined by {@code ChainHash} (each value
 * length-prefixed, maps in key order); a keyed hash is written {@code hmac-sha256:<keyId>:<hex>}, so keys can
 * rotate and a trail begun before keys were configured still verifies.
 *
 * <p><b>Checkpoints.</b> With a {@link ChainAnchor} ({@link #anchoredTo}), {@link #checkpoint()} verifies the
 * trail and publishes its signed head (count and last hash) to the anchor, which the host keeps away from the
 * trail's database. {@link #verify} then finds a deleted tail, a truncated trail or a rewritten one against
 * the latest checkpoint.
 *
 * <p><b>Complaints.</b> Each complaint change's record carries the SHA-256 of the complaint version it
 * records ({@code complaintHash}); {@link #verifyAgainst} compares the stored complaints with them, so a
 * complaint row changed, rolled back or deleted behind the SDK's back is found.
 *
 * <p><b>Writers.</b> Appends go through {@link AuditSink#appendLinked}: the sink serialises the head's read
 * and the append for every writer it knows of (the JDBC sink by a row lock on the chain's head, across
 * processes). Thread-safe.
 */
public final class AuditTrail {

    /** The detail of a complaint change's record that holds the hash of the version it records. */
    public static final String COMPLAINT_HASH = "complaintHash";
    /** The detail of a complaint change's record that holds the version it records. */
    public static final String VERSION = "version";

    /** The most code points of a record's actor: a staff or system id, as the complaint lifecycle's actor. */
    public static final int ACTOR_LENGTH = 64;
    /** The most code points of the record's code fields (action, subject type, outcome, detail keys). */
    public static final int CODE_LENGTH = 32;
    /** The most code points of a record's subject id. */
    public static final int SUBJECT_ID_LENGTH = 100;
    /** The most code points of a record's purpose and of each detail value. */
    public static final int TEXT_LENGTH = 2_000;
    /** The most details a record holds. */
    public static final int MAX_DETAILS = 32;

    private final AuditSink sink;
    private final Clock clock;
    private final AuditKeyProvider keys;
    private final ChainAnchor anchor;

    private AuditTrail(AuditSink sink, Clock clock, AuditKeyProvider keys, ChainAnchor anchor) {
        this.sink = sink;
        this.clock = clock;
        this.keys = keys;
        this.anchor = anchor;
    }

    /** An unkeyed trail (SHA-256) appending to {@code sink} with times from {@code clock}. */
    public static AuditTrail of(AuditSink sink, Clock clock) {
        return new AuditTrail(Objects.requireNonNull(sink, "sink"), Objects.requireNonNull(clock, "clock"), null,
                null);
    }

    /** A keyed trail (HMAC-SHA256 under {@code keys.currentKeyId()}) appending to {@code sink}. */
    public static AuditTrail keyed(AuditSink sink, Clock clock, AuditKeyProvider keys) {
        AuditTrail trail = new AuditTrail(Objects.requireNonNull(sink, "sink"), Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(keys, "keys"), null);
        trail.currentKey(); // fails now, not at the first append, when the current key is missing
        return trail;
    }

    /** This trail, checkpointed to {@code anchor}. */
    public AuditTrail anchoredTo(ChainAnchor anchor) {
        return new AuditTrail(sink, clock, keys, Objects.requireNonNull(anchor, "anchor"));
    }

    /** Whether records are sealed with the host's key. */
    public boolean isKeyed() {
        return keys != null;
    }

    /** The anchor checkpoints go to, if any. */
    public Optional<ChainAnchor> findAnchor() {
        return Optional.ofNullable(anchor);
    }

    /**
     * Appends a chained record and returns it.
     *
     * @param details facts about the event; never unmasked personal data
     */
    public AuditRecord append(String actor, String action, String subjectType, String subjectId, String purpose,
                              String outcome, Map<String, String> details) {
        return append(new AuditRecord(UUID.randomUUID().toString(), clock.instant(), actor, action, subjectType,
                subjectId, purpose, outcome, details, "", ""));
    }

    /**
     * Appends a record the caller built (its own id and instant), chained: its {@code previousHash} and
     * {@code hash} are filled in here, whatever the caller put there.
     *
     * @return the record as appended
     */
    public AuditRecord append(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        List<Violation> invalid = violations(record);
        if (!invalid.isEmpty()) {
            throw new InvalidAuditRecordException(invalid);
        }
        return sink.appendLinked(record, link());
    }

    /**
     * The violations of a record against what every sink's columns hold (the actor as the complaint lifecycle's:
     * required, at most {@value #ACTOR_LENGTH} code points); empty when it holds.
     */
    public static List<Violation> violations(AuditRecord r) {
        List<Violation> v = new ArrayList<>(0);
        if (r.actor().isBlank()) {
            v.add(Violation.of("actor", "NotBlank", "the actor is required (real-name access)"));
        }
        StoredText.check(v, "actor", r.actor(), ACTOR_LENGTH, false);
        StoredText.check(v, "id", r.id(), SUBJECT_ID_LENGTH, false);
        StoredText.check(v, "action", r.action(), CODE_LENGTH, false);
        StoredText.check(v, "subjectType", r.subjectType(), CODE_LENGTH, false);
        StoredText.check(v, "subjectId", r.subjectId(), SUBJECT_ID_LENGTH, false);
        StoredText.check(v, "outcome", r.outcome(), CODE_LENGTH, false);
        StoredText.check(v, "purpose", r.purpose(), TEXT_LENGTH, true);
        if (r.details().size() > MAX_DETAILS) {
            v.add(Violation.of("details", "MAX_ENTRIES", "an audit record holds at most " + MAX_DETAILS + " details, this"
                    + " one " + r.details().size()));
        }
        r.details().forEach((k, value) -> {
            StoredText.check(v, "details.key", k, CODE_LENGTH, false);
            StoredText.check(v, "details[" + safeKey(k) + "]", value, TEXT_LENGTH, true);
        });
        return v;
    }

    private static String safeKey(String key) {
        return key.length() <= CODE_LENGTH && key.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c))
                ? key : "…";
    }

    /**
     * How this trail links a record onto the hash of the record before it: what a store that appends audit
     * records in its own transaction ({@code AuditedComplaintStore}) is given.
     */
    public ChainLink link() {
        if (keys == null) {
            return (record, previous) -> seal(record, previous, null, null);
        }
        return (record, previous) -> {
            String keyId = keys.currentKeyId();
            return seal(record, previous, keyId, key(keyId));
        };
    }

    private static AuditRecord seal(AuditRecord r, String previous, String keyId, SecretKey key) {
        Objects.requireNonNull(previous, "previous");
        AuditRecord unsealed = new AuditRecord(r.id(), r.at(), r.actor(), r.action(), r.subjectType(), r.subjectId(),
                r.purpose(), r.outcome(), r.details(), previous, "");
        String hash = key == null ? ChainHash.sha256(unsealed) : ChainHash.hmac(unsealed, keyId, key);
        return new AuditRecord(r.id(), r.at(), r.actor(), r.action(), r.subjectType(), r.subjectId(), r.purpose(),
                r.outcome(), unsealed.details(), previous, hash);
    }

    /** Verifies this trail's chain, and against the latest checkpoint when the trail has an anchor. */
    public ChainVerification verify() {
        try (Stream<AuditRecord> records = sink.records()) {
            return new Verifier(keys, anchor == null ? Optional.empty() : anchor.findLatest()).chain(records, false)
                    .result();
        }
    }

    /**
     * Verifies this trail as {@link #verify()} does and compares the stored complaints with the versions its
     * records record: each complaint must be at the version of its latest record, with the content that record
     * hashed; every complaint the trail records must still be stored.
     *
     * @param complaints every stored complaint (for example {@code store.stream(ComplaintQuery.all())}); closed
     *                   by the caller. Memory grows with the number of complaints (one entry each).
     */
    public ChainVerification verifyAgainst(Stream<ComplaintRecord> complaints) {
        Objects.requireNonNull(complaints, "complaints");
        Verifier v = new Verifier(keys, anchor == null ? Optional.empty() : anchor.findLatest());
        try (Stream<AuditRecord> records = sink.records()) {
            v.chain(records, true);
        }
        complaints.forEachOrdered(v::complaint);
        return v.missingComplaints().result();
    }

    /**
     * Verifies a chain given in append order, with no checkpoint; reports every broken place.
     *
     * @param keys the keys of a keyed chain, or {@code null} for an unkeyed one
     */
    public static ChainVerification verify(Stream<AuditRecord> records, AuditKeyProvider keys) {
        Objects.requireNonNull(records, "records");
        return new Verifier(keys, Optional.empty()).chain(records, false).result();
    }

    /** Verifies an unkeyed chain given in append order, with no checkpoint. */
    public static ChainVerification verify(Stream<AuditRecord> records) {
        return verify(records, null);
    }

    /**
     * Verifies the trail and, when it holds, publishes a checkpoint of its head (signed with the current key
     * of a keyed trail) to the anchor.
     *
     * @return the checkpoint published, empty when the trail is empty
     * @throws IllegalStateException   when the trail has no anchor
     * @throws AuditTrailBrokenException when the trail does not verify: nothing is published
     */
    public Optional<ChainCheckpoint> checkpoint() {
        if (anchor == null) {
            throw new IllegalStateException("this audit trail has no ChainAnchor: build it with anchoredTo(anchor)");
        }
        Verifier v = new Verifier(keys, anchor.findLatest());
        try (Stream<AuditRecord> records = sink.records()) {
            v.chain(records, false);
        }
        ChainVerification result = v.result();
        if (!result.isIntact()) {
            throw new AuditTrailBrokenException(result);
        }
        if (result.recordsChecked() == 0) {
            return Optional.empty();
        }
        ChainCheckpoint unsigned = new ChainCheckpoint(result.recordsChecked(), v.lastHash, clock.instant(),
                keys == null ? "" : keys.currentKeyId(), "");
        ChainCheckpoint signed = keys == null ? unsigned : new ChainCheckpoint(unsigned.recordCount(),
                unsigned.headHash(), unsigned.at(), unsigned.keyId(), ChainHash.signature(unsigned, currentKey()));
        anchor.publish(signed);
        return Optional.of(signed);
    }

    /** The unkeyed SHA-256 of a record's content and previousHash (its own {@code hash} field is ignored). */
    public static String hash(AuditRecord r) {
        return ChainHash.sha256(r);
    }

    /** The hash of a stored complaint version, as a complaint change's record carries it. */
    public static String complaintHash(ComplaintRecord r) {
        return ChainHash.complaint(Objects.requireNonNull(r, "r"));
    }

    private SecretKey currentKey() {
        return key(keys.currentKeyId());
    }

    private SecretKey key(String keyId) {
        return keys.findKey(keyId).orElseThrow(() -> new IllegalStateException(
                "the audit key provider has no key for its current key id " + keyId));
    }

    @Override
    public String toString() {
        return "AuditTrail[" + sink.getClass().getSimpleName() + (keys == null ? ", unkeyed" : ", keyed")
                + (anchor == null ? "" : ", anchored") + "]";
    }

    /** One pass over the records, then the complaints; collects every problem. */
    private static final class Verifier {

        /** The latest record of a complaint: its trail index, id, version and complaint hash (null if none). */
        private record Latest(long index, String recordId, long version, String hash) {
        }

        private final AuditKeyProvider keys;
        private final Optional<ChainCheckpoint> checkpoint;
        private final Map<String, SecretKey> keyCache = new HashMap<>();
        private final List<BrokenLink> problems = new ArrayList<>();
        private final Map<String, Latest> latest = new HashMap<>();
        private long problemCount;
        private long count;
        private long unkeyed;
        private String lastHash = "";
        private String hashAtCheckpoint;

        Verifier(AuditKeyProvider keys, Optional<ChainCheckpoint> checkpoint) {
            this.keys = keys;
            this.checkpoint = checkpoint;
        }

        Verifier chain(Stream<AuditRecord> records, boolean collectComplaints) {
            boolean keyedSeen = false;
            long headIndex = checkpoint.map(c -> c.recordCount() - 1).orElse(-1L);
            for (AuditRecord r : (Iterable<AuditRecord>) records::iterator) {
                long index = count;
                if (r.hash().isEmpty()) {
                    problem(index, r.id(), BrokenLink.Problem.MISSING_HASH);
                } else {
                    if (!r.previousHash().equals(lastHash)) {
                        problem(index, r.id(), BrokenLink.Problem.PREVIOUS_HASH_MISMATCH);
                    }
                    String keyId = ChainHash.keyIdOf(r.hash());
                    if (keyId == null) {
                        unkeyed++;
                        if (keyedSeen) {
                            problem(index, r.id(), BrokenLink.Problem.UNKEYED_AFTER_KEYED);
                        }
                        if (!ChainHash.same(ChainHash.sha256(r), r.hash())) {
                            problem(index, r.id(), BrokenLink.Problem.HASH_MISMATCH);
                        }
                    } else {
                        keyedSeen = true;
                        SecretKey key = key(keyId);
                        if (key == null) {
                            problem(index, r.id(), BrokenLink.Problem.UNKNOWN_KEY);
                        } else if (!ChainHash.same(ChainHash.hmac(r, keyId, key), r.hash())) {
                            problem(index, r.id(), BrokenLink.Problem.HASH_MISMATCH);
                        }
                    }
                }
                if (index == headIndex) {
                    hashAtCheckpoint = r.hash();
                }
                if (collectComplaints) {
                    collect(index, r);
                }
                lastHash = r.hash();
                count++;
            }
            checkpoint.ifPresent(this::againstCheckpoint);
            return this;
        }

        private void againstCheckpoint(ChainCheckpoint c) {
            if (!c.signature().isEmpty() || keys != null) {
                SecretKey key = c.keyId().isEmpty() ? null : key(c.keyId());
                if (key == null || !ChainHash.same(ChainHash.signature(c, key), c.signature())) {
                    problem(c.recordCount() - 1, "", BrokenLink.Problem.CHECKPOINT_SIGNATURE_INVALID);
                }
            }
            if (count < c.recordCount()) {
                problem(count, "", BrokenLink.Problem.TAIL_MISSING);
            } else if (hashAtCheckpoint == null || !ChainHash.same(hashAtCheckpoint, c.headHash())) {
                problem(c.recordCount() - 1, "", BrokenLink.Problem.CHECKPOINT_MISMATCH);
            }
        }

        private void collect(long index, AuditRecord r) {
            if (!"COMPLAINT".equals(r.subjectType()) || !r.action().startsWith("COMPLAINT_")) {
                return;
            }
            String version = r.details().get(VERSION);
            if (version == null) {
                return;
            }
            long v;
            try {
                v = Long.parseLong(version);
            } catch (NumberFormatException e) {
                return;
            }
            Latest previous = latest.get(r.subjectId());
            if (previous == null || v >= previous.version()) {
                latest.put(r.subjectId(), new Latest(index, r.id(), v, r.details().get(COMPLAINT_HASH)));
            }
        }

        void complaint(ComplaintRecord c) {
            Latest l = latest.remove(c.id());
            if (l == null || l.version() < c.version()) {
                problem(l == null ? -1 : l.index(), c.id(), BrokenLink.Problem.COMPLAINT_VERSION_UNRECORDED);
            } else if (l.version() > c.version()) {
                problem(l.index(), c.id(), BrokenLink.Problem.COMPLAINT_BEHIND_TRAIL);
            } else if (l.hash() != null && !ChainHash.same(l.hash(), ChainHash.complaint(c))) {
                problem(l.index(), c.id(), BrokenLink.Problem.COMPLAINT_CHANGED);
            }
        }

        Verifier missingComplaints() {
            latest.entrySet().stream().sorted(Map.Entry.comparingByValue(
                            (a, b) -> Long.compare(a.index(), b.index())))
                    .forEach(e -> problem(e.getValue().index(), e.getKey(), BrokenLink.Problem.COMPLAINT_MISSING));
            latest.clear();
            return this;
        }

        private SecretKey key(String keyId) {
            if (keys == null) {
                return null;
            }
            return keyCache.computeIfAbsent(keyId, id -> keys.findKey(id).orElse(null));
        }

        private void problem(long index, String id, BrokenLink.Problem problem) {
            problemCount++;
            if (problems.size() < ChainVerification.MAX_LISTED) {
                problems.add(new BrokenLink(index, id, problem));
            }
        }

        ChainVerification result() {
            return new ChainVerification(count, problems, problemCount, unkeyed, checkpoint);
        }
    }
}
