package io.certexam.platform.security;

import java.util.Set;

/**
 * Who is calling, taken from the verified token and never from a request body: {@code id} is the
 * token's {@code sub}, {@code org} its org path (e.g. {@code chain-a/east/store-042}), possibly null.
 */
public record Actor(String id, Set<Role> roles, String org) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
