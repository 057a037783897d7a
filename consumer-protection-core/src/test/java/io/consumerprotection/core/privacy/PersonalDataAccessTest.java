package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryPermissionCheck;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataAccessTest {

    private static final String ID = "11010519491231002X";

    private final InMemoryAuditSink sink = new InMemoryAuditSink();
    private final AuditTrail trail = AuditTrail.of(sink, Clock.systemUTC());
    private final InMemoryPermissionCheck permissions = new InMemoryPermissionCheck()
            .grant("EMP-7", PersonalDataAccess.permission(FieldType.RESIDENT_ID));
    private final PersonalDataAccess access = PersonalDataAccess.of(permissions, trail, Masker.standard());

    private List<AuditRecord> records() {
        return sink.records().toList();
    }

    @Test
    void revealsWithActorPermissionAndPurposeAndAuditsIt() {
        RevealResult r = access.reveal(new RevealRequest("EMP-7", FieldType.RESIDENT_ID, "CUST-1", "核实身份后办理挂失"),
                () -> ID);

        assertThat(r.isGranted()).isTrue();
        assertThat(r.value()).contains(ID);
        assertThat(r.toString()).doesNotContain(ID).contains("1****************X");
        assertThat(records()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(r.auditRecordId());
            assertThat(a.action()).isEqualTo("PII_REVEALED");
            assertThat(a.actor()).isEqualTo("EMP-7");
            assertThat(a.outcome()).isEqualTo("SUCCEEDED");
            assertThat(a.purpose()).isEqualTo("核实身份后办理挂失");
            assertThat(a.toString()).doesNotContain(ID);
        });
    }

    @Test
    void deniesWithoutPermissionOrPurposeAndAuditsThatToo() {
        RevealResult noPermission = access.reveal(new RevealRequest("EMP-8", FieldType.RESIDENT_ID, "CUST-1", "好奇"),
                () -> ID);
        RevealResult noPurpose = access.reveal(new RevealRequest("EMP-7", FieldType.RESIDENT_ID, "CUST-1", " "),
                () -> ID);
        RevealResult otherField = access.reveal(new RevealRequest("EMP-7", FieldType.BANK_CARD, "CUST-1", "核实"),
                () -> "6222021234567890128");

        assertThat(noPermission.denial()).contains(RevealResult.Denial.NOT_PERMITTED);
        assertThat(noPurpose.denial()).contains(RevealResult.Denial.NO_PURPOSE);
        assertThat(otherField.denial()).contains(RevealResult.Denial.NOT_PERMITTED);
        assertThat(noPermission.value()).isEmpty();
        assertThat(records()).extracting(AuditRecord::outcome).containsExactly("DENIED", "DENIED", "DENIED");
        assertThat(trail.verify().isIntact()).isTrue();
    }

    @Test
    void everyRevealIsRealName() {
        assertThatThrownBy(() -> new RevealRequest(" ", FieldType.NAME, "C", "p")).hasMessageContaining("actor");
    }
}
