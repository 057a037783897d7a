package io.consumerprotection.core.internal.privacy;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.audit.ChainCheckpoint;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The hashes of the audit chain, in one place: a record's SHA-256 (unkeyed trails) or HMAC-SHA256 (keyed),
 * a checkpoint's signature, and the hash of a stored complaint version that its audit record carries.
 *
 * <p>Every value is fed as its UTF-8 bytes preceded by their count as a four-byte big-endian integer
 * ({@code -1} for {@code null}); maps in key order, preceded by their size; lists in order, preceded by their
 * size. A keyed hash is written {@code hmac-sha256:<keyId>:<64 hex digits>}, an unkeyed one as the 64 hex
 * digits alone, so that a trail begun before keys were configured still verifies.
 */
public final class ChainHash {

    /** The prefix of a keyed record hash and of a checkpoint signature. */
    public static final String KEYED_PREFIX = "hmac-sha256:";
    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {
    }

    /** A digest or MAC fed with the length-prefixed encoding. */
    private interface Sink {
        void update(byte[] bytes);
    }

    /** Per thread: a SHA-256 digest, and the HMAC last used with its key (a Mac is not thread-safe). */
    private static final class Engines {
        final MessageDigest sha256 = newSha256();
        SecretKey macKey;
        Mac mac;

        Mac mac(SecretKey key) {
            if (mac == null || macKey != key) {
                mac = newMac(key);
                macKey = key;
            }
            return mac;
        }
    }

    private static final ThreadLocal<Engines> ENGINES = ThreadLocal.withInitial(Engines::new);

    /** The SHA-256 of a record's content and previousHash, as 64 hex digits (its own hash is ignored). */
    public static String sha256(AuditRecord r) {
        MessageDigest d = sha256();
        feed(d::update, r);
        return HEX.formatHex(d.digest());
    }

    /** The HMAC-SHA256 of a record's content and previousHash, as {@code hmac-sha256:<keyId>:<hex>}. */
    public static String hmac(AuditRecord r, String keyId, SecretKey key) {
        Mac mac = mac(key);
        feed(mac::update, r);
        return KEYED_PREFIX + keyId + ":" + HEX.formatHex(mac.doFinal());
    }

    /** The key id of a keyed hash, or {@code null} for an unkeyed (or malformed) one. */
    public static String keyIdOf(String hash) {
        if (!hash.startsWith(KEYED_PREFIX)) {
            return null;
        }
        int end = hash.indexOf(':', KEYED_PREFIX.length());
        return end < 0 ? null : hash.substring(KEYED_PREFIX.length(), end);
    }

    /** Whether two hashes are equal, compared in time independent of where they differ. */
    public static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** The signature of a checkpoint's count, head hash, instant and key id, as {@code hmac-sha256:<keyId>:<hex>}. */
    public static String signature(ChainCheckpoint c, SecretKey key) {
        Mac mac = mac(key);
        Sink s = mac::update;
        put(s, "checkpoint");
        put(s, Long.toString(c.recordCount()));
        put(s, c.headHash());
        put(s, c.at().toString());
        put(s, c.keyId());
        return KEYED_PREFIX + c.keyId() + ":" + HEX.formatHex(mac.doFinal());
    }

    /** The SHA-256 of every field of a stored complaint version, as 64 hex digits. */
    public static String complaint(ComplaintRecord r) {
        MessageDigest d = sha256();
        Sink s = d::update;
        put(s, r.id());
        put(s, Long.toString(r.version()));
        put(s, r.channel());
        put(s, r.channelReference());
        put(s, r.source());
        ComplainantRecord who = r.complainant();
        put(s, who.kind());
        put(s, who.reference());
        put(s, who.name());
        put(s, who.representation());
        put(s, who.representativeReference());
        put(s, Integer.toString(who.jointComplainants()));
        put(s, r.respondent());
        put(s, r.request());
        put(s, r.narrative());
        put(s, r.classification());
        put(s, r.level());
        put(s, r.status());
        put(s, r.receivedAt().toString());
        put(s, r.receivingUnit());
        put(s, r.firstContactHandler());
        put(s, r.currentHandler());
        put(s, r.relatedComplaintId());
        count(s, r.timeline().size());
        for (TimelineEventRecord e : r.timeline()) {
            put(s, Integer.toString(e.sequence()));
            put(s, e.type());
            put(s, e.at().toString());
            put(s, e.actor());
            put(s, e.reason());
            put(s, e.details());
        }
        Map<String, LocalDate> due = new TreeMap<>(r.dueDates());
        count(s, due.size());
        due.forEach((k, v) -> {
            put(s, k);
            put(s, v.toString());
        });
        return HEX.formatHex(d.digest());
    }

    private static void feed(Sink s, AuditRecord r) {
        put(s, r.id());
        put(s, r.at().toString());
        put(s, r.actor());
        put(s, r.action());
        put(s, r.subjectType());
        put(s, r.subjectId());
        put(s, r.purpose());
        put(s, r.outcome());
        put(s, r.details());
        put(s, r.previousHash());
    }

    private static void put(Sink s, Map<String, String> map) {
        Map<String, String> sorted = new TreeMap<>(map);
        count(s, sorted.size());
        sorted.forEach((k, v) -> {
            put(s, k);
            put(s, v);
        });
    }

    private static void put(Sink s, String value) {
        if (value == null) {
            count(s, -1);
            return;
        }
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        count(s, b.length);
        s.update(b);
    }

    private static void count(Sink s, int n) {
        s.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    }

    private static MessageDigest sha256() {
        MessageDigest d = ENGINES.get().sha256;
        d.reset();
        return d;
    }

    private static Mac mac(SecretKey key) {
        Mac m = ENGINES.get().mac(key);
        m.reset();
        return m;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static Mac newMac(SecretKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 cannot use the audit key (" + e.getClass().getSimpleName() + ")");
        }
    }
}
