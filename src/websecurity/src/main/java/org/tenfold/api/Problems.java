package org.tenfold.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Problem details (RFC 9457) in one shape for every error the API returns. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static JsonObjectBuilder body(int status, String type, String title, String detail, String instance) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "urn:tenfold:problem:" + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            b.add("detail", detail);
        }
        if (instance != null) {
            b.add("instance", instance);
        }
        return b;
    }

    public static Response response(int status, String type, String title, String detail, String instance) {
        return response(status, body(status, type, title, detail, instance));
    }

    public static Response response(int status, JsonObjectBuilder body) {
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }

    public static JsonObjectBuilder withFieldErrors(JsonObjectBuilder body, Map<String, String> errors) {
        JsonObjectBuilder fields = Json.createObjectBuilder();
        errors.forEach(fields::add);
        return body.add("errors", fields);
    }

    /** For the authentication mechanism, which answers before JAX-RS sees the request. */
    public static void write(HttpServletResponse response, int status, String type, String title, String detail,
            String instance) {
        try {
            response.setStatus(status);
            response.setContentType(MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            if (status == HttpServletResponse.SC_UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"tenfold\"");
            }
            response.getWriter().write(body(status, type, title, detail, instance).build().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
