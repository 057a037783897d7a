package io.consumerprotection.core.audit;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A complaint's due dates by milestone name, as the built-in {@link DeadlineEvaluator}s return them: an
 * immutable map, built without hashing and kept as is by {@link ComplaintSubject}, where any other map is
 * copied. {@link #builder} makes one over a small array in the order the milestones were added, looked up
 * by a linear scan (a complaint has a handful of milestones); {@link RecordedDueDates} makes one that reads
 * the recorded dates on demand.
 */
abstract class DueDateTable extends AbstractMap<String, DueDate> {

    /** A builder for at most {@code capacity} milestones (it grows when needed). */
    static Builder builder(int capacity) {
        return new Builder(capacity);
    }

    /** Collects due dates, one per milestone name; not thread-safe, used once. */
    static final class Builder {
        private DueDate[] dates;
        private int size;

        private Builder(int capacity) {
            this.dates = new DueDate[Math.max(1, capacity)];
        }

        /** Whether a due date of this milestone was added. */
        boolean contains(String milestone) {
            return indexOf(dates, size, milestone) >= 0;
        }

        /**
         * Adds a due date.
         *
         * @throws IllegalArgumentException when its milestone already has one
         */
        Builder add(DueDate date) {
            Objects.requireNonNull(date, "date");
            if (contains(date.milestone())) {
                throw new IllegalArgumentException("milestone " + date.milestone() + " already has a due date");
            }
            if (size == dates.length) {
                dates = Arrays.copyOf(dates, size * 2);
            }
            dates[size++] = date;
            return this;
        }

        /** The table (the builder is not used again). */
        DueDateTable build() {
            return new Listed(dates, size);
        }
    }

    private static int indexOf(DueDate[] dates, int size, Object milestone) {
        for (int i = 0; i < size; i++) {
            if (dates[i].milestone().equals(milestone)) {
                return i;
            }
        }
        return -1;
    }

    /** The array-backed table of {@link #builder}. */
    private static final class Listed extends DueDateTable {

        private final DueDate[] dates;
        private final int size;

        private Listed(DueDate[] dates, int size) {
            this.dates = dates;
            this.size = size;
        }

        @Override
        public DueDate get(Object milestone) {
            int i = indexOf(dates, size, milestone);
            return i < 0 ? null : dates[i];
        }

        @Override
        public boolean containsKey(Object milestone) {
            return indexOf(dates, size, milestone) >= 0;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<Entry<String, DueDate>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, DueDate>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Entry<String, DueDate> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            DueDate d = dates[next++];
                            return Map.entry(d.milestone(), d);
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
    }
}
