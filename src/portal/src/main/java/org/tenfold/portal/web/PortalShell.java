package org.tenfold.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.portal.PortalAccounts;
import org.tenfold.portal.PortalSettings;

/** What the frame of every portal page shows: the portal's neutral name, the idle time, where "leave" goes. */
@Named
@RequestScoped
public class PortalShell {

    @Inject
    ClinicProfile clinic;

    private PortalSettings settings;

    private PortalSettings settings() {
        if (settings == null) {
            settings = PortalSettings.of(clinic.all());
        }
        return settings;
    }

    public String getName() {
        return settings().name();
    }

    public int getIdleSeconds() {
        return settings().idleMinutes() * 60;
    }

    public String getLeaveAddress() {
        return settings().leaveAddress();
    }

    public boolean isSignedIn() {
        return Pages.request().getAttribute(PortalAuthenticationMechanism.REQUEST_CALLER) != null;
    }

    public String getFirstName() {
        Object caller = Pages.request().getAttribute(PortalAuthenticationMechanism.REQUEST_CALLER);
        return caller instanceof PortalAccounts.Caller c ? c.firstName() : "";
    }

    /** The page asked for, for the navigation's current mark (answering questions is part of Forms). */
    public String getPage() {
        String path = Pages.request().getServletPath();
        String page = path == null ? "" : path.replaceFirst("^/", "").replaceFirst("\\.xhtml$", "");
        return page.equals("fill") ? "forms" : page;
    }
}
