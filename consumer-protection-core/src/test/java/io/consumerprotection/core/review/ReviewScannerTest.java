package io.consumerprotection.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewScannerTest {

    private final ReviewScanner scanner = ReviewScanner.builtIn();

    private List<ScanCategory> categories(ScanKind kind, String text) {
        return scanner.scan(kind, text).stream().map(ScanFinding::category).distinct().toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "本理财产品保本保息，稳赚不赔 | GUARANTEED_RETURN",
        "本產品保本保息，穩賺不賠 | GUARANTEED_RETURN",
        "零风险，收益稳 | ZERO_RISK",
        "這是一款零風險的產品 | ZERO_RISK",
        "年化收益承诺4.5% | RETURN_PROMISE",
        "预期收益率4%，到期肯定能拿到 | RETURN_PROMISE",
        "这款理财就是存款，和存款一样安全 | DEPOSIT_CONFUSION",
        "全网最低利率，行业第一 | ABSOLUTE_SUPERLATIVE",
        "仅限今日，错过不再！ | PRESSURE_SELLING",
        "本产品由政府担保，监管部门推荐 | FALSE_ENDORSEMENT",
        "This fund is risk-free | ZERO_RISK",
        "Capital guaranteed, act now | GUARANTEED_RETURN",
        "ＲＩＳＫ－ＦＲＥＥ ｉｎｖｅｓｔｍｅｎｔ | ZERO_RISK",
        "我们不仅保本，还有高收益 | GUARANTEED_RETURN",
    })
    void marketingClaimsAreFound(String text, ScanCategory expected) {
        assertThat(categories(ScanKind.MARKETING, text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "本产品不保本，投资者可能损失全部本金。",
        "本产品并非零风险产品，请审慎投资。",
        "理财非存款，产品有风险，投资须谨慎。",
        "本行不承诺最低收益，也不保证本金安全。",
        "业绩比较基准为3.2%，业绩比较基准不代表未来收益，不等于实际收益。",
        "本產品不保本，並非零風險產品。",
        "This product is not risk-free and is not principal guaranteed.",
        "理财产品不等同于存款。",
        "警惕“保本高收益”骗局，谨防非法集资。",
        "无风险利率下行，债券收益率随之变化。",
        "最高人民法院发布金融纠纷典型案例。",
        "非保本浮动收益型理财产品。",
        "募集期为2026年3月1日至3月7日。",
    })
    void negationsAndDisclosuresAreClean(String text) {
        assertThat(scanner.scan(ScanKind.MARKETING, text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "本活动最终解释权归本行所有 | FINAL_INTERPRETATION",
        "本活動最終解釋權歸本行所有 | FINAL_INTERPRETATION",
        "本行有权随时调整收费标准，恕不另行通知 | UNILATERAL_CHANGE",
        "因系统故障造成的损失，本行不承担任何责任 | EXEMPTS_OWN_LIABILITY",
        "一切损失由持卡人自行承担 | INCREASES_CONSUMER_LIABILITY",
        "借款人不得提前还款 | EXCLUDES_CONSUMER_RIGHTS",
        "申请贷款须同时购买本行指定保险 | FORCED_BUNDLING",
        "The bank reserves the right to interpret these terms | FINAL_INTERPRETATION",
        "The bank may change these terms at any time without prior notice | UNILATERAL_CHANGE",
    })
    void unfairTermsAreFound(String text, ScanCategory expected) {
        assertThat(categories(ScanKind.CONTRACT, text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "本行调整收费标准的，将提前30日公告，您不同意的可以解除本协议。",
        "因本行过错造成的损失，由本行依法承担赔偿责任。",
        "因不可抗力导致的损失，本行不承担责任。",
        "对条款理解有争议的，按照通常理解予以解释。",
        "本贷款无需同时购买任何保险，您可自主选择。",
        "本行不强制搭售任何产品。",
        "借款人可以提前还款，本行不收取违约金。",
    })
    void fairClausesAreClean(String text) {
        assertThat(scanner.scan(ScanKind.CONTRACT, text)).isEmpty();
    }

    /** Dictionary 2026a.1: a sentence about a claim (commentary, rule text, a question, a false belief) is clean. */
    @ParameterizedTest
    @ValueSource(strings = {
        "有的销售人员用“保本”“零风险”误导老年客户。",
        "某平台以稳赚不赔为诱饵吸收资金，已被查处。",
        "理财宣传应当如实披露风险，不能说保本。",
        "购买前请先问清楚这款产品是否保本。",
        "不少客户误以为结构性存款零风险。",
        "保本理财是指到期保证本金的理财产品，现已退出市场。",
    })
    void sentencesAboutAClaimAreClean(String text) {
        assertThat(scanner.scan(ScanKind.MARKETING, text)).isEmpty();
    }

    /** Dictionary 2026a.1: phrase families added on the public-dev rows. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MARKETING | 百分百本息保障，安心理财 | GUARANTEED_RETURN",
        "MARKETING | 低风险、高收益，闭眼入 | RETURN_PROMISE",
        "MARKETING | 跟着老师操作，资金轻松翻倍 | RETURN_PROMISE",
        "MARKETING | 错过此次良机再等一年 | PRESSURE_SELLING",
        "MARKETING | 全国首发智能理财 | ABSOLUTE_SUPERLATIVE",
        "CONTRACT | 贷款审批时要求借款人购买保险 | FORCED_BUNDLING",
        "CONTRACT | 不办理理财就不能放款 | FORCED_BUNDLING",
        "CONTRACT | 申请人签署本表即视同同意本行向合作机构提供其信息 | EXCLUDES_CONSUMER_RIGHTS",
        "CONTRACT | 会员费一经支付不支持退款 | EXCLUDES_CONSUMER_RIGHTS",
        "CONTRACT | 网络中断造成的损失不予赔偿 | EXEMPTS_OWN_LIABILITY",
        "CONTRACT | 银行有权扣划借款人名下任何其他账户的资金 | INCREASES_CONSUMER_LIABILITY",
        "CONTRACT | 本行可不通知持卡人即冻结账户 | UNILATERAL_CHANGE",
    })
    void phrasesOfTheSecondRoundAreFound(ScanKind kind, String text, ScanCategory expected) {
        assertThat(categories(kind, text)).contains(expected);
    }

    /**
     * Dictionary 2026a.2: one clause per kind the rules' own lists enumerate (CPL art. 26, the penalty measures
     * art. 12, the contract measures' lists, Advertising Law arts 9 and 25), worded here, none from the eval set.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CONTRACT | 寄存物品如有遗失，本店最高仅按保管费的五倍赔偿 | EXEMPTS_OWN_LIABILITY",
        "CONTRACT | 因本行通讯设备故障等不可抗力导致交易失败的，本行不承担责任 | EXEMPTS_OWN_LIABILITY",
        "CONTRACT | 商品质量问题须向生产厂家索赔 | EXEMPTS_OWN_LIABILITY",
        "CONTRACT | 退货产生的运输费用一律由消费者承担 | INCREASES_CONSUMER_LIABILITY",
        "CONTRACT | 凡使用密码进行的交易均视为持卡人本人所为 | INCREASES_CONSUMER_LIABILITY",
        "CONTRACT | 由此造成的全部损失，均由借款人自行承担 | INCREASES_CONSUMER_LIABILITY",
        "CONTRACT | 预付款项一律不予退还 | EXCLUDES_CONSUMER_RIGHTS",
        "CONTRACT | 会员卡一经售出，概不退换 | EXCLUDES_CONSUMER_RIGHTS",
        "CONTRACT | 卡内余额逾期作废 | EXCLUDES_CONSUMER_RIGHTS",
        "CONTRACT | 交易明细以本行系统记录为准 | EXCLUDES_CONSUMER_RIGHTS",
        "CONTRACT | 本行可不时修订本协议，客户继续使用即视为接受修订后的协议 | UNILATERAL_CHANGE",
        "CONTRACT | 本公司保留对本规则的修改权 | UNILATERAL_CHANGE",
        "CONTRACT | 本店保留对此卡的最终解释权 | FINAL_INTERPRETATION",
        "CONTRACT | 如有争议，以本行解释为准 | FINAL_INTERPRETATION",
        "CONTRACT | 未购买本行理财产品的，不予办理贷款 | FORCED_BUNDLING",
        "MARKETING | 到期返本，年化收益高达6% | GUARANTEED_RETURN",
        "MARKETING | 到期返本，年化收益高达6% | RETURN_PROMISE",
        "MARKETING | 资金安全有保障，五重风控 | ZERO_RISK",
        "MARKETING | 这款分红险收益比定期高，利率写进合同 | RETURN_PROMISE",
        "MARKETING | 新型存款，和银行定存一样 | DEPOSIT_CONFUSION",
        "MARKETING | 全国同类产品销量冠军 | ABSOLUTE_SUPERLATIVE",
        "MARKETING | 本期额度仅剩20份，即将停售 | PRESSURE_SELLING",
        "MARKETING | 监管批准的复利3.5%，国资背景担保 | FALSE_ENDORSEMENT",
    })
    void kindsTheRulesEnumerateAreFound(ScanKind kind, String text, ScanCategory expected) {
        assertThat(categories(kind, text)).contains(expected);
    }

    /** Dictionary 2026a.2: the fair counterparts of those kinds, and negation inside a gap, stay clean. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CONTRACT | 本行调整收费标准的，将提前30日公告，持卡人不同意的可以申请销户。",
        "CONTRACT | 本行有权根据持卡人用卡情况调整信用额度，并以短信方式通知持卡人。",
        "CONTRACT | 因持卡人泄露密码造成的损失由持卡人承担。",
        "CONTRACT | 理财产品的投资风险由投资者自行承担。",
        "CONTRACT | 持卡人对交易记录有异议的，可在30日内向本行提出，本行以系统记录为准进行核查。",
        "CONTRACT | 凭密码进行的交易视为持卡人本人交易，但持卡人能够证明系伪卡交易的除外。",
        "CONTRACT | 因下列原因造成的损失，保险人不负责赔偿。",
        "CONTRACT | 持卡人可随时申请注销信用卡。",
        "CONTRACT | 损失不由持卡人承担。",
        "MARKETING | 三年期定期存款年利率2.75%。",
        "MARKETING | 过往业绩不代表未来表现，年化收益率4.2%仅为历史数据。",
        "MARKETING | 我行手机银行采用数字证书和短信验证码，多重保障账户安全。",
        "MARKETING | 银行理财不等于存款，也并非无风险。",
        "MARKETING | 部分销售人员将保险包装成“新型存款”，请注意辨别。",
    })
    void fairCounterpartsAreClean(ScanKind kind, String text) {
        assertThat(scanner.scan(kind, text)).isEmpty();
    }

    @Test
    void aChainedGapNeedsEverySegmentInOrderWithinTheSentence() {
        ScanDictionary d = ScanDictionary.parse("chain", """
                version t
                citation K | instrument | art. 1 | C
                rule CON-T
                kind CONTRACT
                category INCREASES_CONSUMER_LIABILITY
                severity HIGH
                cite K
                suggest x / x
                pattern 由~承担~损失
                """);
        ReviewScanner s = ReviewScanner.of(d);
        assertThat(s.scan(ScanKind.CONTRACT, "由借款人承担全部损失")).extracting(ScanFinding::quote)
                .containsExactly("由借款人承担全部损失");
        assertThat(s.scan(ScanKind.CONTRACT, "由借款人承担费用，损失另议")).extracting(ScanFinding::quote)
                .containsExactly("由借款人承担费用，损失");
        assertThat(s.scan(ScanKind.CONTRACT, "由借款人承担。损失另议")).isEmpty();
        assertThat(s.scan(ScanKind.CONTRACT, "损失由借款人承担")).isEmpty();
        assertThat(s.scan(ScanKind.CONTRACT, "由承担方承担最终的损失")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "银行不得在发放贷款时强制搭售保险、理财等产品。",
        "借款人可自主选择是否购买保险，是否购买不影响贷款审批。",
    })
    void rulesAgainstBundlingAreClean(String text) {
        assertThat(scanner.scan(ScanKind.CONTRACT, text)).isEmpty();
    }

    @Test
    void aFindingQuotesItsSpanAndCitesItsBasis() {
        String text = "温馨提示：本产品零风险。";
        List<ScanFinding> f = scanner.scan(ScanKind.MARKETING, text);
        assertThat(f).hasSize(1);
        ScanFinding z = f.get(0);
        assertThat(z.ruleId()).isEqualTo(ScanRuleId.of("MKT-ZERO-RISK"));
        assertThat(z.quote()).isEqualTo("零风险").isEqualTo(text.substring(z.start(), z.end()));
        assertThat(z.citation()).contains("广告法").contains("(C)");
        assertThat(z.suggestion()).startsWith("删除");
    }

    @Test
    void marketingRulesDoNotApplyToClausesAndBackwards() {
        assertThat(scanner.scan(ScanKind.CONTRACT, "保本保息零风险")).isEmpty();
        assertThat(scanner.scan(ScanKind.MARKETING, "最终解释权归本行所有")).isEmpty();
    }

    @Test
    void aHostExtendsTheDictionary() {
        ScanDictionary host = ScanDictionary.parse("host", """
                version host-1
                window 10
                citation SEED-3 | seed 003 | 27 scripts withdrawn | seed
                rule HOST-FREE-GIFT
                kind MARKETING
                category PRESSURE_SELLING
                severity LOW
                cite SEED-3
                suggest 删除“开户即送” / Remove the gift lure.
                pattern 开户即送
                """);
        ReviewScanner extended = ReviewScanner.of(ScanDictionary.builtIn().with(host));
        assertThat(extended.dictionary().version()).isEqualTo("2026a.2+host-1");
        assertThat(extended.scan(ScanKind.MARKETING, "开户即送好礼")).extracting(ScanFinding::ruleId)
                .containsExactly(ScanRuleId.of("HOST-FREE-GIFT"));
        assertThat(extended.scan(ScanKind.MARKETING, "零风险")).hasSize(1);
    }

    @Test
    void aBrokenDictionaryListsEveryBrokenLine() {
        assertThatThrownBy(() -> ScanDictionary.parse("bad", """
                window x
                rule MKT-X
                category ZERO_RISK
                kind CONTRACT
                cite NOPE
                bogus 1
                """)).isInstanceOfSatisfying(InvalidScanDictionaryException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_SCAN_DICTIONARY");
                    assertThat(e.violations()).extracting(v -> v.rule()).contains("WINDOW", "UNKNOWN_CITATION",
                            "UNKNOWN_KEY", "KIND", "PATTERN", "SUGGEST", "VERSION");
                });
    }

    @Test
    void everyBuiltInRuleCitesWithAConfidenceMark() {
        assertThat(ScanDictionary.builtIn().rules()).hasSize(15).allSatisfy(r -> assertThat(r.citations())
                .allSatisfy(c -> assertThat(c.confidence()).isIn("A", "B", "C", "open", "seed")));
        assertThat(ScanDictionary.builtIn().rules()).extracting(ScanRule::category)
                .containsOnly(ScanCategory.values()).contains(ScanCategory.values());
    }
}
