package io.consumerprotection.core.complaint;

import java.time.Instant;
import java.util.Map;

/** Intakes and decisions for tests. */
public final class ComplaintFixtures {

    public static final Instant RECEIVED = Instant.parse("2024-09-20T02:15:00Z");

    private ComplaintFixtures() {
    }

    public static Intake.Builder intake(String reference) {
        return Intake.builder()
                .channel(Channel.HOTLINE)
                .channelReference(reference)
                .complainant(Complainant.person("CUST-0001", "欧阳娜娜"))
                .respondent("BR-0101")
                .request("退还信用卡年费")
                .narrative("我的信用卡年费在未告知的情况下被扣收300元，要求退还。")
                .receivedAt(RECEIVED)
                .receivingUnit("BR-0101")
                .firstContactHandler("EMP-001");
    }

    public static Decision decision() {
        return Decision.withAllRemedies(DecisionOutcome.UPHELD, "年费未按约定告知", "合同第5条", NoticeMethod.SMS,
                "SMS-778899");
    }

    public static Map<String, String> codes() {
        // channel: telephone banking; business: credit card, annual fee; cause: charged without consent; bank responsible
        return Map.of("CHANNEL", "01032", "BUSINESS", "06022", "CAUSE", "0703", "RESPONSIBILITY", "01");
    }
}
