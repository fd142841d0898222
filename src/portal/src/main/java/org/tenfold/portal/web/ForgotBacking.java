package org.tenfold.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tenfold.platform.BusinessException;
import org.tenfold.portal.PortalAccounts;
import org.tenfold.security.ClientAddress;

/** "Forgot password": the same answer whatever the address, so the form tells nobody who has an account. */
@Named
@RequestScoped
public class ForgotBacking {

    static final String SENT = "If that address belongs to an account, a link to choose a new password is on its"
            + " way. It works for one hour.";

    @Inject
    PortalAccounts accounts;

    @Inject
    ClientAddress clientAddress;

    private String email;
    private boolean sent;

    public void send() {
        try {
            accounts.forgotPassword(email, clientAddress.of(Pages.request()), PortalSession.base(Pages.request()));
        } catch (BusinessException e) {
            // a mail server that is down must not tell which addresses have accounts either
        }
        sent = true;
        Pages.info(SENT);
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isSent() { return sent; }
}
