package org.tenfold.feed;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;
import org.tenfold.staff.Roles;

/**
 * The owner's page for their calendar feed: create it, see its address once, choose initials or
 * first names, get a new address, revoke it. The address lives only in this view: reload the page
 * and it is gone, because the server keeps nothing but its hash.
 */
@Named
@ViewScoped
public class CalendarFeedBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    CalendarFeedService feeds;

    @Inject
    ClinicProfile clinic;

    private boolean allowed;
    private FeedStatus status;
    private FeedDetail detail = FeedDetail.INITIALS;
    private String shownUrl;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        allowed = external.isUserInRole(Roles.COUNSELLOR) || external.isUserInRole(Roles.SUPERVISOR);
        if (allowed) {
            status = feeds.mine().orElse(null);
            detail = status == null ? FeedDetail.INITIALS : status.detail();
        }
    }

    /** Creates the feed, or a new address for it; the address is shown below, this once. */
    public void issue() {
        boolean had = status != null;
        try {
            IssuedFeed issued = feeds.issue(detail);
            status = issued.status();
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            shownUrl = FeedAddress.of(request, issued.token());
            info(had ? "A new address is ready. The old one no longer works: subscribe again with this one."
                    : "Your calendar feed is ready. Copy the address now: it is shown only once.");
        } catch (BusinessException e) {
            Screens.show(e);
        } catch (EJBAccessException e) {
            error("Calendar feeds are for staff who take appointments.");
        }
    }

    public void saveDetail() {
        try {
            status = feeds.changeDetail(detail);
            info("Saved. Calendars show " + (detail == FeedDetail.FIRST_NAMES ? "first names" : "initials")
                    + " from their next refresh.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void revoke() {
        try {
            feeds.revoke();
            status = null;
            shownUrl = null;
            detail = FeedDetail.INITIALS;
            info("Your calendar feed is revoked: its address no longer works. Remove the calendar from your apps.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    /** The same address with the scheme calendar apps open as a subscription. */
    public String getWebcalUrl() {
        return shownUrl == null ? null : shownUrl.replaceFirst("^https?://", "webcal://");
    }

    public String when(Instant instant) {
        return instant == null ? "never" : WHEN.format(instant.atZone(clinic.zone()));
    }

    public FeedDetail[] getDetails() {
        return FeedDetail.values();
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public boolean isAllowed() { return allowed; }
    public FeedStatus getStatus() { return status; }
    public FeedDetail getDetail() { return detail; }
    public void setDetail(FeedDetail detail) { this.detail = detail; }
    public String getShownUrl() { return shownUrl; }
}
