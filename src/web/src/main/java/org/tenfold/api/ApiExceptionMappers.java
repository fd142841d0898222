package org.tenfold.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tenfold.client.ClientService;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.shell.RoleRefusals;

/** Every exception the API can meet, turned into a problem body with the right status. */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {
    }

    static Response forBusiness(BusinessException e, String instance) {
        int status = Failures.status(e.kind());
        return switch (e.kind()) {
            case INVALID_INPUT -> Problems.response(status, Problems.withFieldErrors(
                    Problems.body(status, "invalid-input", "The input is not valid", e.getMessage(), instance),
                    ((InvalidInputException) e).fieldErrors()));
            case NOT_FOUND -> Problems.response(status, "not-found", "Not found", e.getMessage(), instance);
            case CONFLICT -> {
                var body = Problems.body(status, "conflict", "Conflict", e.getMessage(), instance);
                if (e instanceof ClientService.PossibleDuplicateException d) {
                    var numbers = jakarta.json.Json.createArrayBuilder();
                    d.chartNumbers().forEach(numbers::add);
                    body = Problems.body(status, "possible-duplicate", "Possible duplicate client", e.getMessage(),
                            instance).add("chartNumbers", numbers);
                }
                if (e instanceof org.tenfold.scheduling.BookingConflictException b) {
                    var conflicts = jakarta.json.Json.createArrayBuilder();
                    b.conflicts().forEach(c -> conflicts.add(jakarta.json.Json.createObjectBuilder()
                            .add("resource", c.resource().name()).add("name", c.name())
                            .add("appointmentId", c.appointmentId()).add("start", c.start().toString())
                            .add("end", c.end().toString())));
                    body = Problems.body(status, "booking-conflict", "That time is taken", e.getMessage(), instance)
                            .add("conflicts", conflicts);
                }
                if (e instanceof org.tenfold.scheduling.SeriesConflictException sc) {
                    var dates = jakarta.json.Json.createArrayBuilder();
                    sc.dates().forEach(dates::add);
                    body = Problems.body(status, "series-conflict", "Some sessions cannot have that time", e.getMessage(),
                            instance).add("dates", dates);
                }
                yield Problems.response(status, body);
            }
            case STALE -> Problems.response(status, "stale", "Changed by someone else", e.getMessage(), instance);
            case FORBIDDEN -> Problems.response(status, "forbidden", "Forbidden", e.getMessage(), instance);
        };
    }

    /** A role check refused: 401 with a challenge when nobody is signed in, else 403, audited as DENIED. */
    static Response forDenied(SecurityContext security, Request request, String instance) {
        if (security.getUserPrincipal() != null) {
            RoleRefusals.audit(request.getMethod(), instance);
        }
        return forDenied(security, instance);
    }

    static Response forDenied(SecurityContext security, String instance) {
        if (security.getUserPrincipal() == null) {
            return Response.fromResponse(Problems.response(401, "unauthorized", "Not signed in",
                    "Send 'Authorization: Bearer <token>'; POST your credentials to /api/auth/token for one.",
                    instance)).header("WWW-Authenticate", "Bearer realm=\"tenfold\"").build();
        }
        return Problems.response(403, "forbidden", "Forbidden", "Your role does not allow this.", instance);
    }

    @Provider
    public static class Business implements ExceptionMapper<BusinessException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(BusinessException e) {
            return forBusiness(e, uri.getRequestUri().getRawPath());
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<EJBAccessException> {
        @Context
        UriInfo uri;
        @Context
        SecurityContext security;
        @Context
        Request request;

        @Override
        public Response toResponse(EJBAccessException e) {
            return forDenied(security, request, uri.getRequestUri().getRawPath());
        }
    }

    /** An EJB wraps what it did not expect; look inside before calling it a server error. */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Context
        UriInfo uri;
        @Context
        SecurityContext security;
        @Context
        Request request;

        @Override
        public Response toResponse(EJBException e) {
            if (e instanceof EJBAccessException) {
                return forDenied(security, request, uri.getRequestUri().getRawPath());
            }
            BusinessException b = Failures.business(e);
            if (b != null) {
                return forBusiness(b, uri.getRequestUri().getRawPath());
            }
            return serverError(e, uri.getRequestUri().getRawPath());
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;
        @Context
        SecurityContext security;
        @Context
        Request request;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e instanceof jakarta.ws.rs.ForbiddenException || e instanceof jakarta.ws.rs.NotAuthorizedException) {
                // a role check on the resource: one answer, 401 with a challenge when no one is signed in
                return forDenied(security, request, uri.getRequestUri().getRawPath());
            }
            if (status >= 500) {
                return serverError(e, uri.getRequestUri().getRawPath());
            }
            String title = e.getResponse().getStatusInfo().getReasonPhrase();
            String detail = status == 404 ? "There is nothing at this address." : e.getMessage();
            Response problem = Problems.response(status, title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                    title, detail, uri.getRequestUri().getRawPath());
            Response.ResponseBuilder b = Response.fromResponse(problem);
            e.getResponse().getHeaders().forEach((k, v) -> {
                if (!k.equalsIgnoreCase("Content-Type")) {
                    v.forEach(value -> b.header(k, value));
                }
            });
            return b.build();
        }
    }

    /** Malformed JSON, or a value of the wrong type: JSON-B and JAX-RS report it differently. */
    @Provider
    public static class Json implements ExceptionMapper<JsonbException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(JsonbException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof StrictJson.InvalidValue v) {
                    return Problems.response(400, "invalid-input", "The input is not valid", v.getMessage(),
                            uri.getRequestUri().getRawPath());
                }
                if (t instanceof BusinessException b) {
                    return forBusiness(b, uri.getRequestUri().getRawPath());
                }
            }
            return malformedBody(uri);
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof StrictJson.InvalidValue v) {
                    return Problems.response(400, "invalid-input", "The input is not valid", v.getMessage(),
                            uri.getRequestUri().getRawPath());
                }
                if (t instanceof BusinessException b) {
                    return forBusiness(b, uri.getRequestUri().getRawPath());
                }
            }
            return malformedBody(uri);
        }
    }

    static Response malformedBody(UriInfo uri) {
        return Problems.response(400, "malformed-json", "The body is not valid JSON for this call",
                "Check the JSON syntax and the field types (dates as YYYY-MM-DD).", uri.getRequestUri().getRawPath());
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RuntimeException e) {
            return serverError(e, uri.getRequestUri().getRawPath());
        }
    }

    static Response serverError(Throwable e, String instance) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API incident " + incident + " at " + instance, e);
        return Problems.response(500, "server-error", "Something went wrong on our side",
                "The error was logged as incident " + incident + ". Nothing was saved.", instance);
    }
}
