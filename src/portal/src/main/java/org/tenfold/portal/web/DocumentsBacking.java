package org.tenfold.portal.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.tenfold.portal.MyPortal;
import org.tenfold.portal.PortalViews;

/** The released reports the client may download, named by their period. */
@Named
@RequestScoped
public class DocumentsBacking {

    @EJB
    MyPortal portal;

    private List<PortalViews.DocumentView> documents;

    public List<PortalViews.DocumentView> getDocuments() {
        if (documents == null) {
            documents = portal.documents();
        }
        return documents;
    }

    public String period(PortalViews.DocumentView d) {
        return Pages.day(d.from()) + " to " + Pages.day(d.to());
    }
}
