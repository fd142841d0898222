package org.tenfold.care;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tenfold.care.CareViews.FlagView;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.shell.Screens;

/** Clearing a client's flag from the chart, with the reason the flag service requires; audited there. */
@Named
@ViewScoped
public class FlagActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FlagService flags;

    @Inject
    ChartBacking chart;

    private Long flagId;
    private String summary;
    private String reason;

    public void prepare(FlagView flag) {
        flagId = flag.id();
        summary = flag.summary();
        reason = null;
    }

    public void clear() {
        try {
            flags.clear(chart.getClientId(), flagId, reason);
            Screens.info("Flag cleared; it stays in the record with your reason.");
            chart.reloadFlags();
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(m -> FacesContext.getCurrentInstance().addMessage("clearFlag:reason",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public String getSummary() { return summary; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
