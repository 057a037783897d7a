package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryConsentRegistry;
import io.consumerprotection.testkit.InMemoryPermissionCheck;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants: personal data never leaks raw through masking, toString(), exception messages or logs. */
class PrivacyProperties {

    /** Valid resident IDs (GB 11643 arithmetic written out independently of the code under test). */
    @Provide
    Arbitrary<String> residentIds() {
        return PersonalDataArbitraries.residentIds();
    }

    /** Valid Luhn card numbers of 13 to 19 digits. */
    @Provide
    Arbitrary<String> cards() {
        return PersonalDataArbitraries.cards();
    }

    @Property(tries = 300)
    void maskingNeverReturnsTheRawIdentifier(@ForAll("residentIds") String id, @ForAll("cards") String card,
                                              @ForAll MaskingChannel channel) {
        Masker m = Masker.standard();
        assertThat(IdentifierType.RESIDENT_ID.check(id, LocalDate.of(2026, 1, 1)).isValid()).isTrue();
        assertThat(IdentifierType.BANK_CARD.isValid(card)).isTrue();
        assertThat(m.mask(FieldType.RESIDENT_ID, id, channel)).doesNotContain(id).hasSize(id.length());
        assertThat(m.mask(FieldType.BANK_CARD, card, channel)).doesNotContain(card);
        assertThat(m.mask(FieldType.ACCOUNT, card, channel)).doesNotContain(card);
    }

    @Property(tries = 500)
    void aC2OrC3ValueIsNeverReturnedUnchanged(@ForAll FieldType type, @ForAll MaskingChannel channel,
                                              @ForAll("values") String value) {
        if (!FieldCatalogue.standard().classOf(type).requiresMasking()) {
            return;
        }
        assertThat(Masker.standard().mask(type, value, channel)).isNotEqualTo(value);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25),
                Arbitraries.strings().withChars("𠀋😀a1@.省市").ofMinLength(1).ofMaxLength(12))
                .filter(s -> s.chars().anyMatch(c -> c != '*'));
    }

    @Property(tries = 200)
    void noToStringExceptionOrLogLineContainsTheRawValue(@ForAll("residentIds") String id, @ForAll("cards") String card) {
        // domain toString()
        ResidentIdentityNumber parsed = ResidentIdentityNumber.parse(id, LocalDate.of(2026, 1, 1));
        assertThat(parsed.toString()).doesNotContain(id);
        ScrubResult scrub = NarrativeScrubber.standard().scrub("身份证" + id + "，卡号" + card + "，手机13812345678");
        assertThat(scrub.toString()).doesNotContain(id).doesNotContain(card);
        assertThat(scrub.findings().toString()).doesNotContain(id).doesNotContain(card);
        assertThat(IdentifierType.BANK_CARD.check(card).toString()).doesNotContain(card);

        // exception messages
        char wrong = id.charAt(17) == '0' ? '1' : '0';
        String badId = id.substring(0, 17) + wrong;
        try {
            ResidentIdentityNumber.parse(badId, LocalDate.of(2026, 1, 1));
            throw new AssertionError("a wrong check character must be refused");
        } catch (InvalidIdentifierException e) {
            assertThat(e.getMessage()).doesNotContain(badId).doesNotContain(id.substring(0, 17));
            assertThat(e.violations().toString()).doesNotContain(badId);
        }

        // reveals and sharing decisions, with their log lines and audit records
        InMemoryAuditSink sink = new InMemoryAuditSink();
        AuditTrail trail = AuditTrail.of(sink, Clock.systemUTC());
        PersonalDataAccess access = PersonalDataAccess.of(new InMemoryPermissionCheck().grant("EMP-1",
                PersonalDataAccess.permission(FieldType.BANK_CARD)), trail, Masker.standard());
        SharingPolicy policy = SharingPolicy.builder().consentRegistry(new InMemoryConsentRegistry()).auditTrail(trail)
                .build();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String logged;
        RevealResult granted;
        RevealResult denied;
        SharingDecision decision;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            granted = access.reveal(new RevealRequest("EMP-1", FieldType.BANK_CARD, "CUST-1", "挂失"), () -> card);
            denied = access.reveal(new RevealRequest("EMP-2", FieldType.RESIDENT_ID, "CUST-1", "挂失"), () -> id);
            decision = policy.decide(new SharingRequest("EMP-1", "CUST-1", "INSURANCE_AGENCY", new Recipient("I", true),
                    Map.of(FieldType.RESIDENT_ID, id, FieldType.BANK_CARD, card), LegalBasis.LEGAL_OBLIGATION, "CN", null));
        } finally {
            System.setErr(err);
            logged = captured.toString(StandardCharsets.UTF_8);
        }
        assertThat(logged).contains("granted").contains("denied").doesNotContain(id).doesNotContain(card);
        assertThat(granted.toString()).doesNotContain(card);
        assertThat(denied.toString()).doesNotContain(id);
        assertThat(decision.toString()).doesNotContain(id).doesNotContain(card);
        for (AuditRecord r : sink.records().toList()) {
            assertThat(r.toString()).doesNotContain(id).doesNotContain(card);
        }
    }
}
