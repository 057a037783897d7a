package io.consumerprotection.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataScannerTest {

    private static List<String> scan(String text) {
        List<String> hits = new ArrayList<>();
        PersonalDataScanner.scan(text, (type, c3, start, end) -> hits.add(type + (c3 ? "/C3" : "/C2") + "@" + start + "-" + end));
        return hits;
    }

    @Test
    void findsIdMobileAndCardWithChecksums() {
        // 11010519491231002X is the GB 11643 standard's own example number
        assertThat(scan("身份证11010519491231002X")).containsExactly("RESIDENT_ID/C2@3-21");
        assertThat(scan("身份证110105194912310021")).isEmpty();
        assertThat(scan("电话13912345678。")).containsExactly("MOBILE/C2@2-13");
        assertThat(scan("卡号4111111111111111")).containsExactly("BANK_CARD/C2@2-18");
        assertThat(scan("卡号4111111111111112")).isEmpty();
    }

    @Test
    void ignoresMaskedValuesAndOrdinaryNumbers() {
        assertThat(scan("手机139****5678，卡号622202******1234")).isEmpty();
        assertThat(scan("金额300元，2024年10月8日")).isEmpty();
        assertThat(scan("12345678901")).isEmpty();
    }

    @Test
    void findsLabelledC3Values() {
        assertThat(scan("CVN2:123")).containsExactly("CVN/C3@5-8");
        assertThat(scan("我的交易密码是 886622")).containsExactly("PASSWORD/C3@8-14");
        assertThat(scan("有效期 08/27")).containsExactly("CARD_EXPIRY/C3@4-9");
        assertThat(scan("密码已重置")).isEmpty();
    }
}
