package org.tenfold.portal.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.measure.MeasureViews;
import org.tenfold.platform.BusinessException;
import org.tenfold.portal.MyPortal;
import org.tenfold.portal.PortalActions;
import org.tenfold.portal.PortalQuestionnaires;
import org.tenfold.portal.PortalViews;

/** The client's own questionnaires, waiting and lately sent; newer wordings of their consents, to read and accept. */
@Named
@RequestScoped
public class FormsBacking {

    @EJB
    MyPortal portal;

    @EJB
    PortalActions actions;

    @EJB
    PortalQuestionnaires questionnaires;

    @Inject
    ClinicProfile clinic;

    private List<PortalViews.ConsentToAccept> consents;
    private List<MeasureViews.OwnQuestionnaire> mine;

    private List<MeasureViews.OwnQuestionnaire> mine() {
        if (mine == null) {
            mine = questionnaires.list();
        }
        return mine;
    }

    public List<MeasureViews.OwnQuestionnaire> getWaiting() {
        return mine().stream().filter(q -> q.sentAt() == null).toList();
    }

    public List<MeasureViews.OwnQuestionnaire> getSent() {
        return mine().stream().filter(q -> q.sentAt() != null).toList();
    }

    public String progress(MeasureViews.OwnQuestionnaire q) {
        String until = "Open until " + Pages.day(q.until(), clinic.zone());
        return q.answered() == 0 ? q.questions() + " questions. " + until
                : q.answered() + " of " + q.questions() + " answered. " + until;
    }

    public String sentOn(MeasureViews.OwnQuestionnaire q) {
        return Pages.day(q.sentAt(), clinic.zone());
    }

    public List<PortalViews.ConsentToAccept> getConsents() {
        if (consents == null) {
            consents = portal.consents();
        }
        return consents;
    }

    public void accept(String kind, int version) {
        try {
            actions.acceptConsent(kind, version);
            Pages.info("Thank you: your agreement is recorded.");
            Pages.redirect("forms.xhtml");
        } catch (BusinessException e) {
            Pages.refused(e, null);
        }
    }
}
