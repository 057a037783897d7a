package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.jdbc.JdbcAccessException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.DuplicateChannelReferenceException;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import io.consumerprotection.spi.complaint.VersionConflictException;
import io.consumerprotection.spi.contract.SampleComplaints;
import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationKind;
import io.consumerprotection.spi.notification.RecipientRole;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the store does beyond the spi contract: exact values, the outbox transaction, cursor release. Runs on
 * in-memory H2; subclasses run it on other databases.
 */
class JdbcComplaintStoreTest {

    private static final Instant T0 = Instant.parse("2024-09-20T02:15:00.123456789Z");

    JdbcHost host;
    JdbcComplaintStore store;

    /** The host the tests run on. */
    JdbcHost newHost() {
        return JdbcHost.h2InMemory();
    }

    /** Removes what {@link #newHost()} made, after the host is closed. */
    void dropHost() {
        // an in-memory database is gone when its host is closed
    }

    @BeforeEach
    void open() {
        host = newHost();
        store = host.complaintStore();
    }

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
            dropHost();
        }
    }

    private static Notification notification(String id, String complaintId) {
        return new Notification(id, NotificationKind.ACKNOWLEDGEMENT, RecipientRole.CUSTOMER, complaintId, "HOTLINE",
                Map.of(), T0, "已受理");
    }

    @Test
    void keepsChineseTextAndEmojiWholeAndKeysExact() {
        String emoji = "\uD83D\uDE21\uD83D\uDCB3"; // 😡💳, outside the BMP: four bytes each in UTF-8
        ComplaintRecord r = SampleComplaints.complete("C-表-1", "参考-1", T0);
        ComplaintRecord chinese = new ComplaintRecord(r.id(), 0, r.channel(), r.channelReference(), r.source(),
                new ComplainantRecord("PERSON", "客户-1", "张三" + emoji, "SELF", null, 1), r.respondent(),
                r.request(), "信用卡被盗刷 " + emoji + " 要求退款", r.classification(), r.level(), r.status(),
                r.receivedAt(), r.receivingUnit(), r.firstContactHandler(), r.currentHandler(),
                r.relatedComplaintId(), r.timeline(), r.dueDates());
        // keys differing only in case are different complaints (a case-insensitive collation would refuse one)
        ComplaintRecord other = SampleComplaints.complete("c-表-1", "参考-1".replace("参", "參"), T0);

        store.save(chinese, 0);
        store.save(other, 0);

        assertThat(store.findById("C-表-1")).contains(chinese.withVersion(1));
        assertThat(store.findById("c-表-1")).contains(other.withVersion(1));
        assertThat(store.findByChannelReference("HOTLINE", "参考-1")).contains(chinese.withVersion(1));
    }

    @Test
    void keepsNanosecondsNullsEmptyStringsAndInstantsFarFromNow() {
        ComplaintRecord sparse = new ComplaintRecord("C-1", 0, "LETTER", "信-001", null,
                new ComplainantRecord("ORGANISATION", "ORG-1", null, "SELF", null, 1), "", null, "",
                Map.of(), null, "RECEIVED", Instant.parse("1969-12-31T23:59:59.999999999Z"), null, null, null, null,
                List.of(new TimelineEventRecord(1, "RECEIVED", Instant.parse("+12024-01-01T00:00:00.000000001Z"),
                        "系统", "", Map.of("note", "中文 \"quoted\" \\ \n line"))), Map.of());

        store.save(sparse, 0);

        assertThat(store.findById("C-1")).contains(sparse.withVersion(1));
        try (Stream<ComplaintRecord> s = store.stream(ComplaintQuery.receivedBetween(
                Instant.parse("1969-12-31T23:59:59.999999999Z"), Instant.parse("1970-01-01T00:00:00Z")))) {
            assertThat(s.toList()).containsExactly(sparse.withVersion(1));
        }
        try (Stream<ComplaintRecord> s = store.stream(ComplaintQuery.receivedBetween(
                Instant.parse("1969-12-31T23:59:59.999999998Z"), Instant.parse("1969-12-31T23:59:59.999999999Z")))) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void savesTheComplaintAndItsNotificationsTogether() {
        ComplaintRecord r = SampleComplaints.complete("C-1", "REF-1", T0);

        store.saveWithNotifications(r, 0, List.of(notification("n1", "C-1"), notification("n2", "C-1")));

        assertThat(store.findById("C-1")).isPresent();
        assertThat(OutboxTestRows.ids(host)).containsExactly("n1", "n2");
    }

    @Test
    void aRejectedSaveQueuesNoNotification() {
        ComplaintRecord r = store.save(SampleComplaints.complete("C-1", "REF-1", T0), 0);
        store.save(r, 1);

        assertThatThrownBy(() -> store.saveWithNotifications(r, 1, List.of(notification("stale", "C-1"))))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> store.saveWithNotifications(SampleComplaints.complete("C-2", "REF-1", T0), 0,
                List.of(notification("duplicate", "C-2")))).isInstanceOf(DuplicateChannelReferenceException.class);
        assertThat(OutboxTestRows.ids(host)).isEmpty();
    }

    @Test
    void aNotificationQueuedTwiceIsKeptOnce() {
        ComplaintRecord v1 = store.saveWithNotifications(SampleComplaints.complete("C-1", "REF-1", T0), 0,
                List.of(notification("n1", "C-1")));
        store.saveWithNotifications(v1, 1, List.of(notification("n1", "C-1"), notification("n2", "C-1")));
        host.notificationSender().send(notification("n2", "C-1"));

        assertThat(OutboxTestRows.ids(host)).containsExactly("n1", "n2");
    }

    @Test
    void changingTheChannelReferenceToAnotherComplaintsIsADuplicate() {
        store.save(SampleComplaints.complete("C-1", "REF-1", T0), 0);
        ComplaintRecord second = store.save(SampleComplaints.complete("C-2", "REF-2", T0), 0);
        ComplaintRecord clash = new ComplaintRecord(second.id(), 1, second.channel(), "REF-1", second.source(),
                second.complainant(), second.respondent(), second.request(), second.narrative(),
                second.classification(), second.level(), second.status(), second.receivedAt(), second.receivingUnit(),
                second.firstContactHandler(), second.currentHandler(), second.relatedComplaintId(), second.timeline(),
                second.dueDates());

        assertThatThrownBy(() -> store.save(clash, 1)).isInstanceOf(DuplicateChannelReferenceException.class);
        assertThat(store.findById("C-2")).contains(second);
    }

    @Test
    void theStreamReleasesItsConnectionWhenClosedOrReadToTheEnd() {
        for (int i = 0; i < 5; i++) {
            store.save(SampleComplaints.complete("C-" + i, "REF-" + i, T0.plusSeconds(i)), 0);
        }
        AtomicInteger open = new AtomicInteger();
        DataSource counting = countingConnections(host.dataSource(), open);
        JdbcComplaintStore small = new JdbcComplaintStore(counting, 2);

        Stream<ComplaintRecord> partly = small.stream(ComplaintQuery.all());
        Iterator<ComplaintRecord> it = partly.iterator();
        assertThat(it.next().id()).isEqualTo("C-0");
        assertThat(open.get()).isEqualTo(1);
        partly.close();
        assertThat(open.get()).isZero();

        assertThat(small.stream(ComplaintQuery.all()).map(ComplaintRecord::id).toList())
                .containsExactly("C-0", "C-1", "C-2", "C-3", "C-4");
        assertThat(open.get()).isZero();
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> store.save(null, 0)).isInstanceOf(NullPointerException.class).hasMessage("record");
        assertThatThrownBy(() -> store.save(SampleComplaints.complete("C-1", "R", T0), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expectedVersion");
        assertThatThrownBy(() -> new JdbcComplaintStore(host.dataSource(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fetchSize");
        assertThatThrownBy(() -> JdbcHost.connect("jdbc:sqlserver://localhost/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbcUrl");
    }

    @Test
    void aValueTooLongFailsWithoutQuotingIt() {
        String secret = "身份证号 110101199003077777 ".repeat(20);
        ComplaintRecord r = new ComplaintRecord("C-1", 0, "HOTLINE", "REF-1", null,
                new ComplainantRecord("PERSON", "CUST-1", secret, "SELF", null, 1), null, null, null, Map.of(),
                null, "RECEIVED", T0, null, null, null, null, List.of(), Map.of());

        assertThatThrownBy(() -> store.save(r, 0)).isInstanceOfSatisfying(JdbcAccessException.class, e -> {
            assertThat(e.sqlState()).startsWith("22");
            assertThat(e).hasNoCause();
            assertThat(e.getMessage()).doesNotContain("110101199003077777");
        });
        assertThat(store.findById("C-1")).isEmpty();
    }

    @Test
    void survivesARestartOfAFileDatabase(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        ComplaintRecord saved;
        try (JdbcHost file = JdbcHost.h2File(dir.resolve("bank"))) {
            saved = file.complaintStore().save(SampleComplaints.complete("C-1", "REF-1", T0), 0);
        }
        try (JdbcHost reopened = JdbcHost.h2File(dir.resolve("bank"))) {
            assertThat(reopened.complaintStore().findById("C-1")).contains(saved);
            assertThat(reopened.complaintStore().count()).isEqualTo(1);
        }
    }

    private static DataSource countingConnections(DataSource target, AtomicInteger open) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(target, args);
                    if (!method.getName().equals("getConnection")) {
                        return result;
                    }
                    open.incrementAndGet();
                    Connection c = (Connection) result;
                    boolean[] closed = {false};
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("close") && !closed[0]) {
                                    closed[0] = true;
                                    open.decrementAndGet();
                                }
                                return m.invoke(c, a);
                            });
                });
    }
}
