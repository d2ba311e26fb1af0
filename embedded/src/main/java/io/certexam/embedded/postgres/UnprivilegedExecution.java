package io.certexam.embedded.postgres;

import java.util.List;

import com.sun.security.auth.module.UnixSystem;

/**
 * PostgreSQL will not run as root. When we are root (CI, containers) its commands run in a fresh
 * user namespace where we appear as {@code nobody}; files they create stay owned by us outside.
 */
final class UnprivilegedExecution {

    private UnprivilegedExecution() {
    }

    static List<String> prefix() {
        if (new UnixSystem().getUid() != 0) {
            return List.of();
        }
        return List.of("unshare", "--user", "--map-user=65534", "--map-group=65534", "--");
    }
}
