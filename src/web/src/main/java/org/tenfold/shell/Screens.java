package org.tenfold.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;

/** The one place where a screen turns a refusal from a service into messages or an error page. */
public final class Screens {

    private Screens() {
    }

    /** Shows the refusal above the form: one message per field where the service named fields. */
    public static void show(BusinessException e) {
        show(e, field -> null);
    }

    /**
     * Shows the refusal: a field's message beside the component {@code componentOf} names for it (its
     * client id; null for none, above the form), anything else above the form. The form stays open. A
     * record that names nothing is the 404 page; a page opened (not posted) with a record the caller may
     * not use is the 403 page.
     */
    public static void show(BusinessException e, Function<String, String> componentOf) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e.kind() == BusinessException.Kind.NOT_FOUND) {
            notFound();
            return;
        }
        if (e.kind() == BusinessException.Kind.FORBIDDEN && !faces.isPostback()) {
            // a page opened with a record the caller may not use: the "Not allowed" page, not the page half-shown
            sendError(403, "Not allowed");
            return;
        }
        if (e instanceof InvalidInputException invalid && !invalid.fieldErrors().isEmpty()) {
            invalid.fieldErrors().forEach((field, m) -> faces.addMessage(componentOf.apply(field),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
        } else {
            faces.addMessage(null, new FacesMessage(
                    e.kind() == BusinessException.Kind.CONFLICT ? FacesMessage.SEVERITY_WARN
                            : FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        faces.validationFailed();
    }

    /**
     * A save refused because someone else changed the record ({@code what}, e.g. "this item") since the
     * form was opened: the screen has reloaded it into {@code where} ("page", "list"), and the form keeps
     * what was typed, so saving again is a deliberate choice.
     */
    public static void stale(String what, String where) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Someone else changed " + what
                + " since you opened it, so nothing was saved. The " + where + " now shows their version; what you"
                + " typed is still in the form: check it and save again to replace theirs.", null));
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
        sendError(404, "Not found");
    }

    private static void sendError(int status, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getResponseComplete()) {
            return; // answered already by an earlier refusal of the same request
        }
        try {
            faces.getExternalContext().responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
