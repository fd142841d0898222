package org.tenfold.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.OptionalLong;
import org.tenfold.plan.PlanPdfService.PlanPdfFile;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Ids;
import org.tenfold.shell.Screens;

/**
 * The plan screen's two downloads: the record and the client copy of the version on screen. The plan
 * id comes with the button (a request parameter), so this bean keeps nothing between requests; the
 * service decides access and audits every document made.
 */
@Named
@RequestScoped
public class PlanPdfBacking {

    /** The request parameter the buttons send the plan's id in. */
    public static final String PLAN_PARAM = "pdfPlanId";

    @Inject
    PlanPdfService pdfs;

    public void record() {
        download("clinician");
    }

    public void clientCopy() {
        download("client");
    }

    private void download(String audience) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        OptionalLong planId = Ids.parse(external.getRequestParameterMap().get(PLAN_PARAM));
        if (planId.isEmpty()) {
            Screens.notFound();
            return;
        }
        PlanPdfFile file;
        try {
            file = pdfs.render(planId.getAsLong(), PlanPdfApi.audience(audience));
        } catch (BusinessException e) {
            Screens.show(e);
            return;
        }
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseContentLength(file.pdf().length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(file.pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
