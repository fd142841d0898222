package org.tenfold.shell;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.tenfold.platform.BusinessException;

/**
 * The one place where a screen's refusal becomes an answer: a page opened with someone else's record id
 * (a service's access rule refuses), or a role that may not use a service, answers 403 with the "Not
 * allowed" page, and an id that names nothing 404, never a 500. Such a refusal is the caller's, not a
 * fault: it is logged as one line (the service has audited it; a role check is audited here), with no
 * stack trace. Everything else goes on to the wrapped handler.
 */
public class RefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public RefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(RefusalExceptionHandlerFactory.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (faces != null && events.hasNext()) {
                Throwable refusal = refusal(events.next().getContext().getException());
                if (refusal != null) {
                    events.remove();
                    respond(faces, refusal);
                    while (events.hasNext()) { // one answer per request; what followed the refusal is its echo
                        if (refusal(events.next().getContext().getException()) != null) {
                            events.remove();
                        }
                    }
                    break;
                }
            }
            getWrapped().handle();
        }

        /** The refusal inside an exception (EL and Faces wrap what a service threw), or null. */
        static Throwable refusal(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof EJBAccessException) {
                    return c;
                }
                if (c instanceof BusinessException b && (b.kind() == BusinessException.Kind.FORBIDDEN
                        || b.kind() == BusinessException.Kind.NOT_FOUND)) {
                    return c;
                }
            }
            return null;
        }

        static int status(Throwable refusal) {
            return refusal instanceof BusinessException b && b.kind() == BusinessException.Kind.NOT_FOUND ? 404 : 403;
        }

        private static void respond(FacesContext faces, Throwable refusal) {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            int status = status(refusal);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (refusal instanceof EJBAccessException && request.getUserPrincipal() != null) {
                RoleRefusals.audit(request.getMethod(), path);
            }
            LOG.info(() -> (status == 404 ? "Not found: " : "Refused: ") + request.getMethod() + " " + path + " for "
                    + (request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName()));
            try {
                if (faces.getPartialViewContext().isAjaxRequest()) {
                    external.redirect(request.getContextPath() + "/error/" + status + ".xhtml");
                } else if (!external.isResponseCommitted()) {
                    external.responseReset();
                    external.responseSendError(status, status == 404 ? "Not found" : "Not allowed");
                }
            } catch (IOException | IllegalStateException e) {
                LOG.fine(() -> "The refusal's answer could not be sent: " + e);
            }
            faces.responseComplete();
        }
    }
}
