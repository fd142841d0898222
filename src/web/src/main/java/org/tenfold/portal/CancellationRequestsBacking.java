package org.tenfold.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/** Front desk's list of late cancellation requests from the portal, on the Today screen. */
@Named
@RequestScoped
public class CancellationRequestsBacking {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    @Inject
    CancellationRequests requests;

    @Inject
    ClinicProfile clinic;

    private List<PortalViews.CancellationRequestView> open;

    public List<PortalViews.CancellationRequestView> getOpen() {
        if (open == null) {
            open = requests.open();
        }
        return open;
    }

    public void decide(long id, boolean cancel, boolean late) {
        try {
            requests.decide(id, cancel, late);
            Screens.info(cancel ? (late ? "Cancelled as a late cancellation." : "Cancelled.") : "Kept; let the client know.");
            open = null;
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(clinic.zone()));
    }
}
