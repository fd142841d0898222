package org.tenfold.consent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tenfold.care.ChartBacking;
import org.tenfold.consent.ConsentViews.FormView;
import org.tenfold.consent.ConsentViews.RecordView;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/**
 * The chart's consent actions: record a decision on the wording shown (its exact version), the
 * signed-in member of staff being the witness, and withdraw (a new record; nothing is deleted). The
 * consent service decides who may record which kind; the chart offers only what the caller may.
 */
@Named
@ViewScoped
public class ConsentActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsentService consents;

    @Inject
    ChartBacking chart;

    private boolean email;
    private boolean sms;

    /** Records GIVEN (or SHARE / DO_NOT_SHARE for the information-sharing agreement) on this wording. */
    public void record(FormView form, ConsentDecision decision) {
        ConsentRequest request = new ConsentRequest();
        request.kind = form.kind();
        request.version = form.version();
        request.decision = decision;
        request.email = email;
        request.sms = sms;
        try {
            RecordView r = consents.record(chart.getClientId(), request);
            Screens.info(form.title() + ": " + chart.decisionLabel(r.decision()).toLowerCase()
                    + " recorded on version " + r.formVersion() + ", witnessed by you.");
            email = false;
            sms = false;
            chart.reloadConsents();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void withdraw(FormView form) {
        try {
            RecordView r = consents.withdraw(chart.getClientId(), form.kind());
            Screens.info(form.title() + ": " + (form.kind() == ConsentKind.PARTNER_SHARING
                    ? "now do not share" : "withdrawn") + " (version " + r.formVersion() + "); the earlier record stays.");
            chart.reloadConsents();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public boolean isEmail() { return email; }
    public void setEmail(boolean email) { this.email = email; }
    public boolean isSms() { return sms; }
    public void setSms(boolean sms) { this.sms = sms; }
}
