package io.consumerprotection.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.ConsumerProtectionException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The Chinese finding messages: every built-in rule has templates, the two languages of a template name the same
 * placeholders, and (through {@link #inChinese}, which the rule tests' fixtures wrap every built-in rule in) every
 * message a rule test makes has a Chinese form without English words in it.
 */
class FindingMessagesTest {

    private static final FindingMessages MESSAGES = FindingMessages.builtIn();
    /** A placeholder as the format describes it, read here independently of the class under test. */
    private static final Pattern NAME = Pattern.compile("\\{([A-Za-z0-9]+)(?::[a-z]+)?}");
    /** A word of Latin letters (with digits, dots, dashes or underscores inside). */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-/]*");

    /** The rule, with every outcome it returns checked to have a Chinese message free of English. */
    static <S> Rule<S> inChinese(Rule<S> rule) {
        return new Rule<>() {
            @Override
            public RuleDefinition definition() {
                return rule.definition();
            }

            @Override
            public SubjectKind<S> subjectKind() {
                return rule.subjectKind();
            }

            @Override
            public Outcome check(S subject, AuditContext context) {
                Outcome o = rule.check(subject, context);
                assertChinese(rule.id(), o.message());
                return o;
            }
        };
    }

    /** The message has a Chinese form, and that form has no English word in it (codes, ids and numbers may stay). */
    static void assertChinese(RuleId rule, String message) {
        assertThat(MESSAGES.findChinese(rule, message)).as("a Chinese template of %s for: %s", rule, message).isPresent();
        String zh = MESSAGES.findChinese(rule, message).orElseThrow();
        assertThat(englishWords(zh)).as("English words in the Chinese message of %s: %s (from: %s)", rule, zh, message).isEmpty();
    }

    /**
     * The English words of a text: a word of Latin letters with a lower-case letter and no digit, other than the
     * command {@code calendar import-notice} and the names of Java types (a technical detail of a failed rule).
     */
    static List<String> englishWords(String text) {
        String t = text.replace("calendar import-notice", "");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            String w = m.group();
            boolean lower = w.chars().anyMatch(Character::isLowerCase);
            boolean digit = w.chars().anyMatch(Character::isDigit);
            boolean javaType = w.matches("[A-Z][A-Za-z]*(Exception|Error)");
            if (lower && !digit && !javaType) {
                words.add(w);
            }
        }
        return words;
    }

    @Test
    void everyBuiltInRuleHasTemplatesOfItsOwnAndEveryTemplateNamesABuiltInRule() {
        Set<RuleId> ids = new TreeSet<>(java.util.Comparator.comparing(RuleId::value));
        BuiltInRules.all().rules().forEach(r -> ids.add(r.id()));
        ids.add(AuditRun.UNREADABLE.id());
        assertThat(MESSAGES.ruleIds()).as("rules without Chinese message templates (add lines to finding-messages.tsv)")
                .containsAll(ids);
        assertThat(ids).as("templates naming a rule that is not built in").containsAll(MESSAGES.ruleIds());
        assertThat(MESSAGES.version()).isEqualTo(BuiltInRules.VERSION);
    }

    @Test
    void bothTemplatesOfEveryLineNameTheSamePlaceholdersAndTheChineseOneIsChinese() {
        assertThat(MESSAGES.templates()).hasSizeGreaterThan(100).allSatisfy(t -> {
            assertThat(names(t.chinese())).as(t.english()).isEqualTo(names(t.english()));
            assertThat(englishWords(NAME.matcher(t.chinese()).replaceAll(""))).as(t.chinese()).isEmpty();
        });
    }

    private static Set<String> names(String template) {
        return NAME.matcher(template).results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aLateDecisionInChineseKeepsTheDatesThePolicyAndTheDays() {
        assertThat(MESSAGES.findChinese(RuleId.of("CP-COMPLAINT-001"),
                "due 2024-10-08 (NFRA-2020-3, calendar CN 2026a), decided 2024-10-10: 2 days late")).contains(
                "应于 2024-10-08（NFRA-2020-3，日历 CN 2026a）前作出处理决定，2024-10-10 才作出处理决定：晚 2 天");
        assertThat(MESSAGES.findChinese(RuleId.of("CP-COMPLAINT-008"),
                "due 2024-10-08 (NFRA-2020-3, calendar CN 2026a (provisional)), not plan proposed by 2024-10-12: 1 day overdue"))
                .contains("应于 2024-10-08（NFRA-2020-3，日历 CN 2026a（暂定））前提出初步方案，截至 2024-10-12 仍未提出初步方案：已逾期 1 天");
    }

    @Test
    void listsAndItemsAreTranslatedOneByOne() {
        assertThat(MESSAGES.findChinese(RuleId.of("CP-COMPLAINT-010"),
                "a decided complaint is classified under JR/T 0169-2018 2024.1; found: CAUSE missing; BUSINESS code (3 characters)"
                        + " is not a code of scheme version 2024.1")).contains(
                "已作出处理决定的投诉须按 JR/T 0169-2018 2024.1 分类；发现：缺少 CAUSE；BUSINESS 代码（3 个字符）不是分类方案 2024.1 中的代码");
        assertThat(MESSAGES.findChinese(RuleId.of("CP-GOV-005"),
                "at least one training in 2024 for every staff level; none for [FRONT_LINE, SENIOR_MANAGEMENT]"))
                .contains("2024 年须对每个员工层级至少培训一次；没有培训：FRONT_LINE、SENIOR_MANAGEMENT");
    }

    @Test
    void theMostLiteralTemplateWinsAndAMessageNoTemplateMatchesHasNone() {
        String noReason = "a hand-over records the previous handler, the new handler and the reason; event 7 records"
                + " from=EMP-1, previous handler EMP-2, no reason";
        assertThat(MESSAGES.findChinese(RuleId.of("CP-COMPLAINT-012"), noReason).orElseThrow()).endsWith("此前的处理人为 EMP-2，未写明原因");
        assertThat(MESSAGES.findChinese(RuleId.of("CP-COMPLAINT-012"), "something no rule says")).isEmpty();
        assertThat(MESSAGES.findChinese(RuleId.of("HOST-RULE-1"), "rule returned no outcome")).contains("规则未返回结论");
        assertThat(MESSAGES.findChinese(RuleId.of("CP-COMPLAINT-001"), "")).contains("");
    }

    @Test
    void aHostAddsTemplatesForItsOwnRules() {
        FindingMessages host = MESSAGES.with(FindingMessages.parse(new StringReader(
                "version\tbank-1\nBANK-001\tno callback within {days:days}\t{days}内未回访\n"), "bank.tsv"));
        assertThat(host.findChinese(RuleId.of("BANK-001"), "no callback within 3 days")).contains("3 天内未回访");
        assertThat(host.findChinese(RuleId.of("CP-COMPLAINT-004"), "never paused")).contains("从未中止办理");
        assertThat(host.version()).isEqualTo("2026.1+bank-1");
    }

    @Test
    void aLineWhoseTemplatesDifferInPlaceholdersIsRejectedNamingTheLine() {
        assertThatThrownBy(() -> FindingMessages.parse(new StringReader(
                "version\t1\n# c\nBANK-001\tlate by {days:days}\t晚 {n}\nBANK-002\tx {a:weeks}\tx {a}\nBANK-003\tonly two\n"), "bank.tsv"))
                .isInstanceOfSatisfying(ConsumerProtectionException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_FINDING_MESSAGES");
                    assertThat(e.violations()).extracting(v -> v.field() + " " + v.rule())
                            .containsExactly("bank.tsv:3 PLACEHOLDERS", "bank.tsv:4 KIND", "bank.tsv:5 FIELDS");
                });
    }

    @Property(tries = 200)
    void aLateOrOverdueMilestoneSaysTheSameDaysAndDatesInChinese(@ForAll @IntRange(min = 1, max = 5000) int days,
                                                                 @ForAll @IntRange(min = 0, max = 3) int verb) {
        String[] en = {"decided", "reviewed", "contacted", "plan proposed"};
        String[] zh = {"作出处理决定", "完成核查", "联系客户", "提出初步方案"};
        String[] rule = {"CP-COMPLAINT-001", "CP-COMPLAINT-005", "CP-COMPLAINT-007", "CP-COMPLAINT-008"};
        String plural = days == 1 ? "1 day" : days + " days";
        String late = "due 2025-01-02 (NFRA-2020-3, calendar CN 2026a), " + en[verb] + " 2025-02-03: " + plural + " late";
        String overdue = "due 2025-01-02 (NFRA-2020-3, calendar CN 2026a), not " + en[verb] + " by 2025-02-03: " + plural + " overdue";
        // the oracle: the Chinese written out by hand from the rule's wording
        String due = "应于 2025-01-02（NFRA-2020-3，日历 CN 2026a）前" + zh[verb];
        assertThat(MESSAGES.findChinese(RuleId.of(rule[verb]), late))
                .contains(due + "，2025-02-03 才" + zh[verb] + "：晚 " + days + " 天");
        assertThat(MESSAGES.findChinese(RuleId.of(rule[verb]), overdue))
                .contains(due + "，截至 2025-02-03 仍未" + zh[verb] + "：已逾期 " + days + " 天");
    }

    @Test
    void jsonLinesCsvAndSarifCarryTheChineseBesideTheEnglish() {
        Finding f = new Finding(RuleId.of("CP-COMPLAINT-004"), "1.0", "COMPLAINT", "C-1", FindingKind.NOT_APPLICABLE,
                Severity.MEDIUM, "never paused", List.of());
        assertThat(JsonLinesFindings.toJson(f)).contains("\"message\":\"never paused\",\"messageZh\":\"从未中止办理\"");
        StringBuilder csv = new StringBuilder();
        CsvFindings.to(csv).accept(f);
        assertThat(csv.toString()).endsWith(",never paused,,从未中止办理\r\n");
        Finding pass = new Finding(RuleId.of("CP-COMPLAINT-004"), "1.0", "COMPLAINT", "C-1", FindingKind.PASS,
                Severity.MEDIUM, "", List.of());
        assertThat(JsonLinesFindings.toJson(pass)).doesNotContain("messageZh");
        StringBuilder sarif = new StringBuilder();
        SarifLog.start(sarif, BuiltInRules.complaints()).accept(f);
        assertThat(sarif.toString()).contains("\"messageZh\":\"从未中止办理\"");
    }
}
