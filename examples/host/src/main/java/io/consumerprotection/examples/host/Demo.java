package io.consumerprotection.examples.host;

import io.consumerprotection.examples.host.demo.DayAtTheBank;
import io.consumerprotection.spi.memory.InMemoryAuditSink;
import io.consumerprotection.spi.memory.InMemoryComplaintStore;
import io.consumerprotection.spi.memory.InMemoryNotificationSender;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The demo: a realistic year of complaint handling at a bank, on an embedded default, no server to install. */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DayAtTheBank.run(DayAtTheBank.Options.defaults(), new InMemoryComplaintStore(), new InMemoryNotificationSender(),
                new InMemoryAuditSink(), out);
    }
}
