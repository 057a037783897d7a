package io.consumerprotection.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    static class HostRule implements Rule<ComplaintSubject> {
        private final String id;

        HostRule(String id) {
            this.id = id;
        }

        @Override
        public RuleDefinition definition() {
            return RuleDefinition.of(id, "2.1", "行内规则", "Host rule", Citation.of("Bank policy 2024-07", "§3", "seed"),
                    Severity.INFO, SubjectKind.COMPLAINT);
        }

        @Override
        public SubjectKind<ComplaintSubject> subjectKind() {
            return SubjectKind.COMPLAINT;
        }

        @Override
        public Outcome check(ComplaintSubject subject, AuditContext context) {
            return Outcome.pass();
        }
    }

    @Test
    void hostRulesComeFromAProviderAndSeverityCanBeOverriddenOrRulesDisabled() {
        RuleProvider provider = new RuleProvider() {
            @Override
            public String name() {
                return "bank-pack 1.2";
            }

            @Override
            public List<Rule<?>> rules() {
                return List.of(new HostRule("BANK-COMPLAINT-001"));
            }
        };
        RuleSet set = BuiltInRules.complaints().toBuilder("bank", "2026.1-bank").add(provider)
                .severity(RuleId.of("CP-COMPLAINT-014"), Severity.HIGH).disable(RuleId.of("CP-COMPLAINT-009")).build();
        assertThat(set.find(RuleId.of("BANK-COMPLAINT-001"))).isPresent();
        assertThat(set.find(RuleId.of("CP-COMPLAINT-009"))).isEmpty();
        assertThat(set.severityOf(RuleId.of("CP-COMPLAINT-014"))).isEqualTo(Severity.HIGH);
        assertThat(set.severityOf(RuleId.of("CP-COMPLAINT-001"))).isEqualTo(Severity.HIGH);
        assertThat(set.providers()).containsExactly("bank-pack 1.2");
        assertThat(set.rules()).extracting(Rule::id).isSorted();
        assertThatThrownBy(() -> set.get(RuleId.of("CP-COMPLAINT-009"))).isInstanceOf(RuleSetException.class)
                .hasFieldOrPropertyWithValue("code", "UNKNOWN_RULE");
    }

    /** A provider registered in the test resources' {@code META-INF/services}. */
    public static final class ServiceProvider implements RuleProvider {
        @Override
        public String name() {
            return "service-loaded pack 1";
        }

        @Override
        public List<Rule<?>> rules() {
            return List.of(new HostRule("BANK-SL-001"));
        }
    }

    @Test
    void providersAreDiscoveredThroughServiceLoader() {
        RuleSet set = RuleSet.builder("discovered", "1").discoverProviders().build();
        assertThat(set.find(RuleId.of("BANK-SL-001"))).isPresent();
        assertThat(set.providers()).contains("service-loaded pack 1");
    }

    @Test
    void overridesCarryOverToACopy() {
        RuleSet base = BuiltInRules.privacy().toBuilder("p", "1").severity(RuleId.of("CP-PRIVACY-001"), Severity.CRITICAL).build();
        RuleSet copy = base.toBuilder("p2", "1").build();
        assertThat(copy.severityOf(RuleId.of("CP-PRIVACY-001"))).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void invalidSetsListEveryViolation() {
        RuleSet.Builder b = RuleSet.builder("x", "1").add(new HostRule("BANK-A-1")).add(new HostRule("BANK-A-1") {
            @Override
            public Outcome check(ComplaintSubject subject, AuditContext context) {
                return Outcome.fail("different");
            }
        }).disable(RuleId.of("CP-NOPE-1")).severity(RuleId.of("CP-NOPE-2"), Severity.LOW);
        assertThatThrownBy(b::build).isInstanceOfSatisfying(RuleSetException.class, e -> {
            assertThat(e.code()).isEqualTo("INVALID_RULE_SET");
            assertThat(e.violations()).extracting(v -> v.rule())
                    .containsExactlyInAnyOrder("DUPLICATE_RULE", "UNKNOWN_RULE", "UNKNOWN_RULE");
        });
    }

    @Test
    void namedSetsCombineAndRejectUnknownNames() {
        assertThat(BuiltInRules.named("complaints,privacy").rules()).hasSize(
                BuiltInRules.complaints().rules().size() + BuiltInRules.privacy().rules().size());
        assertThat(BuiltInRules.named("all,complaints").rules()).hasSize(BuiltInRules.all().rules().size());
        assertThatThrownBy(() -> BuiltInRules.named("complaints,nope")).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("UNKNOWN_RULE_SET").hasMessageContaining("(4 characters)")
                .hasMessageNotContaining("nope");
    }

    @Test
    void enableOnlyKeepsTheNamedRules() {
        RuleSet only = BuiltInRules.all().toBuilder("only", "1")
                .enableOnly(List.of(RuleId.of("CP-SALES-001"), RuleId.of("CP-GOV-005"))).build();
        assertThat(only.rules()).extracting(r -> r.id().value()).containsExactly("CP-GOV-005", "CP-SALES-001");
    }

    @Test
    void ruleIdsAreValidated() {
        assertThat(RuleId.parse("CP-COMPLAINT-001").toString()).isEqualTo("CP-COMPLAINT-001");
        assertThatThrownBy(() -> RuleId.of("cp-1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value");
        assertThatThrownBy(() -> RuleId.of("CP")).isInstanceOf(IllegalArgumentException.class);
    }
}
