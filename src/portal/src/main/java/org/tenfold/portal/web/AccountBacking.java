package org.tenfold.portal.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tenfold.platform.BusinessException;
import org.tenfold.portal.MyPortal;
import org.tenfold.portal.PortalAccounts;
import org.tenfold.portal.PortalViews;

/**
 * The client's account: the address they sign in with, and an optional second step (an authenticator app's
 * code, the same kind staff use). The new secret travels in the form, never stored until its first code matches.
 */
@Named
@RequestScoped
public class AccountBacking {

    @EJB
    MyPortal portal;

    @Inject
    PortalAccounts accounts;

    private PortalViews.Me me;
    private PortalAccounts.Enrolment enrolment;
    private String secret;
    private String code;

    public PortalViews.Me getMe() {
        if (me == null) {
            me = portal.me();
        }
        return me;
    }

    public void start() {
        enrolment = accounts.newEnrolment(getMe().accountId());
        secret = enrolment.secret();
    }

    public void confirm() {
        try {
            accounts.enrol(getMe().accountId(), secret, code);
            Pages.info("From now on you sign in with a code from your app as well.");
            Pages.redirect("account.xhtml");
        } catch (BusinessException e) {
            Pages.refused(e, "enrol:code");
            enrolment = new PortalAccounts.Enrolment(secret, null);
        }
    }

    public void remove() {
        try {
            accounts.removeSecondStep(getMe().accountId(), code);
            Pages.info("You sign in with your password alone now.");
            Pages.redirect("account.xhtml");
        } catch (BusinessException e) {
            Pages.refused(e, "remove:code");
        }
    }

    /** Setting up: just started, or its form posted back (which carries the new secret). */
    public boolean isEnrolling() {
        return enrolment != null || Pages.request().getParameter("enrol:secretValue") != null;
    }

    public String getQrImage() { return enrolment == null ? null : enrolment.qrImage(); }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    /** The key in groups of four, for typing into an app by hand. */
    public String getSecretGroups() { return secret == null ? "" : secret.replaceAll("(.{4})(?!$)", "$1 "); }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
