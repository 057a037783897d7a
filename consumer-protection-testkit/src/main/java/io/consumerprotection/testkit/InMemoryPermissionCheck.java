package io.consumerprotection.testkit;

import io.consumerprotection.spi.privacy.PermissionCheck;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link PermissionCheck} over grants held in memory; a grant covers every subject. Thread-safe; fails
 * closed. Not for production.
 */
public final class InMemoryPermissionCheck implements PermissionCheck {

    private final Set<String> grants = ConcurrentHashMap.newKeySet();

    /** Grants {@code permission} to {@code actor} for every subject; returns this. */
    public InMemoryPermissionCheck grant(String actor, String permission) {
        grants.add(key(Objects.requireNonNull(actor, "actor"), Objects.requireNonNull(permission, "permission")));
        return this;
    }

    /** Takes a grant back; returns this. */
    public InMemoryPermissionCheck revoke(String actor, String permission) {
        grants.remove(key(Objects.requireNonNull(actor, "actor"), Objects.requireNonNull(permission, "permission")));
        return this;
    }

    @Override
    public boolean isPermitted(String actor, String permission, String subjectId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(subjectId, "subjectId");
        return grants.contains(key(actor, permission));
    }

    private static String key(String actor, String permission) {
        return actor + '\u0000' + permission;
    }
}
