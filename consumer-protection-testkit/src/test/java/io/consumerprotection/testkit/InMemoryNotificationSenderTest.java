package io.consumerprotection.testkit;

import io.consumerprotection.spi.contract.NotificationSenderContractTest;
import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationSender;
import java.util.List;

class InMemoryNotificationSenderTest extends NotificationSenderContractTest {

    private InMemoryNotificationSender memory;

    @Override
    protected NotificationSender newSender() {
        memory = new InMemoryNotificationSender();
        return memory;
    }

    @Override
    protected List<String> deliveredIds() {
        return memory.delivered().stream().map(Notification::id).toList();
    }
}
