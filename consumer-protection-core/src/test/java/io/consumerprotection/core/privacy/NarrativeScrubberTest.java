package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeScrubberTest {

    private final NarrativeScrubber scrubber = NarrativeScrubber.standard();

    @Test
    void masksC2AndRemovesC3() {
        String text = "卡号6222021234567890128，验证码836271，身份证11010519491231002X。";

        ScrubResult r = scrubber.scrub(text);

        assertThat(r.text()).isEqualTo("卡号622202*********0128，验证码******，身份证1****************X。");
        assertThat(r.findings()).extracting(ScrubFinding::type)
                .containsExactly(FieldType.BANK_CARD, FieldType.OTP, FieldType.RESIDENT_ID);
        ScrubFinding card = r.findings().get(0);
        assertThat(text.substring(card.start(), card.end())).isEqualTo("6222021234567890128");
        assertThat(r.foundC3()).isFalse();
    }

    @Test
    void c3IsNeverKept() {
        ScrubResult r = scrubber.scrub("客户说密码是123456，CVV2：123，有效期12/27，PIN 8888");

        assertThat(r.text()).isEqualTo("客户说密码是******，CVV2：******，有效期******，PIN ******");
        assertThat(r.findings()).extracting(ScrubFinding::type)
                .containsExactly(FieldType.PASSWORD, FieldType.CVN, FieldType.CARD_EXPIRY, FieldType.PIN);
        assertThat(r.foundC3()).isTrue();
        assertThat(r.text()).doesNotContain("123456").doesNotContain("12/27").doesNotContain("8888");
    }

    @Test
    void leavesNearMissesAlone() {
        List<String> texts = List.of(
                "订单号202403151234567890的退款未到账",
                "2024-03-15 14:30:22 扣款12,345.67元",
                "密码错误三次被锁定，验证码收不到，有效期内换卡",
                "流水号6222021234567890127（Luhn 不通过）",
                "时间戳1710489600000",
                "客服热线95588");
        for (String t : texts) {
            ScrubResult r = scrubber.scrub(t);
            assertThat(r.findings()).as(t).isEmpty();
            assertThat(r.text()).isSameAs(t);
        }
    }

    @Test
    void readsGroupedAndFullWidthNumbers() {
        assertThat(scrubber.scrub("卡号 6222 0212 3456 7890 128 已挂失").text())
                .isEqualTo("卡号 622202*********0128 已挂失");
        assertThat(scrubber.scrub("电话138-1234-5678").text()).isEqualTo("电话138****5678");
        assertThat(scrubber.scrub("手机１３８１２３４５６７８").findings()).singleElement()
                .extracting(ScrubFinding::type).isEqualTo(FieldType.MOBILE);
        assertThat(scrubber.scrub("致电+8613812345678").text()).isEqualTo("致电138****5678");
        assertThat(scrubber.scrub("电话13812345678 卡号6222021234567890128").findings()).extracting(ScrubFinding::type)
                .containsExactly(FieldType.MOBILE, FieldType.BANK_CARD);
    }

    @Test
    void findsEmails() {
        ScrubResult r = scrubber.scrub("邮箱zhang.wei@bank.com.cn，或13912345678@139.com。");

        assertThat(r.text()).isEqualTo("邮箱z***@bank.com.cn，或1***@139.com。");
        assertThat(r.findings()).extracting(ScrubFinding::type).containsExactly(FieldType.EMAIL, FieldType.EMAIL);
    }

    @Test
    void legacyIdIsMaskedWithOrWithoutItsKeyword() {
        assertThat(scrubber.scrub("旧身份证号110105491231002").findings()).singleElement()
                .extracting(ScrubFinding::type).isEqualTo(FieldType.RESIDENT_ID);
        // region and a real 19yy date are its own evidence (fail-safe)
        assertThat(scrubber.scrub("编码110105491231002").findings()).singleElement()
                .extracting(ScrubFinding::type).isEqualTo(FieldType.RESIDENT_ID);
        // no known region, or no real date: not an ID, and 15 digits after 编码 are left alone
        assertThat(scrubber.scrub("编码990105491231002").findings()).isEmpty();
        assertThat(scrubber.scrub("编码110105491331002").findings()).isEmpty();
    }

    @Test
    void labelsProfile() {
        NarrativeScrubber labels = NarrativeScrubber.of(ScrubProfile.labels(), Masker.standard(), FieldCatalogue.standard());

        assertThat(labels.scrub("手机13812345678，密码abc12345").text()).isEqualTo("手机[MOBILE]，密码******");
    }
}
