package io.consumerprotection.examples.spring;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.examples.host.jdbc.InstanceWork;
import io.consumerprotection.jdbc.JdbcObservations;
import io.consumerprotection.spring.NotificationGateway;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One of the two instances of the sample application {@link SeveralSampleInstancesTest} starts in child JVMs on one
 * PostgreSQL schema: {@link SampleApplication} with the starter's auto-configuration (the JDBC store, outbox and audit
 * sink in Spring transactions, the outbox dispatcher on the starter's scheduler every 50 ms), its SMS centre
 * replaced by a gateway that records every hand-over. It does the {@link InstanceWork}, every intake and every
 * attempt of an action inside a Spring transaction of its own ({@link TransactionTemplate}).
 *
 * <p>Arguments: JDBC URL (with {@code currentSchema}), schema, label, directory, own complaints, shared complaints,
 * contacts.
 */
public final class SampleInstance {

    private SampleInstance() {
    }

    /** The recording gateway, as the application's {@link NotificationGateway}. */
    static final class RecordingGateway extends InstanceWork.CountingGateway implements NotificationGateway {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | AssertionError e) {
            // the test reads this line and fails at once, instead of waiting for a line that never comes
            System.out.println("FAILED " + e);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        RecordingGateway gateway = new RecordingGateway();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class)
                .initializers(c -> ((GenericApplicationContext) c).registerBean("recordingGateway",
                        NotificationGateway.class, () -> gateway, bean -> bean.setPrimary(true)))
                .run("--spring.datasource.url=" + args[0], "--spring.datasource.username=postgres",
                        "--consumer-protection.jdbc.schema=" + args[1],
                        "--consumer-protection.outbox.dispatch-interval=50ms",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        InstanceWork.Unit inTransaction = new InstanceWork.Unit() {
            @Override
            public <T> T run(Supplier<T> work) {
                return transactions.execute(status -> work.get());
            }
        };
        JdbcObservations observations = context.getBean(JdbcObservations.class);
        InstanceWork work = new InstanceWork(context.getBean(ConsumerProtection.class), args[2], Path.of(args[3]),
                inTransaction);
        work.ready();
        work.work(Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]));
        work.drain(() -> observations.outboxBacklog().pending());
        context.close(); // stops the dispatcher's scheduler
        work.done(gateway);
    }
}
