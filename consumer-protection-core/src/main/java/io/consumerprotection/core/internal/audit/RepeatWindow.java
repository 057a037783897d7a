package io.consumerprotection.core.internal.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the recent complaints of a stream ordered by receipt, by matter key (complainant and business
 * category), to tell whether a complaint arrived while an earlier one on the same matter was still open.
 * Memory is bounded by the window length and a maximum number of entries, not by the stream's length.
 * Not thread-safe: one reader feeds it in stream order.
 */
public final class RepeatWindow {

    private record Entry(String id, Instant receivedAt, Instant openUntil) {
    }

    private final Duration window;
    private final long windowSeconds;
    private final int windowNanos;
    private final int maxEntries;
    private final LinkedHashMap<Object, Entry> recent = new LinkedHashMap<>(1024);

    /**
     * @param window     how far back an earlier complaint is remembered
     * @param maxEntries at most this many complaints are remembered (the oldest are forgotten first)
     */
    public RepeatWindow(Duration window, int maxEntries) {
        this.window = window;
        this.windowSeconds = window.getSeconds();
        this.windowNanos = window.getNano();
        this.maxEntries = maxEntries;
    }

    /**
     * Records a complaint and returns the id of an earlier, different complaint on the same matter that
     * was still open when this one arrived, or {@code null}.
     *
     * @param matterKey  the matter (for example complainant reference and business code), a value with equals and
     *                   hashCode; {@code null} when unknown
     * @param id         this complaint's id
     * @param receivedAt when this complaint arrived
     * @param openUntil  when its handling ended (decision, withdrawal, merge); {@link Instant#MAX} while open
     */
    public String offer(Object matterKey, String id, Instant receivedAt, Instant openUntil) {
        Instant windowStart = windowStart(receivedAt);
        evictBefore(windowStart);
        if (matterKey == null) {
            return null;
        }
        Entry earlier = recent.get(matterKey);
        String found = null;
        if (earlier != null && !earlier.id.equals(id) && !earlier.receivedAt.isAfter(receivedAt)
                && receivedAt.isBefore(earlier.openUntil)
                && !earlier.receivedAt.isBefore(windowStart)) {
            found = earlier.id;
        }
        if (earlier == null || !earlier.openUntil.isAfter(openUntil) || found == null) {
            recent.remove(matterKey);
            recent.put(matterKey, new Entry(id, receivedAt, openUntil));
            if (recent.size() > maxEntries) {
                Iterator<Map.Entry<Object, Entry>> it = recent.entrySet().iterator();
                it.next();
                it.remove();
            }
        }
        return found;
    }

    /** {@code receivedAt.minus(window)}, without the generic temporal-amount path for a whole-second window. */
    private Instant windowStart(Instant receivedAt) {
        return windowNanos == 0 ? receivedAt.minusSeconds(windowSeconds) : receivedAt.minus(window);
    }

    /** How many complaints are remembered now. */
    public int size() {
        return recent.size();
    }

    private void evictBefore(Instant limit) {
        Iterator<Map.Entry<Object, Entry>> it = recent.entrySet().iterator();
        while (it.hasNext()) {
            Entry e = it.next().getValue();
            if (!e.receivedAt.isBefore(limit)) {
                return;
            }
            it.remove();
        }
    }
}
