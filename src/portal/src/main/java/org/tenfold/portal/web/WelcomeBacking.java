package org.tenfold.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.tenfold.platform.BusinessException;
import org.tenfold.portal.PasswordRules;
import org.tenfold.portal.PortalAccounts;
import org.tenfold.portal.PortalLinkPurpose;
import org.tenfold.security.ClientAddress;

/** Choosing a password from an emailed link (the invitation, or "forgot password"); the link was put in the session. */
@Named
@RequestScoped
public class WelcomeBacking {

    @Inject
    PortalAccounts accounts;

    @Inject
    ClientAddress clientAddress;

    private Optional<PortalAccounts.LinkInfo> link = Optional.empty();
    private String password;
    private String repeat;

    @PostConstruct
    void read() {
        link = token().flatMap(accounts::link);
    }

    public void save() {
        String token = token().orElse(null);
        if (token == null || link.isEmpty()) {
            Pages.error(null, "This link has expired or was used already.");
            return;
        }
        if (password == null || !password.equals(repeat)) {
            Pages.error("welcome:repeat", "The two passwords are not the same.");
            return;
        }
        try {
            accounts.setPassword(token, password.toCharArray(), clientAddress.of(Pages.request()));
        } catch (BusinessException e) {
            Pages.refused(e, "welcome:password");
            return;
        } finally {
            password = null;
            repeat = null;
        }
        Pages.request().getSession().removeAttribute(PortalSession.LINK);
        Pages.info("Your password is set. Sign in with it now.");
        Pages.redirect("signin.xhtml");
    }

    private Optional<String> token() {
        HttpSession s = Pages.request().getSession(false);
        return Optional.ofNullable(s == null ? null : (String) s.getAttribute(PortalSession.LINK));
    }

    public boolean isUsable() { return link.isPresent(); }
    public boolean isInvitation() { return link.map(l -> l.purpose() == PortalLinkPurpose.INVITATION).orElse(false); }
    public String getEmail() { return link.map(PortalAccounts.LinkInfo::email).orElse(""); }
    public int getMinLength() { return PasswordRules.MIN_LENGTH; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
}
