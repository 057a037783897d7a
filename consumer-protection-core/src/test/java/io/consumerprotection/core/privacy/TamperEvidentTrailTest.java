package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.privacy.BrokenLink.Problem;
import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.audit.ChainCheckpoint;
import io.consumerprotection.testkit.InMemoryAuditKeyProvider;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryChainAnchor;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The keyed chain and its checkpoints, tried as an attacker with write access to the trail's table (but not to
 * the host's key or the anchor) would: each tampering is found, with its kind and index.
 */
class TamperEvidentTrailTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-09-20T02:15:00Z"), ZoneOffset.UTC);

    private final InMemoryAuditKeyProvider keys = InMemoryAuditKeyProvider.of("k1", KEY);
    private final InMemoryChainAnchor anchor = new InMemoryChainAnchor();
    private final InMemoryAuditSink sink = new InMemoryAuditSink();
    private final AuditTrail trail = AuditTrail.keyed(sink, CLOCK, keys).anchoredTo(anchor);

    private List<AuditRecord> append(AuditTrail t, int n) {
        List<AuditRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(t.append("EMP-" + i, "PII_REVEALED", "CUSTOMER_FIELD", "CUST-" + i, "核实身份", "SUCCEEDED",
                    Map.of("field", "RESIDENT_ID", "n", Integer.toString(i))));
        }
        return out;
    }

    /** The trail as the attacker left it, read by a trail with the host's key and anchor. */
    private ChainVerification verifyAfter(List<AuditRecord> tampered) {
        InMemoryAuditSink rewritten = new InMemoryAuditSink();
        tampered.forEach(rewritten::append);
        return AuditTrail.keyed(rewritten, CLOCK, keys).anchoredTo(anchor).verify();
    }

    /** HMAC-SHA256 over the documented encoding, written from the Javadoc rather than from ChainHash. */
    private static String naiveHmac(AuditRecord r, String keyId, byte[] key) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String s : new String[] {r.id(), r.at().toString(), r.actor(), r.action(), r.subjectType(),
                r.subjectId(), r.purpose(), r.outcome()}) {
            field(bytes, s);
        }
        Map<String, String> sorted = new TreeMap<>(r.details());
        bytes.write(ByteBuffer.allocate(4).putInt(sorted.size()).array());
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            field(bytes, e.getKey());
            field(bytes, e.getValue());
        }
        field(bytes, r.previousHash());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return "hmac-sha256:" + keyId + ":" + HexFormat.of().formatHex(mac.doFinal(bytes.toByteArray()));
    }

    private static void field(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(b.length).array());
        out.writeBytes(b);
    }

    private static AuditRecord withActor(AuditRecord r, String actor) {
        return new AuditRecord(r.id(), r.at(), actor, r.action(), r.subjectType(), r.subjectId(), r.purpose(),
                r.outcome(), r.details(), r.previousHash(), r.hash());
    }

    @Test
    void sealsEachRecordWithTheDocumentedHmacAndVerifies() throws Exception {
        List<AuditRecord> rs = append(trail, 3);

        for (AuditRecord r : rs) {
            assertThat(r.hash()).isEqualTo(naiveHmac(r, "k1", KEY));
        }
        ChainVerification v = trail.verify();
        assertThat(v.isIntact()).isTrue();
        assertThat(v.recordsChecked()).isEqualTo(3);
        assertThat(v.unkeyedRecords()).isZero();
    }

    @Test
    void aChangedRecordIsFoundAtItsIndex() {
        List<AuditRecord> rs = new ArrayList<>(append(trail, 5));
        rs.set(2, withActor(rs.get(2), "EMP-FORGED"));

        ChainVerification v = verifyAfter(rs);

        assertThat(v.problems()).containsExactly(new BrokenLink(2, rs.get(2).id(), Problem.HASH_MISMATCH));
    }

    @Test
    void aRecordRehashedWithoutTheKeyIsFoundAndSoIsTheDowngradeOfTheTail() {
        List<AuditRecord> rs = new ArrayList<>(append(trail, 4));
        trail.checkpoint();
        // the attacker changes record 2 and, lacking the key, rehashes it and the rest with plain SHA-256
        List<AuditRecord> forged = new ArrayList<>(rs.subList(0, 2));
        String previous = rs.get(1).hash();
        for (AuditRecord r : rs.subList(2, 4)) {
            AuditRecord changed = new AuditRecord(r.id(), r.at(), r == rs.get(2) ? "EMP-FORGED" : r.actor(), r.action(),
                    r.subjectType(), r.subjectId(), r.purpose(), r.outcome(), r.details(), previous, "");
            AuditRecord rehashed = new AuditRecord(changed.id(), changed.at(), changed.actor(), changed.action(),
                    changed.subjectType(), changed.subjectId(), changed.purpose(), changed.outcome(), changed.details(),
                    previous, AuditTrail.hash(changed));
            forged.add(rehashed);
            previous = rehashed.hash();
        }

        ChainVerification v = verifyAfter(forged);

        assertThat(v.problems()).extracting(BrokenLink::index, BrokenLink::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, Problem.UNKEYED_AFTER_KEYED),
                org.assertj.core.groups.Tuple.tuple(3L, Problem.UNKEYED_AFTER_KEYED),
                org.assertj.core.groups.Tuple.tuple(3L, Problem.CHECKPOINT_MISMATCH));
    }

    @Test
    void aTrailRewrittenWholeWithAnotherKeyIsFound() {
        append(trail, 3);
        trail.checkpoint();
        InMemoryAuditKeyProvider attackerKeys = InMemoryAuditKeyProvider.of("k1",
                "attacker-attacker-attacker-attack".getBytes(StandardCharsets.US_ASCII));
        InMemoryAuditSink rewritten = new InMemoryAuditSink();
        append(AuditTrail.keyed(rewritten, CLOCK, attackerKeys), 3);

        ChainVerification v = AuditTrail.keyed(rewritten, CLOCK, keys).anchoredTo(anchor).verify();

        assertThat(v.countsByProblem()).containsEntry(Problem.HASH_MISMATCH, 3L)
                .containsEntry(Problem.CHECKPOINT_MISMATCH, 1L);
    }

    @Test
    void aDeletedTailAndATruncatedTrailAreFoundAgainstTheCheckpoint() {
        List<AuditRecord> rs = append(trail, 6);
        Optional<ChainCheckpoint> checkpoint = trail.checkpoint();
        assertThat(checkpoint).hasValueSatisfying(c -> {
            assertThat(c.recordCount()).isEqualTo(6);
            assertThat(c.headHash()).isEqualTo(rs.get(5).hash());
        });

        assertThat(verifyAfter(rs.subList(0, 5)).problems()).containsExactly(new BrokenLink(5, "", Problem.TAIL_MISSING));
        assertThat(verifyAfter(rs.subList(0, 4)).problems()).containsExactly(new BrokenLink(4, "", Problem.TAIL_MISSING));
        assertThat(verifyAfter(List.of()).problems()).containsExactly(new BrokenLink(0, "", Problem.TAIL_MISSING));
        assertThat(verifyAfter(rs).isIntact()).isTrue();
    }

    @Test
    void recordsAppendedAfterTheCheckpointStillVerify() {
        append(trail, 2);
        trail.checkpoint();
        append(trail, 3);

        ChainVerification v = trail.verify();

        assertThat(v.isIntact()).isTrue();
        assertThat(v.recordsChecked()).isEqualTo(5);
        assertThat(v.checkpoint()).hasValueSatisfying(c -> assertThat(c.recordCount()).isEqualTo(2));
    }

    @Test
    void aRemovedMiddleRecordIsFoundAtItsIndexAndTheRestIsStillChecked() {
        List<AuditRecord> rs = new ArrayList<>(append(trail, 6));
        rs.remove(1);
        rs.set(3, withActor(rs.get(3), "EMP-FORGED"));

        ChainVerification v = verifyAfter(rs);

        assertThat(v.problems()).containsExactly(new BrokenLink(1, rs.get(1).id(), Problem.PREVIOUS_HASH_MISMATCH),
                new BrokenLink(3, rs.get(3).id(), Problem.HASH_MISMATCH));
    }

    @Test
    void aForgedCheckpointIsFound() {
        List<AuditRecord> rs = append(trail, 3);
        InMemoryChainAnchor forgedAnchor = new InMemoryChainAnchor();
        forgedAnchor.publish(new ChainCheckpoint(2, rs.get(1).hash(), CLOCK.instant(), "k1", "hmac-sha256:k1:00"));
        InMemoryAuditSink copy = new InMemoryAuditSink();
        rs.forEach(copy::append);

        ChainVerification v = AuditTrail.keyed(copy, CLOCK, keys).anchoredTo(forgedAnchor).verify();

        assertThat(v.problems()).containsExactly(new BrokenLink(1, "", Problem.CHECKPOINT_SIGNATURE_INVALID));
    }

    @Test
    void aRecordUnderAKeyTheHostDoesNotHaveIsReported() {
        List<AuditRecord> rs = append(trail, 2);
        InMemoryAuditSink copy = new InMemoryAuditSink();
        rs.forEach(copy::append);
        InMemoryAuditKeyProvider otherKeys = InMemoryAuditKeyProvider.of("k9", KEY);

        ChainVerification v = AuditTrail.keyed(copy, CLOCK, otherKeys).verify();

        assertThat(v.problems()).extracting(BrokenLink::problem).containsExactly(Problem.UNKNOWN_KEY, Problem.UNKNOWN_KEY);
    }

    @Test
    void aRotatedKeyKeepsTheOldRecordsVerifiable() {
        append(trail, 2);
        InMemoryAuditKeyProvider rotated = keys.rotatedTo("k2", "fedcba9876543210fedcba9876543210".getBytes(
                StandardCharsets.US_ASCII));
        AuditTrail after = AuditTrail.keyed(sink, CLOCK, rotated).anchoredTo(anchor);
        List<AuditRecord> later = append(after, 2);

        assertThat(later).allSatisfy(r -> assertThat(r.hash()).startsWith("hmac-sha256:k2:"));
        assertThat(after.verify().isIntact()).isTrue();
        assertThat(after.checkpoint()).hasValueSatisfying(c -> assertThat(c.keyId()).isEqualTo("k2"));
        assertThat(after.verify().isIntact()).isTrue();
    }

    @Test
    void anUnkeyedTrailBegunBeforeKeysStillVerifiesAndIsCounted() {
        append(AuditTrail.of(sink, CLOCK), 2);
        append(trail, 2);

        ChainVerification v = trail.verify();

        assertThat(v.isIntact()).isTrue();
        assertThat(v.unkeyedRecords()).isEqualTo(2);
    }

    @Test
    void aBrokenTrailGetsNoCheckpoint() {
        List<AuditRecord> rs = new ArrayList<>(append(trail, 3));
        rs.set(0, withActor(rs.get(0), "EMP-FORGED"));
        InMemoryAuditSink copy = new InMemoryAuditSink();
        rs.forEach(copy::append);
        AuditTrail broken = AuditTrail.keyed(copy, CLOCK, keys).anchoredTo(anchor);

        assertThatThrownBy(broken::checkpoint).isInstanceOf(AuditTrailBrokenException.class)
                .hasMessageContaining("HASH_MISMATCH").hasMessageNotContaining("EMP-FORGED");
        assertThat(anchor.findLatest()).isEmpty();
    }

    @Test
    void aKeyedTrailRefusesToStartWithoutItsCurrentKey() {
        AuditSink any = new InMemoryAuditSink();
        io.consumerprotection.spi.audit.AuditKeyProvider missing = new io.consumerprotection.spi.audit.AuditKeyProvider() {
            @Override
            public String currentKeyId() {
                return "k1";
            }

            @Override
            public Optional<javax.crypto.SecretKey> findKey(String keyId) {
                return Optional.empty();
            }
        };
        assertThatThrownBy(() -> AuditTrail.keyed(any, CLOCK, missing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("k1");
        assertThat(Arrays.toString(KEY)).isNotEmpty();
    }

    @Test
    void aRecordTheColumnsCannotHoldIsRefusedNamingTheFieldAndNothingIsAppended() {
        String longActor = "EMP-" + "\uD83D\uDE00".repeat(61);   // 65 code points, 126 UTF-16 units
        assertThatThrownBy(() -> trail.append(longActor, "PII_REVEALED", "CUSTOMER_FIELD", "CUST-1", "核实身份",
                "SUCCEEDED", Map.of())).isInstanceOf(InvalidAuditRecordException.class)
                .hasMessageContaining("actor").hasMessageContaining("MAX_LENGTH").hasMessageNotContaining("EMP-");
        assertThatThrownBy(() -> trail.append("EMP-1", "PII_REVEALED", "CUSTOMER_FIELD", "CUST-1", "核实\u0000身份",
                "SUCCEEDED", Map.of("field", "RESIDENT_ID\uD800"))).isInstanceOf(InvalidAuditRecordException.class)
                .satisfies(e -> assertThat(((InvalidAuditRecordException) e).violations())
                        .extracting(io.consumerprotection.spi.Violation::rule)
                        .containsExactly("NUL_CHARACTER", "UNPAIRED_SURROGATE"));
        assertThat(sink.records()).isEmpty();
        String actorAtMaximum = "E" + "\uD83D\uDE00".repeat(63);
        assertThat(trail.append(actorAtMaximum, "PII_REVEALED", "CUSTOMER_FIELD", "CUST-1", "", "SUCCEEDED", Map.of())
                .actor()).isEqualTo(actorAtMaximum);
    }

    @Test
    void theStaticVerifierReadsAGivenStream() {
        List<AuditRecord> rs = append(trail, 3);
        assertThat(AuditTrail.verify(rs.stream(), keys).isIntact()).isTrue();
        assertThat(AuditTrail.verify(Stream.of(rs.get(0), rs.get(2)), keys).problems()).extracting(BrokenLink::problem)
                .containsExactly(Problem.PREVIOUS_HASH_MISMATCH);
    }
}
