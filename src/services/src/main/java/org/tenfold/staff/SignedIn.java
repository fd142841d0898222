package org.tenfold.staff;

import java.util.Set;
import java.util.stream.Collectors;

/** Who a verified credential belongs to, with the roles that account holds now. */
public record SignedIn(String username, String displayName, Set<Role> roles) {

    public SignedIn {
        roles = Set.copyOf(roles);
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    static SignedIn of(Staff staff) {
        return new SignedIn(staff.getUsername(), staff.getDisplayName(), staff.getRoles());
    }
}
