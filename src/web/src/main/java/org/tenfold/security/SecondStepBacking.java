package org.tenfold.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.staff.SignIn;
import org.tenfold.staff.SignInOutcome;

/**
 * The sign-in's second step: the authenticator's code (or a recovery code), with "remember this device"
 * where the clinic allows it; or, for an account that must have a second factor and has none yet, setting
 * it up (QR code, first code) and then its ten recovery codes, shown once.
 */
@Named
@RequestScoped
public class SecondStepBacking {

    @Inject
    FacesContext faces;

    @Inject
    SignIn signIn;

    @Inject
    SignInScreens screens;

    @Inject
    ClientAddress clientAddress;

    @Inject
    ClinicProfile clinic;

    private PendingSignIn pending;
    private String code;
    private boolean remember;

    @PostConstruct
    void read() {
        pending = PendingSignIn.of(request());
    }

    /** Without a pending sign-in (none, or older than five minutes) the page sends the person back to step one. */
    public void check() throws IOException {
        if (pending == null) {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + TenfoldAuthenticationMechanism.LOGIN_PAGE);
        }
    }

    public void verify() throws IOException {
        if (pending == null) {
            check();
            return;
        }
        HttpServletRequest request = request();
        SignInOutcome outcome = signIn.code(pending.username(), code, clientAddress.of(request));
        code = null;
        if (outcome.step() != SignInOutcome.Step.SIGNED_IN) {
            SignInScreens.refuse(faces, outcome, "That code is not right.",
                    "Type the six digits your authenticator app shows now, or one of your recovery codes.");
            return;
        }
        if (remember && getRememberDays() > 0) {
            SignInScreens.rememberDevice(request, (HttpServletResponse) faces.getExternalContext().getResponse(),
                    signIn.rememberDevice(pending.username()), getRememberDays());
        }
        screens.finish(faces, outcome.account(), "sign-in page, second factor", pending.next());
    }

    public void enrol() throws IOException {
        if (pending == null || !pending.enrolling() || pending.secret() == null) {
            check();
            return;
        }
        HttpServletRequest request = request();
        SignInOutcome outcome = signIn.enrol(pending.username(), pending.secret(), code, clientAddress.of(request));
        code = null;
        if (outcome.step() != SignInOutcome.Step.SIGNED_IN) {
            SignInScreens.refuse(faces, outcome, "That code is not right.",
                    "Scan the QR code (or type the key) in your authenticator app, then type the six digits it shows.");
            return;
        }
        pending = pending.withRecoveryCodes(outcome.recoveryCodes());
        pending.store(request);
    }

    /** After the recovery codes were shown: the sign-in is complete. */
    public void proceed() throws IOException {
        if (pending == null || pending.recoveryCodes().isEmpty()) {
            check();
            return;
        }
        signIn.completedEnrolment(pending.username()).ifPresentOrElse(
                account -> {
                    try {
                        screens.finish(faces, account, "sign-in page, second factor set up", pending.next());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, this::backToStart);
    }

    private void backToStart() {
        PendingSignIn.clear(request());
        try {
            check();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    public boolean isEnrolling() { return pending != null && pending.enrolling() && pending.recoveryCodes().isEmpty(); }
    public boolean isShowingRecoveryCodes() { return pending != null && !pending.recoveryCodes().isEmpty(); }
    public boolean isAskingCode() { return pending != null && !pending.enrolling(); }
    public String getSecret() { return pending == null || pending.secret() == null ? "" : pending.secret()
            .replaceAll("(.{4})(?!$)", "$1 "); }
    public String getQrImage() { return pending == null ? null : pending.qrImage(); }
    public List<String> getRecoveryCodes() { return pending == null ? List.of() : pending.recoveryCodes(); }
    public String getUsername() { return pending == null ? "" : pending.username(); }
    public int getRememberDays() { return clinic.rememberDeviceDays(); }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isRemember() { return remember; }
    public void setRemember(boolean remember) { this.remember = remember; }
}
