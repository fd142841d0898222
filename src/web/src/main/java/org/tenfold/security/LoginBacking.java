package org.tenfold.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.tenfold.staff.SignIn;
import org.tenfold.staff.SignInOutcome;

/**
 * The sign-in form's first step, the password. Its view is stateless, so a script hitting the page creates
 * no session. When the account has (or must set up) a second factor, the session id is renewed, the sign-in
 * is kept as pending, and the second step's page follows.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    FacesContext faces;

    @Inject
    SignIn signIn;

    @Inject
    SignInScreens screens;

    @Inject
    ClientAddress clientAddress;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        SignInOutcome outcome = signIn.password(username, typed, clientAddress.of(request),
                SignInScreens.rememberedDevice(request));
        switch (outcome.step()) {
            case SIGNED_IN -> screens.finish(faces, outcome.account(), "sign-in page", next);
            case CODE_NEEDED, ENROLMENT_NEEDED -> {
                // the password was right: from here on the session is worth something, so it gets a fresh id
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                boolean enrolling = outcome.step() == SignInOutcome.Step.ENROLMENT_NEEDED;
                SignIn.Enrolment enrolment = enrolling ? signIn.newEnrolment(outcome.account().username()) : null;
                new PendingSignIn(outcome.account().username(), next, enrolling,
                        enrolling ? enrolment.secret() : null, enrolling ? enrolment.qrImage() : null, List.of(),
                        Instant.now()).store(request);
                external.redirect(external.getRequestContextPath() + SignInScreens.SECOND_STEP_PAGE);
            }
            default -> SignInScreens.refuse(faces, outcome, "Sign-in failed. Check your username and password.",
                    "After five failed attempts in a row an account is locked for 15 minutes.");
        }
    }

    /** Only a path inside this application: never an open redirect to another site. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith(TenfoldAuthenticationMechanism.LOGIN_PAGE)
                || next.startsWith(SignInScreens.SECOND_STEP_PAGE) || next.contains("\r") || next.contains("\n")) {
            return "/index.xhtml";
        }
        return next;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
