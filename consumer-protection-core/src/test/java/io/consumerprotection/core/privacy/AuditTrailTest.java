package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.testkit.InMemoryAuditSink;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    private final InMemoryAuditSink sink = new InMemoryAuditSink();
    private final AuditTrail trail = AuditTrail.of(sink, Clock.fixed(Instant.parse("2024-09-20T02:15:00Z"), ZoneOffset.UTC));

    private List<AuditRecord> appendThree() {
        List<AuditRecord> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            out.add(trail.append("EMP-" + i, "PII_REVEALED", "CUSTOMER_FIELD", "CUST-" + i, "核实身份", "SUCCEEDED",
                    Map.of("field", "RESIDENT_ID")));
        }
        return out;
    }

    @Test
    void chainsEachRecordToThePreviousOne() {
        List<AuditRecord> rs = appendThree();

        assertThat(rs.get(0).previousHash()).isEmpty();
        assertThat(rs.get(1).previousHash()).isEqualTo(rs.get(0).hash());
        assertThat(rs.get(2).previousHash()).isEqualTo(rs.get(1).hash());
        assertThat(rs).allSatisfy(r -> assertThat(r.hash()).matches("[0-9a-f]{64}"));
        ChainVerification v = trail.verify();
        assertThat(v.isIntact()).isTrue();
        assertThat(v.recordsChecked()).isEqualTo(3);
    }

    @Test
    void hashFollowsTheDocumentedEncoding() throws Exception {
        AuditRecord r = new AuditRecord("id1", Instant.parse("2024-09-20T02:15:00Z"), "a", "b", "c", "d", "e", "f",
                Map.of("k", "v"), "", "");
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        for (String s : new String[] {"id1", "2024-09-20T02:15:00Z", "a", "b", "c", "d", "e", "f"}) {
            d.update(new byte[] {0, 0, 0, (byte) s.getBytes(StandardCharsets.UTF_8).length});
            d.update(s.getBytes(StandardCharsets.UTF_8));
        }
        d.update(new byte[] {0, 0, 0, 1});
        for (String s : new String[] {"k", "v", ""}) {
            d.update(new byte[] {0, 0, 0, (byte) s.length()});
            d.update(s.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(AuditTrail.hash(r)).isEqualTo(HexFormat.of().formatHex(d.digest()));
    }

    @Test
    void reportsTheFirstChangedRecord() {
        List<AuditRecord> rs = new ArrayList<>(appendThree());
        AuditRecord b = rs.get(1);
        rs.set(1, new AuditRecord(b.id(), b.at(), "EMP-FORGED", b.action(), b.subjectType(), b.subjectId(), b.purpose(),
                b.outcome(), b.details(), b.previousHash(), b.hash()));

        ChainVerification v = AuditTrail.verify(rs.stream());

        assertThat(v.firstBrokenLink()).contains(new BrokenLink(1, b.id(), BrokenLink.Problem.HASH_MISMATCH));
    }

    @Test
    void reportsARemovedRecordAndAMissingHash() {
        List<AuditRecord> rs = new ArrayList<>(appendThree());
        rs.remove(1);
        assertThat(AuditTrail.verify(rs.stream()).firstBrokenLink())
                .contains(new BrokenLink(1, rs.get(1).id(), BrokenLink.Problem.PREVIOUS_HASH_MISMATCH));

        AuditRecord unchained = new AuditRecord("x", Instant.EPOCH, "a", "b", "c", "d", "", "f", Map.of(), "", "");
        assertThat(AuditTrail.verify(List.of(unchained).stream()).firstBrokenLink())
                .contains(new BrokenLink(0, "x", BrokenLink.Problem.MISSING_HASH));
    }
}
