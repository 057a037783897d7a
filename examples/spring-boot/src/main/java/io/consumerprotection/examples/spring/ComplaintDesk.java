package io.consumerprotection.examples.spring;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.Intake;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's service: a complaint taken in together with the application's own row, in one Spring
 * transaction, so that both are kept or neither.
 */
@Service
public class ComplaintDesk {

    private final ConsumerProtection cp;
    private final JdbcTemplate jdbc;

    ComplaintDesk(ConsumerProtection cp, JdbcTemplate jdbc) {
        this.cp = cp;
        this.jdbc = jdbc;
    }

    /**
     * Takes a hotline complaint in, accepts it and records the call in the application's own table; when
     * {@code failAfter} the transaction fails at the end and everything is rolled back.
     */
    @Transactional
    public Complaint takeCall(String callId, Instant at, boolean failAfter) {
        Complaint c = cp.complaints().intake(Intake.builder()
                .channel(Channel.HOTLINE).channelReference(callId)
                .complainant(Complainant.person("CUST-" + callId, "欧阳娜娜"))
                .request("退还信用卡年费").narrative("信用卡年费未经告知被扣收300元，要求退还。")
                .receivedAt(at).receivingUnit("BR-0101").firstContactHandler("EMP-001")
                .build(), "EMP-001").complaint();
        c = cp.complaints().act(c, new ComplaintAction.Accept(), "EMP-001");
        jdbc.update("INSERT INTO call_log (call_id, complaint_id) VALUES (?, ?)", callId, c.id().value());
        if (failAfter) {
            throw new IllegalStateException("the call centre's own step failed");
        }
        return c;
    }
}
