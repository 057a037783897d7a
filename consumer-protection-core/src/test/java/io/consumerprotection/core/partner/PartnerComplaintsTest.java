package io.consumerprotection.core.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PartnerComplaintsTest {

    static final Instant Q1 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant Q2 = Instant.parse("2026-04-01T00:00:00Z");
    static final Instant Q3 = Instant.parse("2026-07-01T00:00:00Z");

    static ComplaintRecord complaint(String id, Instant at, String respondent, String cause) {
        return new ComplaintRecord(id, 1, "HOTLINE", "", "HOTLINE", new ComplainantRecord("PERSON", "CUST-1", "张三", "SELF", "", 0),
                respondent, "", "", cause == null ? Map.of() : Map.of("CAUSE", cause), "ORDINARY", "RECEIVED", at, "BR-1", "",
                "", "", List.of(), Map.of());
    }

    @Test
    void figuresCountByRespondentWithHarassmentAndShare() {
        List<ComplaintRecord> all = List.of(
                complaint("C1", Q2.plusSeconds(1), "P-COL", "1201"),
                complaint("C2", Q2.plusSeconds(2), "P-COL", "0703|1203"),
                complaint("C3", Q2.plusSeconds(3), "P-INS", "0401"),
                complaint("C4", Q2.plusSeconds(4), "BR-1", "1201"),
                complaint("C5", Q1, "P-COL", "1201"));
        List<PartnerFigures> f = PartnerComplaints.of(Set.of(PartnerId.of("P-INS"), PartnerId.of("P-COL")))
                .figures(all.stream(), Q2, Q3);
        assertThat(f).containsExactly(new PartnerFigures(PartnerId.of("P-COL"), 2, 2, 4),
                new PartnerFigures(PartnerId.of("P-INS"), 1, 0, 4));
        assertThat(f.get(0).sharePercent()).isEqualByComparingTo("50.0");
    }

    @Test
    void aRiseInCountOrShareIsAnAlertWithItsExplanation() {
        PartnerComplaints pc = PartnerComplaints.of(Set.of(PartnerId.of("P-INS")));
        List<PartnerFigures> before = List.of(new PartnerFigures(PartnerId.of("P-INS"), 4, 0, 50));
        List<PartnerFigures> after = List.of(new PartnerFigures(PartnerId.of("P-INS"), 9, 0, 50));
        List<PartnerAlert> alerts = pc.alerts(after, before);
        assertThat(alerts).extracting(PartnerAlert::kind).containsExactly(PartnerAlert.Kind.COUNT_RISE, PartnerAlert.Kind.SHARE_RISE);
        assertThat(alerts.get(1).explanation()).contains("8.0%", "18.0%");
        assertThat(pc.alerts(before, before)).isEmpty();
    }

    /** Naive: count by looping over every complaint per partner; harassment by the text "12" at a code's start. */
    @Property(tries = 200)
    void figuresMatchANaiveCount(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 5) Integer> respondents,
                                 @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 3) Integer> causes) {
        String[] names = {"P-0", "P-1", "P-2", "BR-1", "", "P-9"};
        String[] causeCodes = {"1201", "0703", "0703|1299", "99"};
        List<ComplaintRecord> all = new ArrayList<>();
        for (int i = 0; i < respondents.size(); i++) {
            String cause = i < causes.size() ? causeCodes[causes.get(i)] : null;
            all.add(complaint("C" + i, Q2.plusSeconds(i), names[respondents.get(i)], cause));
        }
        Set<PartnerId> partners = Set.of(PartnerId.of("P-0"), PartnerId.of("P-1"), PartnerId.of("P-2"));
        List<PartnerFigures> f = PartnerComplaints.of(partners).figures(all.stream(), Q2, Q3);
        for (PartnerFigures pf : f) {
            long n = 0;
            long h = 0;
            for (ComplaintRecord c : all) {
                if (c.respondent().equals(pf.partner().value())) {
                    n++;
                    String cause = c.classification().getOrDefault("CAUSE", "");
                    if (cause.startsWith("12") || cause.contains("|12")) {
                        h++;
                    }
                }
            }
            assertThat(pf.complaints()).isEqualTo(n);
            assertThat(pf.harassment()).isEqualTo(h);
            assertThat(pf.total()).isEqualTo(all.size());
            if (!all.isEmpty()) {
                assertThat(pf.sharePercent()).isEqualByComparingTo(BigDecimal.valueOf(Math.round(n * 1000.0 / all.size()) / 10.0));
            }
        }
    }
}
