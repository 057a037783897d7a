package io.consumerprotection.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases a tester found leaking (issue 14), each with the identifier built here by the naive rule of its
 * standard ({@link NaiveIdentifiers}), not by the code under test: every one must leave the scrubbed text without
 * the raw value and be reported with its type.
 */
class FailSafeScrubbingTest {

    private final NarrativeScrubber scrubber = NarrativeScrubber.standard();

    private static final String ID = NaiveIdentifiers.residentId("110105", "19491231", "002");
    private static final String CARD = NaiveIdentifiers.card("621700364503342696");

    private void assertScrubbed(String text, String raw, FieldType type) {
        assertThat(text).contains(raw);
        ScrubResult r = scrubber.scrub(text);
        assertThat(r.text()).as(text).doesNotContain(raw);
        assertThat(r.findings()).as(text).extracting(ScrubFinding::type).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"编号%s", "我的客户号是%s", "保单号码对应的投保人%s", "工单里客户留的号%s", "流水显示转入%s",
        "订单里绑定了%s", "身份证编号%s", "证件编号%s", "开户证件编号%s", "案号%s", "受理号%s", "订单号%s", "交易流水号：%s",
        "参考号%s。", "%s", "ID%sabc", "客户编号:%s,请核实"})
    void checksumValidIdIsMaskedWhateverStandsBeforeIt(String template) {
        assertScrubbed(template.formatted(ID), ID, FieldType.RESIDENT_ID);
    }

    /** A word naming something else directly after a keyword (or after its 的) keeps the keyword's meaning. */
    @ParameterizedTest
    @ValueSource(strings = {"账户序列号%s", "账号的编号%s", "a/c序列号为%s", "户号的流水%s"})
    void negativeWordRightAfterAnAccountKeywordKeepsTheAccount(String template) {
        String account = "1234567890";
        assertScrubbed(template.formatted(account), account, FieldType.ACCOUNT);
        String alone = template.formatted(account).replaceFirst("^(账户|账号的|a/c|户号的)", "");
        assertThat(scrubber.scrub(alone).text()).as(alone).isEqualTo(alone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"反映其尾号卡%s被盗刷", "流水显示转入%s", "订单里绑定了卡%s", "卡片编号%s", "合同约定还款卡%s",
        "订单支付卡%s", "编号%s", "商户号%s", "my card %s was charged", "card%sX"})
    void luhnValidCardIsMaskedWhateverStandsBeforeIt(String template) {
        assertScrubbed(template.formatted(CARD), CARD, FieldType.BANK_CARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"103012345678901234", "185720123456789", "843010123456789", "870000123456789",
        "817199990000000", "222100123456789", "272099123456789", "352800123456789", "940012345678901"})
    void everyIssuerPrefixIsDetected(String body) {
        String card = NaiveIdentifiers.card(body);
        assertScrubbed("客户银行卡号" + card + "，请核实。", card, FieldType.BANK_CARD);
        assertScrubbed(card, card, FieldType.BANK_CARD);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"CVN码123|123|CVN", "CVV码是456|456|CVN", "安全码：789|789|CVN",
        "卡背面三位数321|321|CVN", "卡背后的3位数字654|654|CVN", "CVV2: 852|852|CVN", "ＣＶＶ：７４１|７４１|CVN",
        "PIN码1234|1234|PIN", "交易密码是 880921|880921|PASSWORD", "短信验证码为：836271|836271|OTP",
        "有效期：1228|1228|CARD_EXPIRY"})
    void c3KeywordVariants(String text, String raw, FieldType type) {
        assertScrubbed(text, raw, type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"身份证号%s", "身份证号码：%s", "证件号 %s"})
    void mistypedIdAfterItsKeywordIsMasked(String template) {
        String wrong = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
        assertScrubbed(template.formatted(wrong), wrong, FieldType.RESIDENT_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"卡号%s", "银行卡：%s", "信用卡 %s"})
    void mistypedCardAfterItsKeywordIsMasked(String template) {
        String wrong = CARD.substring(0, CARD.length() - 1) + (char) ('0' + (CARD.charAt(CARD.length() - 1) - '0' + 1) % 10);
        assertScrubbed(template.formatted(wrong), wrong, FieldType.BANK_CARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"18991231", "18800101", "19000101"})
    void oneBirthYearRuleForValidatorAndScanner(String birth) {
        String id = NaiveIdentifiers.residentId("440524", birth, "001");
        assertThat(IdentifierType.RESIDENT_ID.isValid(id)).isTrue();
        List<ScrubFinding> found = scrubber.find("客户" + id);
        assertThat(found).extracting(ScrubFinding::type).containsExactly(FieldType.RESIDENT_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"永久居留身份证号%s", "外国人永久居留证%s", "客户证件%s", "%s"})
    void foreignPermanentResidentIdIsValidatedAndScrubbed(String template) {
        String id = NaiveIdentifiers.foreignResidentId("31", "840", "19850101", "01", "7");
        assertThat(IdentifierType.FOREIGN_PERMANENT_RESIDENT_ID.check(id).isValid()).isTrue();
        assertScrubbed(template.formatted(id), id, FieldType.OTHER_ID_DOCUMENT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"护照号E12345678|E12345678|PASSPORT", "护照号码：EA1234567|EA1234567|PASSPORT",
        "持G87654321护照入境|G87654321|PASSPORT", "passport No. P1234567|P1234567|PASSPORT",
        "手机0086 13812345678|13812345678|MOBILE", "联系电话008613912345678|008613912345678|MOBILE",
        "+86 138 1234 5678|138 1234 5678|MOBILE", "账号62220212345678901234|62220212345678901234|ACCOUNT",
        "对公账户 1100 1234 5678 0505 0001|1100 1234 5678 0505 0001|ACCOUNT"})
    void otherIdentifiers(String text, String raw, FieldType type) {
        assertScrubbed(text, raw, type);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "  ", "\u3000", "-", " ", "\u00A0", "\n"})
    void idsAndCardsSplitBySeparators(String sep) {
        String id = ID.substring(0, 6) + sep + ID.substring(6, 14) + sep + ID.substring(14);
        ScrubResult r = scrubber.scrub("身份证" + id + "，谢谢");
        assertThat(r.text()).doesNotContain(ID.substring(6, 14));
        String card = CARD.substring(0, 4) + sep + CARD.substring(4, 8) + sep + CARD.substring(8, 12) + sep
                + CARD.substring(12, 16) + sep + CARD.substring(16);
        r = scrubber.scrub("卡" + card + "被盗刷");
        assertThat(r.text()).doesNotContain(CARD.substring(4, 8) + sep + CARD.substring(8, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X", "x", "Ｘ", "ｘ"})
    void checkCharacterXInEveryForm(String x) {
        String id = NaiveIdentifiers.residentId("110105", "19491231", "002");
        assertThat(id).endsWith("X");
        String written = id.substring(0, 17) + x;
        assertScrubbed("证件" + written + "。", written, FieldType.RESIDENT_ID);
        String fullWidth = NaiveIdentifiers.fullWidth(id.substring(0, 17)) + x;
        assertScrubbed("编号" + fullWidth, fullWidth, FieldType.RESIDENT_ID);
    }
}
