package io.consumerprotection.core.audit;

import io.consumerprotection.core.inspection.CadencePeriod;
import java.util.List;

/** The rule over the three-level inspection cadence (seed 000): a period that ended without its check. */
final class InspectionRules {

    private InspectionRules() {
    }

    static List<Rule<?>> all() {
        return List.of(new CadenceMissed());
    }

    static final class CadenceMissed extends BuiltInRule<CadencePeriod> {
        CadenceMissed() {
            super(SubjectKind.CADENCE_PERIOD, "CP-INSPECT-001", "未按三级联动频次开展通报、检查或提醒",
                    "Quarterly bulletin, monthly check or daily reminder missed",
                    Citations.seed("seed 000 (总行每季通报, 管辖行每月检查, 网点天天提醒)"), Severity.MEDIUM);
        }

        @Override
        public Outcome check(CadencePeriod p, AuditContext context) {
            if (!context.asOfDate().isAfter(p.to())) {
                return Outcome.notApplicable("the period " + p.from() + ".." + p.to() + " has not ended");
            }
            if (p.done() == 0) {
                return Outcome.fail(p.kind().titleZh() + " is due once in " + p.from() + ".." + p.to() + "; none was recorded",
                        Evidence.of("unit", p.unitId()), Evidence.of("kind", p.kind().name()),
                        Evidence.of("from", p.from()), Evidence.of("to", p.to()));
            }
            return Outcome.pass();
        }
    }
}
