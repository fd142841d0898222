package org.tenfold.intake;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.tenfold.client.ClientService;
import org.tenfold.client.ClientStatus;
import org.tenfold.intake.IntakeViews.EnquiryView;
import org.tenfold.platform.BusinessException;
import org.tenfold.scheduling.CounsellorDirectory;
import org.tenfold.shell.Screens;

/**
 * The enquiry form: who called, how to reach them, how they heard of the clinic, why they call in
 * non-clinical words, and whom and when they would like to see. Saved through the enquiry service
 * (the same duplicate warning as the client form); then the new client's chart opens.
 */
@Named
@ViewScoped
public class EnquiryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnquiryService enquiries;

    @Inject
    CounsellorDirectory counsellors;

    private final NewEnquiry enquiry = new NewEnquiry();

    {
        enquiry.setStatus(ClientStatus.ENQUIRY);
    }
    private boolean duplicateWarning;
    private List<CounsellorDirectory.Counsellor> counsellorOptions;

    public void save() throws IOException {
        take(false);
    }

    public void saveConfirmingDuplicate() throws IOException {
        take(true);
    }

    private void take(boolean duplicateConfirmed) throws IOException {
        try {
            EnquiryView taken = enquiries.take(enquiry, duplicateConfirmed);
            Screens.info("Enquiry taken: " + taken.chartNumber() + " is registered as an enquiry.");
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/clients/view.xhtml?id=" + taken.clientId());
        } catch (ClientService.PossibleDuplicateException e) {
            duplicateWarning = true;
            Screens.show(e);
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public List<CounsellorDirectory.Counsellor> getCounsellors() {
        if (counsellorOptions == null) {
            counsellorOptions = counsellors.active();
        }
        return counsellorOptions;
    }

    public NewEnquiry getEnquiry() { return enquiry; }
    public boolean isDuplicateWarning() { return duplicateWarning; }
}
