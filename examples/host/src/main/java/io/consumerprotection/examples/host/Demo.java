package io.consumerprotection.examples.host;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.spi.memory.InMemoryAuditSink;
import io.consumerprotection.spi.memory.InMemoryComplaintStore;
import io.consumerprotection.spi.memory.InMemoryNotificationSender;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The demo: the SDK doing its main job on an embedded default, no server to install. */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ConsumerProtection cp = ConsumerProtection.builder()
                .complaintStore(new InMemoryComplaintStore())
                .notificationSender(new InMemoryNotificationSender())
                .auditSink(new InMemoryAuditSink())
                .build();
        out.println("consumer-protection demo: facade built with " + cp.complaintStore().getClass().getSimpleName());
    }
}
