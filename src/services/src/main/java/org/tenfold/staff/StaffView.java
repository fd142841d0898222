package org.tenfold.staff;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A staff account as the administrators' screen and the API show it; {@code version} goes back with an
 * edit. No password hash, no second-factor secret: never the entity.
 */
public record StaffView(long id, String username, String displayName, String email, List<Role> roles, boolean active,
        boolean locked, boolean secondFactor, long version) implements Serializable {

    public StaffView {
        roles = roles.stream().sorted().distinct().toList(); // in the roles' own order, as the screens list them
    }

    static StaffView of(Staff s) {
        return new StaffView(s.getId(), s.getUsername(), s.getDisplayName(), s.getEmail(), List.copyOf(s.getRoles()),
                s.isActive(),
                s.isLockedAt(Instant.now()), s.hasSecondFactor(), s.getVersion());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
