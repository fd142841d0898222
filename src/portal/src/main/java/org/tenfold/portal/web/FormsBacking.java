package org.tenfold.portal.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.tenfold.platform.BusinessException;
import org.tenfold.portal.MyPortal;
import org.tenfold.portal.PortalActions;
import org.tenfold.portal.PortalViews;

/** Newer wordings of the client's consents, to read and accept. */
@Named
@RequestScoped
public class FormsBacking {

    @EJB
    MyPortal portal;

    @EJB
    PortalActions actions;

    private List<PortalViews.ConsentToAccept> consents;

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
