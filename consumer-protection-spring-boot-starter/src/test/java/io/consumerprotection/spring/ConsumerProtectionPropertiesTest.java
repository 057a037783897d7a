package io.consumerprotection.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.RuleSet;
import io.consumerprotection.core.calendar.CalendarId;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.jdbc.JdbcIncidentStore;
import io.consumerprotection.jdbc.JdbcInspectionStore;
import io.consumerprotection.jdbc.JdbcPartnerRegistry;
import io.consumerprotection.jdbc.JdbcRectificationStore;
import io.consumerprotection.jdbc.JdbcReviewStore;
import io.consumerprotection.spi.calendar.HolidayCalendarProvider;
import io.consumerprotection.spi.calendar.HolidayCalendarRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code consumer-protection.*} properties bound to the facade and its beans (calendar files and the calendar
 * relied on, the classification scheme version, the audit rule sets, the dialect), the beans an application
 * overrides or adds, and one clear start failure naming the property for each bad value.
 */
class ConsumerProtectionPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConsumerProtectionAutoConfiguration.class))
            .withUserConfiguration(Db.class);

    @Configuration(proxyBeanMethods = false)
    static class Db {
        @Bean
        DataSource dataSource() {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:props-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            return h2;
        }
    }

    /** The start failed with one invalid-property failure naming this property. */
    private static void failsOn(AssertableApplicationContext context, String property) {
        assertThat(context).hasFailed();
        Throwable t = context.getStartupFailure();
        while (t != null && !(t instanceof InvalidConfigurationPropertyValueException)) {
            t = t.getCause();
        }
        assertThat(t).as("an InvalidConfigurationPropertyValueException in " + context.getStartupFailure())
                .isNotNull();
        assertThat(((InvalidConfigurationPropertyValueException) t).getName()).isEqualTo(property);
    }

    @Test
    void theDefaultsBuildTheFacadeAndEveryStore() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(ConsumerProtection.class).hasSingleBean(AuditRuns.class)
                    .hasSingleBean(DeadlineScans.class).hasSingleBean(JdbcReviewStore.class)
                    .hasSingleBean(JdbcRectificationStore.class).hasSingleBean(JdbcIncidentStore.class)
                    .hasSingleBean(JdbcPartnerRegistry.class).hasSingleBean(JdbcInspectionStore.class);
            assertThat(context.getBean(RuleSet.class).rules()).hasSameSizeAs(BuiltInRules.complaints().rules());
            assertThat(context).doesNotHaveBean(ConsumerProtectionAutoConfiguration.ScheduledScan.class);
        });
    }

    @Test
    void theRuleSetsAreBoundAndABadNameFailsTheStart() {
        runner.withPropertyValues("consumer-protection.audit.rule-sets=complaints, privacy").run(context ->
                assertThat(context.getBean(RuleSet.class).rules()).hasSize(
                        BuiltInRules.complaints().rules().size() + BuiltInRules.privacy().rules().size()));
        runner.withPropertyValues("consumer-protection.audit.rule-sets=complaints,salse")
                .run(context -> failsOn(context, "consumer-protection.audit.rule-sets"));
    }

    @Test
    void calendarFilesAreAddedAndTheCalendarReliedOnIsChecked() {
        runner.withPropertyValues("consumer-protection.calendar.files=classpath:xb-2026a.calendar",
                "consumer-protection.calendar.id=XB", "consumer-protection.calendar.version=2026a").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(ConsumerProtection.class).calendars().find(CalendarId.of("XB"), "2026a"))
                            .isPresent();
                });
        runner.withPropertyValues("consumer-protection.calendar.id=CN", "consumer-protection.calendar.version=2026a")
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("consumer-protection.calendar.id=XB")
                .run(context -> failsOn(context, "consumer-protection.calendar.id"));
        runner.withPropertyValues("consumer-protection.calendar.id=CN", "consumer-protection.calendar.version=2099z")
                .run(context -> failsOn(context, "consumer-protection.calendar.version"));
        runner.withPropertyValues("consumer-protection.calendar.files=classpath:broken.calendar")
                .run(context -> failsOn(context, "consumer-protection.calendar.files"));
        runner.withPropertyValues("consumer-protection.calendar.files=classpath:no-such.calendar")
                .run(context -> failsOn(context, "consumer-protection.calendar.files"));
    }

    @Test
    void aCalendarProviderBeanIsAddedToTheFacade() {
        HolidayCalendarRecord xb = new HolidayCalendarRecord("XB", "2026b", "Test branch",
                java.util.Set.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "test",
                List.of());
        runner.withBean(HolidayCalendarProvider.class, () -> () -> List.of(xb))
                .withPropertyValues("consumer-protection.calendar.id=XB", "consumer-protection.calendar.version=2026b")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void theSchemeVersionIsChecked() {
        runner.withPropertyValues("consumer-protection.classification.scheme-version=2018.1")
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("consumer-protection.classification.scheme-version=1999.9")
                .run(context -> failsOn(context, "consumer-protection.classification.scheme-version"));
    }

    @Test
    void badValuesOfTheOtherPropertiesFailTheStartNamingThem() {
        runner.withPropertyValues("consumer-protection.scrub-profile=none")
                .run(context -> failsOn(context, "consumer-protection.scrub-profile"));
        runner.withPropertyValues("consumer-protection.jdbc.dialect=oracle")
                .run(context -> failsOn(context, "consumer-protection.jdbc.dialect"));
        runner.withPropertyValues("consumer-protection.policies=NO-SUCH-POLICY")
                .run(context -> failsOn(context, "consumer-protection.policies"));
        runner.withPropertyValues("consumer-protection.jdbc.dialect=h2", "consumer-protection.policies=NFRA-2020-3")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void theApplicationsOwnBeansReplaceTheStarters() {
        RuleSet own = BuiltInRules.privacy();
        runner.withBean(RuleSet.class, () -> own)
                .withPropertyValues("consumer-protection.audit.rule-sets=not-even-read")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(RuleSet.class)).isSameAs(own);
                    assertThat(context.getBean(AuditRuns.class).ruleSet()).isSameAs(own);
                });
    }

    @Test
    void theCalendarVersionPinsWhatTheBundledPoliciesCountIn() {
        // a file adds CN 2026z, later than the bundled 2026a: without a pin the policies count in it
        runner.withPropertyValues("consumer-protection.calendar.files=classpath:cn-2026z.calendar").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(calendarOf(context, PolicyId.NFRA_2020_3)).isEqualTo("CN 2026z");
        });
        runner.withPropertyValues("consumer-protection.calendar.files=classpath:cn-2026z.calendar",
                "consumer-protection.calendar.id=CN", "consumer-protection.calendar.version=2026a").run(context -> {
                    assertThat(context).hasNotFailed();
                    for (PolicyId p : List.of(PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10)) {
                        assertThat(calendarOf(context, p)).as(p.toString()).isEqualTo("CN 2026a");
                    }
                    assertThat(context.getBean(ConsumerProtection.class).calendarHealth().calendars())
                            .allSatisfy(h -> assertThat(h.version()).isEqualTo("2026a"));
                });
    }

    private static String calendarOf(AssertableApplicationContext context, PolicyId policy) {
        var deadlines = context.getBean(ConsumerProtection.class).deadlines();
        var calendar = deadlines.calendarFor(deadlines.policies().get(policy));
        return calendar.id() + " " + calendar.version();
    }
}
