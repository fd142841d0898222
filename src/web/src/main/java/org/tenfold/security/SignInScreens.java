package org.tenfold.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.tenfold.staff.SignInOutcome;
import org.tenfold.staff.SignedIn;

/** What the two sign-in screens share: finishing a sign-in, the remembered-device cookie, refusal messages. */
@ApplicationScoped
public class SignInScreens {

    static final String DEVICE_COOKIE = "tenfold-device";
    static final String SECOND_STEP_PAGE = "/login-code.xhtml";

    @Inject
    SecurityContext securityContext;

    /** Makes the session signed in and goes to the page that was asked for. */
    void finish(FacesContext faces, SignedIn account, String how, String next) throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        PendingSignIn.clear(request);
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(new CompletedSignIn(account, how)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + LoginBacking.safeNext(next));
        } else {
            faces.responseComplete();
        }
    }

    /** The message for a sign-in step that did not succeed. */
    static void refuse(FacesContext faces, SignInOutcome outcome, String summary, String detail) {
        switch (outcome.step()) {
            case THROTTLED -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Too many sign-in attempts. Wait " + outcome.retryAfterSeconds() + " s, then try again.",
                    "Attempts are limited per computer and per username, so that nobody can guess passwords."));
            case BUSY -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    "Sign-in is busy. Wait " + outcome.retryAfterSeconds() + " s, then try again.", null));
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
        }
        if (outcome.retryAfter() != null) {
            ((HttpServletResponse) faces.getExternalContext().getResponse()).setHeader("Retry-After",
                    String.valueOf(outcome.retryAfterSeconds()));
        }
    }

    static String rememberedDevice(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> DEVICE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    static void rememberDevice(HttpServletRequest request, HttpServletResponse response, Optional<String> token,
            int days) {
        token.ifPresent(t -> response.addHeader("Set-Cookie", DEVICE_COOKIE + "=" + t + "; Max-Age=" + days * 86_400L
                + "; Path=" + (request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                + "; Secure; HttpOnly; SameSite=Strict"));
    }
}
