package io.consumerprotection.core.warning;

import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationKind;
import io.consumerprotection.spi.notification.NotificationSender;
import io.consumerprotection.spi.notification.RecipientRole;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sends hot-spot alerts through the host's {@link NotificationSender}: a {@link NotificationKind#HOT_SPOT_ALERT}
 * to the consumer-protection department for every alert, and to the unit's head ({@link RecipientRole#SUPERVISOR})
 * when the alert names a unit. Ids are stable ({@code hotspot/<alert id>/<recipient>}), so a re-run hands the
 * sender the same ids. The notification's complaint is the alert's first complaint; its text is the alert's
 * explanation (codes, counts and tokens only).
 */
public final class HotSpotNotices {

    private HotSpotNotices() {
    }

    /**
     * Sends the alerts and returns how many notifications were handed to the sender.
     *
     * @throws io.consumerprotection.spi.notification.NotificationDeliveryException as the sender throws it
     */
    public static int send(List<HotSpotAlert> alerts, NotificationSender sender, Instant at) {
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(at, "at");
        int sent = 0;
        for (HotSpotAlert a : alerts) {
            String complaint = a.complaintIds().isEmpty() ? "" : a.complaintIds().get(0);
            sender.send(notice(a, RecipientRole.CONSUMER_PROTECTION_DEPARTMENT, complaint, at));
            sent++;
            if (!a.unit().isEmpty()) {
                sender.send(notice(a, RecipientRole.SUPERVISOR, complaint, at));
                sent++;
            }
        }
        return sent;
    }

    private static Notification notice(HotSpotAlert a, RecipientRole to, String complaint, Instant at) {
        return new Notification("hotspot/" + a.id() + "/" + to, NotificationKind.HOT_SPOT_ALERT, to, complaint, "",
                Map.of(), at, "【" + a.kind().chinese() + "】" + a.explanation());
    }
}
