package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void isHmacSha256OverTypeAndNormalisedValue() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal("RESIDENT_ID\u000011010519491231002X".getBytes(StandardCharsets.UTF_8)));

        Pseudonymiser p = Pseudonymiser.of(KEY, "k1");

        assertThat(p.pseudonymise(FieldType.RESIDENT_ID, "11010519491231002x")).isEqualTo(new Pseudonym("k1", expected));
        assertThat(p.pseudonymise(FieldType.RESIDENT_ID, "110105491231002").value()).isEqualTo(expected);
        assertThat(p.matches(FieldType.RESIDENT_ID, " 11010519491231002X ", Pseudonym.parse("k1:" + expected))).isTrue();
        assertThat(p.pseudonymise(FieldType.ACCOUNT, "11010519491231002X").value()).isNotEqualTo(expected);
        assertThat(Pseudonymiser.of(KEY.clone(), "k2").matches(FieldType.RESIDENT_ID, "11010519491231002X",
                new Pseudonym("k1", expected))).isFalse();
    }

    @Test
    void refusesShortKeys() {
        assertThatThrownBy(() -> Pseudonymiser.of(new byte[16], "k")).hasMessageContaining("key");
        assertThat(Pseudonymiser.of(KEY, "k1").toString()).doesNotContain("0123456789abcdef");
    }
}
