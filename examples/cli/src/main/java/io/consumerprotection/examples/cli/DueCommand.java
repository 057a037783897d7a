package io.consumerprotection.examples.cli;

import io.consumerprotection.core.partner.Partner;
import io.consumerprotection.core.partner.PartnerDirectory;
import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.core.privacy.DataIncident;
import io.consumerprotection.core.privacy.IncidentDue;
import io.consumerprotection.core.privacy.IncidentRegister;
import io.consumerprotection.core.rectification.RectificationItem;
import io.consumerprotection.core.rectification.RectificationStatus;
import io.consumerprotection.core.rectification.Rectifications;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import io.consumerprotection.jdbc.JdbcIncidentStore;
import io.consumerprotection.jdbc.JdbcPartnerRegistry;
import io.consumerprotection.jdbc.JdbcRectificationStore;
import io.consumerprotection.testkit.InMemoryAuditSink;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code due}: what is due or overdue in the host's database, as one JSON object: the open duties of personal-data
 * incidents (report to the regulator, tell the consumers: PBoC Order 2020 No. 5 art. 34) with their due instants and
 * status, the partners whose periodic evaluation is due within {@code --within-days} or past, and the open
 * rectification items (整改事项, from inspections, incidents, audits) due within {@code --within-days} or past. Reads only.
 */
@Command(name = "due", mixinStandardHelpOptions = true,
        description = {"Due and overdue items (到期与逾期事项): the open duties of personal-data incidents (报告监管,",
            "告知消费者; PBoC Order 2020 No. 5 art. 34), partner evaluations (合作机构定期评估) and open rectification items",
            "(整改事项) due soon or past, as JSON.",
            "Example: due --jdbc jdbc:h2:file:./examples/host/target/demo/bank"},
        exitCodeListHeading = Cli.EXIT_HEADING,
        exitCodeList = {"0:nothing overdue", "1:something overdue (each listed)", Cli.EXIT_2, Cli.EXIT_3})
public final class DueCommand implements Callable<Integer> {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Spec
    CommandSpec spec;

    @Option(names = "--jdbc", required = true, paramLabel = "URL",
            description = "the host's database, e.g. jdbc:h2:file:./bank or jdbc:postgresql://host/db")
    String jdbcUrl;

    @Option(names = "--user", paramLabel = "USER", description = "the database user")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "the password (prompted when given without a value; default: $" + Databases.PASSWORD_VARIABLE + ")")
    String password;

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "the schema holding the tables")
    String schema;

    @Option(names = "--at", paramLabel = "INSTANT", description = "the instant to evaluate at, e.g. 2026-03-05T01:30:00Z (default: now)")
    String at;

    @Option(names = "--within-days", paramLabel = "DAYS", defaultValue = "30",
            description = "list partner evaluations and rectification items due within this many days (default: ${DEFAULT-VALUE})")
    int withinDays;

    @Override
    public Integer call() {
        Instant now;
        try {
            now = at == null ? Instant.now() : Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw CommandFailure.usage("--at", "'" + at + "' is not an instant; write it as 2026-03-05T01:30:00Z");
        }
        if (withinDays < 0 || withinDays > 3660) {
            throw CommandFailure.usage("--within-days", withinDays + " is outside 0..3660");
        }
        Clock clock = Clock.fixed(now, CHINA);
        AuditTrail readOnly = AuditTrail.of(new InMemoryAuditSink(), clock);
        try (JdbcHost host = Databases.open(jdbcUrl, user, Databases.password(password, System.getenv()), schema, false)) {
            IncidentRegister incidents = IncidentRegister.of(new JdbcIncidentStore(host.dataSource()), readOnly, clock);
            PartnerDirectory partners = PartnerDirectory.of(new JdbcPartnerRegistry(host.dataSource()), readOnly, clock, CHINA);
            ObjectNode out = JsonLinesCommand.JSON.createObjectNode();
            out.put("at", now.toString());
            boolean overdue = false;
            ArrayNode list = out.putArray("incidentDuties");
            for (DataIncident i : incidents.discoveredBetween(Instant.EPOCH, now.plusNanos(1))) {
                for (IncidentDue d : incidents.clock().evaluate(i, now)) {
                    if (!d.status().isOpen()) {
                        continue;
                    }
                    overdue |= d.status() == io.consumerprotection.core.privacy.DutyStatus.OVERDUE;
                    ObjectNode n = list.addObject();
                    n.put("incident", i.id().value());
                    n.put("unit", i.unitId());
                    n.put("duty", d.duty().name());
                    n.put("dutyZh", d.duty().titleZh());
                    n.put("dueAt", d.dueAt().toString());
                    n.put("status", d.status().name());
                    n.put("statusZh", d.status().titleZh());
                }
            }
            ArrayNode evals = out.putArray("partnerEvaluations");
            LocalDate today = LocalDate.ofInstant(now, CHINA);
            for (Partner p : partners.dueForEvaluation(today, withinDays)) {
                boolean late = today.isAfter(p.nextEvaluationDue());
                overdue |= late;
                ObjectNode n = evals.addObject();
                n.put("partner", p.id().value());
                n.put("kind", p.kind().name());
                n.put("status", p.status().name());
                n.put("due", p.nextEvaluationDue().toString());
                n.put("dueStatus", late ? "OVERDUE" : "DUE_SOON");
                n.put("dueStatusZh", late ? "逾期" : "临期");
            }
            ArrayNode items = out.putArray("rectificationItems");
            for (RectificationItem r : Rectifications.on(new JdbcRectificationStore(host.dataSource())).all()) {
                RectificationStatus st = r.status(now, CHINA);
                if (st == RectificationStatus.DONE || st == RectificationStatus.VERIFIED
                        || r.dueDate().isAfter(today.plusDays(withinDays))) {
                    continue;
                }
                boolean late = st == RectificationStatus.OVERDUE;
                overdue |= late;
                ObjectNode n = items.addObject();
                n.put("item", r.id().value());
                n.put("source", r.source().kind().name());
                n.put("sourceRef", r.source().reference());
                n.put("unit", r.ownerUnit());
                n.put("ownerRole", r.ownerRole());
                n.put("due", r.dueDate().toString());
                n.put("status", st.name());
                n.put("statusZh", st.chinese());
                n.put("dueStatus", late ? "OVERDUE" : "DUE_SOON");
                n.put("dueStatusZh", late ? "逾期" : "临期");
            }
            spec.commandLine().getOut().println(JsonLinesCommand.JSON.writeValueAsString(out));
            spec.commandLine().getOut().flush();
            return overdue ? Cli.SOME_ERRORS : Cli.OK;
        }
    }
}
