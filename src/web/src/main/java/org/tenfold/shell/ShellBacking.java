package org.tenfold.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Optional;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.security.TenfoldAuthenticationMechanism;
import org.tenfold.staff.Authentication;
import org.tenfold.staff.Roles;
import org.tenfold.staff.SignedIn;

/** What the layout shows: read once per request. */
@Named("shell")
@RequestScoped
public class ShellBacking {

    @Inject
    ClinicProfile clinic;

    @Inject
    Authentication authentication;

    @Inject
    HttpServletRequest request;

    private String clinicName;
    private SignedIn account;
    private boolean accountLoaded;

    public String getClinicName() {
        if (clinicName == null) {
            clinicName = clinic.name();
        }
        return clinicName;
    }

    public ZoneId getZone() {
        return clinic.zone();
    }

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getDisplayName() {
        if (!accountLoaded) {
            accountLoaded = true;
            account = isSignedIn() ? checked().orElseGet(
                    () -> authentication.currentAccount(request.getUserPrincipal().getName()).orElse(null)) : null;
        }
        return account == null ? "" : account.displayName();
    }

    /** The account this request's sign-in check has just read (and found active), if it was this user's. */
    private Optional<SignedIn> checked() {
        return request.getAttribute(TenfoldAuthenticationMechanism.REQUEST_ACCOUNT) instanceof SignedIn a
                && a.username().equals(request.getUserPrincipal().getName()) ? Optional.of(a)
                : Optional.empty();
    }

    public String getRoleLabels() {
        getDisplayName();
        return account == null ? "" : account.roles().stream().sorted().map(r -> r.label())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    public boolean isAdmin() {
        return request.isUserInRole(Roles.ADMIN);
    }

    /** Front desk and clinical staff work with client records; administrators do not. */
    public boolean isClientStaff() {
        return request.isUserInRole(Roles.FRONT_DESK) || request.isUserInRole(Roles.COUNSELLOR)
                || request.isUserInRole(Roles.SUPERVISOR);
    }
}
