package org.tenfold.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.tenfold.staff.Authentication;

/**
 * Staff by name on screens: "Signed by Dana Whitfield", not by login. {@code #{people.name(username)}}; an account
 * no longer active keeps its username, as the record must still say who it was.
 */
@Named
@RequestScoped
public class People {

    @Inject
    Authentication authentication;

    private final Map<String, String> names = new HashMap<>();

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return names.computeIfAbsent(username, u -> authentication.currentAccount(u)
                .map(a -> a.displayName() == null || a.displayName().isBlank() ? u : a.displayName()).orElse(u));
    }
}
