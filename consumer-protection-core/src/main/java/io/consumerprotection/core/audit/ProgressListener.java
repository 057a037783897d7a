package io.consumerprotection.core.audit;

/**
 * Told how far a long run has come, about once per interval, from the thread that runs the audit. It
 * must return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    /** The run's progress so far. */
    void onProgress(Progress progress);
}
