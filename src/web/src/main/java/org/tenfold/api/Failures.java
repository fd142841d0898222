package org.tenfold.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tenfold.platform.BusinessException;

/**
 * What an exception met while serving a request means for the caller, in one place for the API's
 * exception mappers ({@link ApiExceptionMappers}, problem+json bodies) and the servlets that serve
 * downloads and calendar data (status and message, the container's error page): a refused role is 403 (or
 * 401 to nobody), a client's mistake the status of its {@link BusinessException.Kind}, anything else a
 * server error left to the caller's logging. EJB wrappers are looked inside first.
 */
public final class Failures {

    private Failures() {
    }

    /** The HTTP status of a business refusal. */
    public static int status(BusinessException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE -> 412;
        };
    }

    /** The business refusal inside {@code e} (as thrown, or wrapped by the EJB container), or null. */
    public static BusinessException business(Throwable e) {
        if (e instanceof BusinessException b) {
            return b;
        }
        if (e instanceof EJBException && !(e instanceof EJBAccessException)
                && e.getCause() instanceof BusinessException b) {
            return b;
        }
        return null;
    }

    /** Whether {@code e} is a role check's refusal. */
    public static boolean denied(Throwable e) {
        return e instanceof EJBAccessException;
    }

    /**
     * Answers a servlet's request that met {@code e}: a refusal or a client's mistake gets its status (with
     * the refusal's message, which never carries clinical text); anything else is thrown on for the container
     * to log as the server error it is.
     */
    public static void send(HttpServletResponse response, RuntimeException e) throws IOException {
        if (denied(e)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        BusinessException b = business(e);
        if (b == null) {
            throw e;
        }
        response.sendError(status(b.kind()), b.getMessage());
    }
}
