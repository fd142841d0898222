package org.tenfold.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.portal.PortalSettings;
import org.tenfold.portal.PortalSignIn;
import org.tenfold.portal.PortalSignInOutcome;
import org.tenfold.security.ClientAddress;

/**
 * The portal's sign-in: the email address and password, then (for an account with an authenticator app) its
 * code. The first page is stateless, so a script hitting it makes no session; one answer for every refusal.
 */
@Named
@RequestScoped
public class SignInBacking {

    static final String REFUSED = "That email address and password do not match an account. After five tries in a"
            + " row an account waits 15 minutes.";

    @Inject
    PortalSignIn signIn;

    @Inject
    ClientAddress clientAddress;

    @Inject
    ClinicProfile clinic;

    private String email;
    private String password;
    private String code;

    public void signIn() {
        HttpServletRequest request = Pages.request();
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        handle(signIn.password(email, typed, clientAddress.of(request)), request);
    }

    public void verify() {
        HttpServletRequest request = Pages.request();
        Long pending = request.getSession(false) == null ? null
                : (Long) request.getSession(false).getAttribute(PortalSession.PENDING);
        if (pending == null) {
            Pages.redirect("signin.xhtml");
            return;
        }
        handle(signIn.code(pending, code, clientAddress.of(request)), request);
    }

    private void handle(PortalSignInOutcome outcome, HttpServletRequest request) {
        switch (outcome.step()) {
            case SIGNED_IN -> {
                PortalSession.signIn(request, outcome.accountId(), PortalSettings.of(clinic.all()).idleMinutes());
                Pages.redirect("home.xhtml");
            }
            case CODE_NEEDED -> {
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                request.getSession(true).setAttribute(PortalSession.PENDING, outcome.accountId());
                Pages.redirect("code.xhtml");
            }
            case THROTTLED, BUSY -> Pages.error(null, "Too many sign-in attempts. Wait " + outcome.retryAfterSeconds()
                    + " s, then try again.");
            default -> Pages.error(null, REFUSED);
        }
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
