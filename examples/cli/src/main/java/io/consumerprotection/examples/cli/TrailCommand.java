package io.consumerprotection.examples.cli;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.privacy.BrokenLink;
import io.consumerprotection.core.privacy.ChainVerification;
import io.consumerprotection.examples.host.audit.FileAuditKeys;
import io.consumerprotection.examples.host.audit.FileChainAnchor;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code trail verify}: verifies the audit trail of a JDBC host's database — its hash chain, its latest checkpoint
 * when {@code --checkpoints} names the anchor file, and every stored complaint against the version and content its
 * latest record recorded — and prints one JSON object listing every problem with its index and kind. An auditor's
 * check that needs only read access.
 */
@Command(name = "trail", mixinStandardHelpOptions = true,
        description = "The audit trail of a JDBC host's database: verify checks its chain, checkpoint and complaints.",
        subcommands = TrailCommand.Verify.class,
        exitCodeListHeading = Cli.EXIT_HEADING, exitCodeList = {"0:the subcommand's answer", Cli.EXIT_1, Cli.EXIT_2, Cli.EXIT_3},
        footerHeading = "%n",
        footer = {"  e.g. trail verify --jdbc jdbc:h2:file:./examples/host/target/demo/bank"})
public final class TrailCommand {

    /** {@code trail verify}. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Verifies the audit trail: the hash chain (HMAC-SHA256 with --key-file, SHA-256 without),",
                "the latest checkpoint (--checkpoints) and every stored complaint against its latest record.",
                "Prints {\"records\":N,\"complaints\":M,\"intact\":true|false,\"problems\":[{\"index\":i,",
                "\"id\":\"…\",\"problem\":\"TAIL_MISSING\"},…],\"counts\":{…}}.",
                "e.g. trail verify --jdbc jdbc:h2:file:./examples/host/target/demo/bank",
                "  --key-file examples/host/target/demo/audit-keys/demo.key",
                "  --checkpoints examples/host/target/demo/audit-checkpoints.tsv"},
            exitCodeListHeading = Cli.EXIT_HEADING,
            exitCodeList = {"0:the trail, its checkpoint and every complaint hold",
                "1:problems found (each listed)", Cli.EXIT_2, Cli.EXIT_3})
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--jdbc", required = true, paramLabel = "URL",
                description = "the host's database, e.g. jdbc:h2:file:./bank or jdbc:postgresql://host/db")
        String jdbcUrl;

        @Option(names = "--user", paramLabel = "USER", description = "the database user")
        String user;

        @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
                description = "the password (prompted when given without a value; default: $" + Databases.PASSWORD_VARIABLE
                        + ")")
        String password;

        @Option(names = "--schema", paramLabel = "SCHEMA", description = "the schema holding the tables")
        String schema;

        @Option(names = "--key-file", paramLabel = "FILE",
                description = "the audit key file (<keyId>.key, 64 hex digits) of a keyed trail")
        Path keyFile;

        @Option(names = "--checkpoints", paramLabel = "FILE",
                description = "the checkpoint file (FileChainAnchor) kept away from the database")
        Path checkpoints;

        @Override
        public Integer call() {
            if (keyFile != null && !Files.isRegularFile(keyFile)) {
                throw CommandFailure.usage("--key-file", "'" + keyFile + "' is not a file; give the <keyId>.key file"
                        + " the trail was sealed with");
            }
            if (checkpoints != null && !Files.isRegularFile(checkpoints)) {
                throw CommandFailure.usage("--checkpoints", "'" + checkpoints + "' is not a file; give the checkpoint"
                        + " file the host publishes to");
            }
            try (JdbcHost host = Databases.open(jdbcUrl, user, Databases.password(password, System.getenv()), schema,
                    false)) {
                ConsumerProtection.Builder b = ConsumerProtection.builder().complaintStore(host.complaintStore())
                        .notificationSender(host.notificationSender()).clock(Clock.systemUTC());
                if (keyFile != null) {
                    try {
                        b.auditKeys(FileAuditKeys.createOrOpen(keyFile));
                    } catch (IllegalArgumentException e) {
                        throw CommandFailure.usage("--key-file", CommandFailure.firstLine(e));
                    }
                }
                if (checkpoints != null) {
                    b.chainAnchor(FileChainAnchor.at(checkpoints));
                }
                ChainVerification v = b.build().verifyAuditTrail();
                spec.commandLine().getOut().println(JsonLinesCommand.JSON.writeValueAsString(toJson(v)));
                spec.commandLine().getOut().flush();
                return v.isIntact() ? Cli.OK : Cli.SOME_ERRORS;
            }
        }

        static ObjectNode toJson(ChainVerification v) {
            ObjectNode out = JsonLinesCommand.JSON.createObjectNode();
            out.put("records", v.recordsChecked());
            out.put("intact", v.isIntact());
            out.put("unkeyedRecords", v.unkeyedRecords());
            v.checkpoint().ifPresent(c -> {
                ObjectNode cp = out.putObject("checkpoint");
                cp.put("records", c.recordCount());
                cp.put("at", c.at().toString());
                cp.put("keyId", c.keyId());
            });
            out.put("problemCount", v.problemCount());
            ArrayNode list = out.putArray("problems");
            for (BrokenLink b : v.problems()) {
                ObjectNode p = list.addObject();
                p.put("index", b.index());
                p.put("id", b.recordId());
                p.put("problem", b.problem().name());
            }
            ObjectNode counts = out.putObject("counts");
            for (Map.Entry<BrokenLink.Problem, Long> e : v.countsByProblem().entrySet()) {
                counts.put(e.getKey().name(), e.getValue());
            }
            return out;
        }
    }
}
