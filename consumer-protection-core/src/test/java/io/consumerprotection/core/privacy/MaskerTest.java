package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskerTest {

    private final Masker masker = Masker.standard();

    @ParameterizedTest
    @CsvSource({
        "BANK_CARD, 6222021234567890128, 622202*********0128",
        "BANK_CARD, 6258070854960498, 625807******0498",
        "MOBILE, 13812345678, 138****5678",
        "RESIDENT_ID, 11010519491231002X, 1****************X",
        "RESIDENT_ID, 110105491231002, 1*************2",
        "NAME, 张三, 张*",
        "NAME, 欧阳娜娜, 欧阳**",
        "NAME, 司马相如, 司马**",
        "NAME, 王小明, 王**",
        "EMAIL, zhangwei@163.com, z***@163.com",
        "EMAIL, a@qq.com, ***@qq.com",
        "ADDRESS, 浙江省杭州市西湖区文三路100号, 浙江省杭州市**********",
        "ADDRESS, 北京市朝阳区建国路88号, 北京市*********",
        "ADDRESS, 新疆维吾尔自治区乌鲁木齐市天山区, 新疆维吾尔自治区乌鲁木齐市***",
        "PASSWORD, 123456, ******",
        "CVN, 123, ******",
        "BALANCE, 12345.67, ********",
    })
    void masksForDisplay(FieldType type, String value, String expected) {
        assertThat(masker.mask(type, value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "BANK_CARD, 62220212345",            // too short for a card
        "BANK_CARD, 6222 0212 3456 7890",    // separators: not the card shape
        "BANK_CARD, 62220212345678901234",   // too long
        "MOBILE, 1381234567",                // 10 digits
        "MOBILE, 138-1234-5678",
        "RESIDENT_ID, 1101051949123100",     // 16 characters
        "RESIDENT_ID, 11010519491231002Y",
        "EMAIL, not-an-email",
        "ADDRESS, 文三路100号",               // no province or city
        "LOGIN_NAME, ab",
    })
    void masksMalformedOrShortValuesCompletely(FieldType type, String value) {
        String masked = masker.mask(type, value);

        assertThat(masked).isNotEqualTo(value).matches("\\*+");
        assertThat(masked.codePointCount(0, masked.length())).isEqualTo(value.codePointCount(0, value.length()));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String name = "𠀋小明"; // U+2000B is outside the BMP
        String masked = masker.mask(FieldType.NAME, name);

        assertThat(masked).isEqualTo("𠀋**");
        String login = "𠀋𠀋abc𠀋";
        String maskedLogin = masker.mask(FieldType.LOGIN_NAME, login);
        assertThat(maskedLogin).isEqualTo("𠀋****𠀋");
        assertThat(maskedLogin.chars().filter(c -> Character.isSurrogate((char) c)).count()).isEqualTo(4);
    }

    @Test
    void channelsDiffer() {
        assertThat(masker.mask(FieldType.BANK_CARD, "6222021234567890128", MaskingChannel.PRINTED_SLIP))
                .isEqualTo("***************0128");
        assertThat(masker.mask(FieldType.RESIDENT_ID, "11010519491231002X", MaskingChannel.LOG))
                .isEqualTo("******************");
        assertThat(masker.mask(FieldType.NAME, "张三", MaskingChannel.LOG)).isEqualTo("**");
    }

    @Test
    void hostCanChangeARuleButNotExposeC2() {
        Masker custom = Masker.builder().rule(MaskingChannel.DISPLAY, FieldType.RESIDENT_ID, MaskRule.keep(6, 4))
                .version("host-1").build();

        assertThat(custom.mask(FieldType.RESIDENT_ID, "11010519491231002X")).isEqualTo("110105********002X");
        assertThat(custom.version()).isEqualTo("host-1");
        assertThatThrownBy(() -> Masker.builder().rule(MaskingChannel.LOG, FieldType.MOBILE, MaskRule.none()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MOBILE");
        assertThat(Masker.builder().rule(MaskingChannel.LOG, FieldType.USCC, MaskRule.none()).build()
                .mask(FieldType.USCC, "91350100M000100Y43", MaskingChannel.LOG)).isEqualTo("91350100M000100Y43");
    }

    @Test
    void ruleTextRoundTrips() {
        for (String t : new String[] {"keep(6,4)", "surname", "region", "email", "full", "redact", "none"}) {
            assertThat(MaskRule.parse(t)).hasToString(t);
        }
        assertThatThrownBy(() -> MaskRule.parse("keep(a,b)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MaskRule.keep(-1, 0)).hasMessageContaining("first");
    }

    @Test
    void everyBundledProfileCoversEveryType() {
        for (MaskingChannel c : MaskingChannel.values()) {
            for (FieldType t : FieldType.values()) {
                assertThat(masker.profile(c).rule(t)).isNotNull();
            }
        }
        assertThat(masker.version()).isEqualTo("2026a");
    }
}
