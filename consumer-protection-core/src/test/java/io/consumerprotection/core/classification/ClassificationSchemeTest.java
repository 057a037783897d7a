package io.consumerprotection.core.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.Violation;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationSchemeTest {

    private final ClassificationScheme scheme = ClassificationCatalog.bundled().latest();

    private List<String> rootNames(Dimension d) {
        return scheme.roots(d).stream().map(SchemeCode::nameZh).toList();
    }

    @Test
    void businessHasTheFourteenCategoriesOfTheStandard() {
        assertThat(rootNames(Dimension.BUSINESS)).containsExactly("人民币储蓄", "人民币管理", "外汇", "贵金属", "国库",
                "银行卡", "贷款", "债务催收", "支付结算", "个人金融信息", "银行代理业务", "自营理财", "其他中间业务", "其他");
    }

    @Test
    void causeHasTwelveCausesAndOther() {
        assertThat(rootNames(Dimension.CAUSE)).containsExactly("服务态度及服务质量", "服务设施、设备、业务系统",
                "管理制度、业务规则与流程", "营销方式和手段", "信息披露", "自主选择权", "定价收费", "产品收益", "合同条款",
                "消费者资金安全", "消费者信息安全", "债务催收方式和手段", "其他");
    }

    @Test
    void rightsAreTheEight() {
        assertThat(rootNames(Dimension.RIGHT)).containsExactly("财产安全权", "知情权", "自主选择权", "公平交易权", "依法求偿权",
                "受教育权", "受尊重权", "信息安全权");
    }

    @Test
    void channelAxisHasTheElectronicChannels() {
        assertThat(scheme.children(Dimension.CHANNEL, "0103").stream().map(SchemeCode::nameZh))
                .containsExactly("网上银行", "电话银行", "移动客户端", "网络公众平台", "短信", "其他电子渠道");
    }

    @Test
    void otherIsNinetyNineAtMajorAndMiddleAndNineAtMinorLevel() {
        for (Dimension d : List.of(Dimension.CHANNEL, Dimension.BUSINESS, Dimension.CAUSE)) {
            for (SchemeCode c : scheme.codes(d)) {
                // 其他中间业务 (B 13) is a category of the standard, not its "other" class
                if (c.nameZh().startsWith("其他") && !(d == Dimension.BUSINESS && c.code().equals("13"))) {
                    assertThat(c.isOther()).as("%s %s %s", d, c.code(), c.nameZh()).isTrue();
                    assertThat(c.code()).endsWith(c.level() == 3 ? "9" : "99");
                }
            }
        }
    }

    @Test
    void everyCodeHasNamesLevelsAndAnEmptyOfficialCode() {
        for (Dimension d : Dimension.values()) {
            assertThat(scheme.codes(d)).as("%s has codes", d).isNotEmpty();
            for (SchemeCode c : scheme.codes(d)) {
                assertThat(c.nameEn()).isNotBlank();
                assertThat(c.source()).isNotBlank();
                assertThat(c.officialCode()).isEmpty();
                assertThat(c.code().length()).isEqualTo(c.level() == 1 ? 2 : c.level() == 2 ? 4 : 5);
            }
        }
    }

    @Test
    void looksUpChildrenAncestorsAndRollsUp() {
        SchemeCode fee = scheme.get(Dimension.BUSINESS, "06022");
        assertThat(fee.nameZh()).isEqualTo("年费");
        assertThat(scheme.ancestors(Dimension.BUSINESS, "06022").stream().map(SchemeCode::nameZh))
                .containsExactly("信用卡", "银行卡");
        assertThat(scheme.rollUp(Dimension.BUSINESS, "06022", 1).code()).isEqualTo("06");
        assertThat(scheme.rollUp(Dimension.BUSINESS, "06", 2).code()).isEqualTo("06");
        assertThat(scheme.children(Dimension.BUSINESS, "0602").stream().map(SchemeCode::nameZh))
                .contains("盗刷", "年费", "分期", "额度", "积分、权益", "挂失、补卡");
        assertThat(scheme.children(Dimension.BUSINESS, "07").stream().map(SchemeCode::nameZh))
                .contains("个人住房贷款", "个人消费贷款", "个人经营贷款", "助学贷款", "冒名贷款、冒名担保");
        assertThat(scheme.children(Dimension.BUSINESS, "09").stream().map(SchemeCode::nameZh))
                .contains("账户管理", "资金汇划", "票据", "电子支付", "非银行支付机构网络支付", "汇兑");
        assertThat(scheme.children(Dimension.BUSINESS, "11").stream().map(SchemeCode::nameZh))
                .contains("代销保险", "代销基金", "代销信托");
        assertThat(scheme.isLeaf(Dimension.BUSINESS, "06022")).isTrue();
        assertThat(scheme.isLeaf(Dimension.BUSINESS, "0602")).isFalse();
    }

    @Test
    void unknownCodeNamesDimensionAndVersionAndTheCodesShapeOnly() {
        assertThat(scheme.find(Dimension.BUSINESS, "0608")).isEmpty();
        assertThatThrownBy(() -> scheme.get(Dimension.BUSINESS, "0608"))
                .isInstanceOf(UnknownClassificationCodeException.class)
                .hasMessageContaining("BUSINESS code (4 digits)").hasMessageContaining("2018.1")
                .hasMessageNotContaining("0608");
    }

    @Test
    void searchesByNameFoldingWidthAndCase() {
        assertThat(scheme.searchByName("信用卡").stream().map(SchemeCode::code)).contains("0602", "0801");
        assertThat(scheme.searchByName("ANNUAL FEE").stream().map(SchemeCode::code)).containsExactly("06022");
        assertThat(scheme.searchByName("ＡＴＭ").stream().map(SchemeCode::code)).containsExactly("01021");
        assertThat(scheme.searchByName(" ")).isEmpty();
    }

    @Test
    void readsAVersionWithAMappingAndRejectsMalformedLines() {
        String text = """
                @version\t2030.1
                @effective-from\t2030-01-01
                @based-on\t2018.1
                @dimension\tCAUSE\trequired=true\tleaf=true\tmulti=false
                @map\tCAUSE\t0101\t0104
                @map\tCAUSE\t0102\t0104
                @map\tCAUSE\t0103\t0105,0106
                dimension\tcode\tparent\tlevel\tname_zh\tname_en\tofficial_code\tvalid_from\tvalid_to\tversion\tsource
                CAUSE\t01\t\t1\t服务\tService\t\t\t\t2018.1\tt
                CAUSE\t0104\t01\t2\t服务态度与效率\tAttitude and speed\t\t\t\t2030.1\tt
                CAUSE\t0105\t01\t2\t柜面差错\tCounter errors\t\t\t\t2030.1\tt
                CAUSE\t0106\t01\t2\t后台差错\tBack-office errors\t\t\t2031-06-30\t2030.1\tt
                """;
        ClassificationScheme v = ClassificationScheme.read(new StringReader(text));
        assertThat(v.basedOn()).contains("2018.1");
        CodeMapping m = v.mappingFromBase().orElseThrow();
        assertThat(m.kind(Dimension.CAUSE, "0101")).isEqualTo(MappingKind.MERGE);
        assertThat(m.kind(Dimension.CAUSE, "0103")).isEqualTo(MappingKind.SPLIT);
        assertThat(m.primary(Dimension.CAUSE, "0103")).isEqualTo("0105");
        assertThat(m.kind(Dimension.CAUSE, "07")).isEqualTo(MappingKind.UNCHANGED);
        assertThat(v.get(Dimension.CAUSE, "0106").isValidOn(LocalDate.of(2031, 7, 1))).isFalse();

        String bad = text.replace("CAUSE\t0105\t01\t2", "CAUSE\t0105\t02\t2").replace("2031-06-30", "2031-13-01");
        assertThatThrownBy(() -> ClassificationScheme.read(new StringReader(bad)))
                .isInstanceOfSatisfying(InvalidClassificationSchemeException.class, e -> assertThat(
                        e.violations().stream().map(Violation::rule)).contains("DATE", "CODE"));
    }
}
