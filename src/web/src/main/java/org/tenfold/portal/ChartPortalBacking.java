package org.tenfold.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.security.TransportSecurity;
import org.tenfold.shell.Ids;
import org.tenfold.shell.Screens;

/**
 * The chart's portal tab: whether the client has an account, when they last signed in, which reports they
 * opened there; buttons to invite, close or remove the second step. The client's id comes with every request
 * (the chart's view parameter, or the button's parameter), never from the session.
 */
@Named("chartPortal")
@RequestScoped
public class ChartPortalBacking {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    @Inject
    PortalInvitations invitations;

    @Inject
    ClinicProfile clinic;

    @Inject
    TransportSecurity transport;

    private Optional<PortalViews.AccountView> account;
    private boolean refused;

    /** The client's account as the chart shows it (read once a request). */
    public PortalViews.AccountView getAccount() {
        if (account == null) {
            account = Optional.empty();
            clientId().ifPresent(id -> {
                try {
                    account = invitations.account(id);
                } catch (BusinessException | jakarta.ejb.EJBAccessException e) {
                    refused = true;
                }
            });
        }
        return account.orElse(null);
    }

    public boolean isRefused() {
        getAccount();
        return refused;
    }

    public void invite() {
        act(id -> invitations.invite(id, transport.origin(request()).map(o -> o + "/").orElse(null)),
                "Invitation sent. The link works for seven days.");
    }

    public void close() {
        act(invitations::close, "The portal account is closed.");
    }

    public void removeSecondStep() {
        act(invitations::removeSecondStep, "The second step is removed: the client signs in with the password alone.");
    }

    private void act(java.util.function.LongFunction<PortalViews.AccountView> action, String done) {
        Optional<Long> id = clientId();
        if (id.isEmpty()) {
            return;
        }
        try {
            account = Optional.of(action.apply(id.get()));
            Screens.info(done);
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public String when(Instant at) {
        return at == null ? "never" : WHEN.format(at.atZone(clinic.zone()));
    }

    public String status(PortalViews.AccountView a) {
        return switch (a.status()) {
            case "INVITED" -> "Invited, no password set yet";
            case "ACTIVE" -> "Active";
            default -> "Closed";
        };
    }

    public List<PortalViews.OpenedReport> getOpened() {
        PortalViews.AccountView a = getAccount();
        return a == null ? List.of() : a.reportsOpened();
    }

    private Optional<Long> clientId() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String text = params.getOrDefault("portalClient", params.get("id"));
        var parsed = Ids.parse(text);
        return parsed.isPresent() ? Optional.of(parsed.getAsLong()) : Optional.empty();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
