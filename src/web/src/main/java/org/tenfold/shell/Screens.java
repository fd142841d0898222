package org.tenfold.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;

/** The one place where a screen turns a refusal from a service into messages or an error page. */
public final class Screens {

    private Screens() {
    }

    /** Shows the refusal beside the form: one message per field where the service named fields. */
    public static void show(BusinessException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e.kind() == BusinessException.Kind.NOT_FOUND) {
            notFound();
            return;
        }
        if (e instanceof InvalidInputException invalid && !invalid.fieldErrors().isEmpty()) {
            invalid.fieldErrors().values().forEach(m -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
        } else {
            faces.addMessage(null, new FacesMessage(
                    e.kind() == BusinessException.Kind.CONFLICT ? FacesMessage.SEVERITY_WARN
                            : FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        faces.validationFailed();
    }

    public static void info(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A refusal the screen itself makes (a malformed time, a missing choice): shown, and the form stays open. */
    public static void error(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    /** The 404 page, for an id that is malformed or names nothing. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
