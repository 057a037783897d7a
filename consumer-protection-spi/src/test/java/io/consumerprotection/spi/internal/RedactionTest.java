package io.consumerprotection.spi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.DuplicateChannelReferenceException;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void idsAndCodesPrintAsTheyAreWhenTheyHaveTheShapeOfACode() {
        for (String code : List.of("CP-2024-0001", "HOTLINE", "BUSINESS=06022,CAUSE=0703", "01|02", "classification[CAUSE]",
                "EMP-001", "2018.1", "a:b/c_d", "1234567890")) {
            assertThat(Redaction.code(code)).isEqualTo(code);
        }
    }

    @Test
    void anythingElseInACodeFieldPrintsByItsLength() {
        assertThat(Redaction.code("13812345678")).isEqualTo("text(11 chars)");
        assertThat(Redaction.code("SMS-13812345678")).isEqualTo("text(15 chars)");
        assertThat(Redaction.code("11010519491231002X")).isEqualTo("text(18 chars)");
        assertThat(Redaction.code("欧阳娜娜")).isEqualTo("text(4 chars)");
        assertThat(Redaction.code("a@example.com")).isEqualTo("text(13 chars)");
        assertThat(Redaction.code("two words")).isEqualTo("text(9 chars)");
        assertThat(Redaction.code("")).isEqualTo("text(0 chars)");
        assertThat(Redaction.code("x".repeat(65))).isEqualTo("text(65 chars)");
        assertThat(Redaction.code(null)).isEqualTo("null");
    }

    @Test
    void freeTextPrintsItsLengthInCodePointsAndPersonalFieldsNothing() {
        assertThat(Redaction.text("客户欧阳娜娜来电𠀋")).isEqualTo("text(9 chars)");
        assertThat(Redaction.text(null)).isEqualTo("null");
        assertThat(Redaction.personal("欧阳娜娜")).isEqualTo("***");
        assertThat(Redaction.personal(null)).isEqualTo("null");
    }

    @Test
    void collectionsAndMapsPrintEachValueAsACodeInKeyOrder() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("noticeProof", "SMS-13812345678");
        details.put("handler", "EMP-002");
        details.put("days", 3);
        assertThat(Redaction.codes(details)).isEqualTo("{days=3, handler=EMP-002, noticeProof=text(15 chars)}");
        assertThat(Redaction.codes(List.of("HOTLINE", "6222021234567890128"))).isEqualTo("[HOTLINE, text(19 chars)]");
    }

    @Test
    void aRejectedValueIsDescribedByItsShape() {
        assertThat(Redaction.shape("6222021234567890128")).isEqualTo("19 digits");
        assertThat(Redaction.shape("7")).isEqualTo("1 digit");
        assertThat(Redaction.shape("11010519491231002X")).isEqualTo("18 characters");
        assertThat(Redaction.shape("娜")).isEqualTo("1 character");
        assertThat(Redaction.shape("")).isEqualTo("empty");
        assertThat(Redaction.shape(null)).isEqualTo("null");
    }

    @Test
    void theSpiRecordsAndExceptionsFollowIt() {
        TimelineEventRecord e = new TimelineEventRecord(3, "DECIDED", Instant.parse("2024-09-20T03:00:00Z"), "EMP-002",
                "客户手机13812345678", Map.of("noticeProof", "SMS-13812345678", "noticeMethod", "SMS"));
        assertThat(e.toString()).isEqualTo("TimelineEventRecord[sequence=3, type=DECIDED, at=2024-09-20T03:00:00Z, "
                + "actor=EMP-002, reason=text(15 chars), details={noticeMethod=SMS, noticeProof=text(15 chars)}]");
        assertThat(new ComplainantRecord("PERSON", "CUST-1", "欧阳娜娜", "AGENT", "13812345678", 1).toString())
                .doesNotContain("CUST-1", "欧阳娜娜", "13812345678").contains("kind=PERSON", "representation=AGENT");
        assertThat(new DuplicateChannelReferenceException("HOTLINE", "13812345678").getMessage())
                .isEqualTo("a complaint with channel HOTLINE and this channel reference (11 digits) already exists; "
                        + "nothing was written");
    }
}
