package org.tenfold.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The API's OpenAPI document made complete and standard after the server has read the annotations
 * (mp.openapi.filter): one operationId per operation from its method and path, every operation's success
 * and error answers with their problem+json body, ETag and Location headers where the API sends them,
 * binary bodies (PDFs, ZIPs, the logo) as binary, the anonymous operations marked as such, the calendar
 * feed (a servlet, which annotations cannot describe), each tag once, and the server's own non-standard
 * additions taken out. The rules are checked against the document the server serves by OpenApiIT
 * (swagger-parser) and by Spectral (openapi.md in src/site/markdown).
 */
public class OpenApiDocument implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiDocument.class.getName());
    static final String PROBLEM = "Problem";
    /**
     * The operations anyone may call, without a bearer token: signing in, a client's one-time report link, the
     * calendar feed (its secret address is the credential). ArchitectureTest keeps this list and the
     * {@code @PermitAll} resource methods in step.
     */
    public static final Set<String> ANONYMOUS = Set.of("POST /api/auth/token", "GET /api/report-links/{token}",
            "GET /feeds/{token}.ics");
    private static final Set<String> BINARY = Set.of("application/pdf", "application/zip", "application/octet-stream",
            "image/png", "image/jpeg", "*/*");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        withoutNonStandardKeys(api);
        api.setServers(List.of(OASFactory.createServer().url("/").description("This server (HTTPS only)")));
        if (api.getInfo() != null && api.getInfo().getContact() == null) {
            api.getInfo().setContact(OASFactory.createContact().name("The clinic's administrator"));
        }
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSchema(PROBLEM, problemSchema());
        addFeed(api);
        Map<String, Tag> tags = new TreeMap<>();
        if (api.getTags() != null) {
            api.getTags().forEach(t -> tags.putIfAbsent(t.getName(), t));
        }
        api.setTags(new ArrayList<>(tags.values()));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> items = api.getPaths().getPathItems();
        for (Map.Entry<String, PathItem> p : items.entrySet()) {
            String path = p.getKey();
            Map<PathItem.HttpMethod, Operation> operations = p.getValue().getOperations();
            if (path.startsWith("/feeds/")) {
                continue; // described in full by addFeed
            }
            boolean versioned = versioned(path, items);
            for (Map.Entry<PathItem.HttpMethod, Operation> o : operations.entrySet()) {
                complete(path, o.getKey(), o.getValue(), versioned);
            }
        }
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation op, boolean versioned) {
        op.setOperationId(operationId(method, path));
        if (op.getDescription() == null && op.getSummary() != null) {
            op.setDescription(op.getSummary());
        }
        boolean anonymous = ANONYMOUS.contains(method + " " + path);
        if (anonymous) {
            op.setSecurity(anonymousSecurity());
        }
        if (op.getParameters() != null) {
            op.getParameters().forEach(OpenApiDocument::typedDefault);
        }
        if (op.getRequestBody() != null) {
            binaryWhereBinary(op.getRequestBody().getContent());
        }
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        Map<String, APIResponse> answers = new LinkedHashMap<>(responses.getAPIResponses() == null ? Map.of()
                : responses.getAPIResponses());
        APIResponse fallback = answers.remove(APIResponses.DEFAULT);
        if (answers.keySet().stream().noneMatch(c -> c.startsWith("2"))) {
            String code = method == PathItem.HttpMethod.DELETE ? "204" : "200";
            APIResponse success = fallback != null ? fallback : OASFactory.createAPIResponse();
            success.setDescription(code.equals("204") ? "Done; no body" : "OK");
            if (code.equals("204")) {
                success.setContent(null);
            }
            answers.put(code, success);
        }
        for (Map.Entry<String, APIResponse> a : answers.entrySet()) {
            String code = a.getKey();
            APIResponse r = a.getValue();
            if (r.getDescription() == null || r.getDescription().isBlank()) {
                r.setDescription(code.startsWith("2") ? "OK" : "See the problem body");
            }
            if (code.startsWith("4") || code.startsWith("5")) {
                r.setContent(problemContent());
            } else {
                binaryWhereBinary(r.getContent());
                if (r.getContent() == null && !code.equals("204") && !code.equals("304")) {
                    r.setContent(OASFactory.createContent().addMediaType("application/json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().type(Schema.SchemaType.OBJECT))));
                }
            }
            if (code.startsWith("2") && !code.equals("204") && versioned
                    && (method == PathItem.HttpMethod.GET || takesIfMatch(op))) {
                header(r, "ETag", "The record's version: send it back in If-Match to change it");
            }
            if (code.equals("201") && r.getHeaders() != null && r.getHeaders().containsKey("Location")) {
                r.getHeaders().get("Location").setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .format("uri"));
            }
        }
        boolean hasInput = op.getRequestBody() != null || (op.getParameters() != null
                && op.getParameters().stream().anyMatch(x -> x.getIn() != Parameter.In.PATH));
        if (hasInput) {
            answers.putIfAbsent("400", error("The input is not valid: the problem names each field"));
        }
        if (!anonymous) {
            answers.putIfAbsent("401", error("Not signed in: send 'Authorization: Bearer <token>'"));
            answers.putIfAbsent("403", error("The caller's role or caseload does not allow this"));
        }
        if (path.contains("{")) {
            answers.putIfAbsent("404", error("No such record (or not one the caller may know of)"));
        }
        if (takesIfMatch(op)) {
            answers.putIfAbsent("412", error("Changed by someone else since the version in If-Match was read"));
        }
        Map<String, APIResponse> ordered = new TreeMap<>(answers);
        responses.setAPIResponses(ordered);
    }

    /**
     * An operation anyone may call: one empty requirement ({@code security: [{}]}), which OpenAPI reads as "no
     * credentials needed" (an empty list would be left out of the document and the global bearer would apply).
     */
    private static List<org.eclipse.microprofile.openapi.models.security.SecurityRequirement> anonymousSecurity() {
        return new ArrayList<>(List.of(OASFactory.createSecurityRequirement()));
    }

    /** "POST /api/appointments/{id}/cancel" → postAppointmentsByIdCancel: one per method and path. */
    static String operationId(PathItem.HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals("api")) {
                continue;
            }
            boolean param = segment.startsWith("{");
            String name = segment.replaceAll("[{}]", "");
            if (param) {
                id.append("By");
            }
            for (String word : name.split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return id.toString();
    }

    /**
     * A record is versioned when a change to it takes If-Match: on its own path (PUT /api/clients/{id}) or as
     * one of its actions (POST /api/appointments/{id}/move); its reads then carry the ETag to send back.
     */
    private static boolean versioned(String path, Map<String, PathItem> items) {
        return items.entrySet().stream()
                .filter(e -> e.getKey().equals(path) || isActionOf(e.getKey(), path))
                .flatMap(e -> e.getValue().getOperations().values().stream())
                .anyMatch(OpenApiDocument::takesIfMatch);
    }

    /**
     * {@code /api/appointments/{id}/move} is an action of {@code /api/appointments/{id}}; {@code /api/clients/{id}}
     * is a record of its own, not an action of {@code /api/clients}.
     */
    private static boolean isActionOf(String candidate, String path) {
        if (!candidate.startsWith(path + "/")) {
            return false;
        }
        String rest = candidate.substring(path.length() + 1);
        return !rest.isEmpty() && !rest.contains("/") && !rest.contains("{");
    }

    private static boolean takesIfMatch(Operation op) {
        return op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
    }

    /** A default written as text for a number or a flag ("50", "false") becomes the number or flag. */
    private static void typedDefault(Parameter p) {
        Schema s = p.getSchema();
        if (s == null || !(s.getDefaultValue() instanceof String text) || s.getType() == null) {
            return;
        }
        try {
            switch (s.getType()) {
                case INTEGER -> s.setDefaultValue(Long.valueOf(text.strip()));
                case NUMBER -> s.setDefaultValue(new java.math.BigDecimal(text.strip()));
                case BOOLEAN -> s.setDefaultValue(Boolean.valueOf(text.strip()));
                default -> {
                }
            }
        } catch (NumberFormatException e) {
            s.setDefaultValue(null);
        }
    }

    private static void binaryWhereBinary(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> m : content.getMediaTypes().entrySet()) {
            String type = m.getKey().toLowerCase(Locale.ROOT);
            Schema s = m.getValue().getSchema();
            boolean arrayWithoutItems = s != null && s.getType() == Schema.SchemaType.ARRAY && s.getItems() == null;
            if (BINARY.contains(type) || type.startsWith("image/") || arrayWithoutItems) {
                m.getValue().setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
            } else if (type.startsWith("text/")) {
                m.getValue().setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
            }
        }
    }

    private static void header(APIResponse r, String name, String description) {
        if (r.getHeaders() == null || !r.getHeaders().containsKey(name)) {
            Header h = OASFactory.createHeader().description(description)
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
            r.addHeader(name, h);
        }
    }

    private static APIResponse error(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    /** RFC 9457 problem details as every error of the API carries them; {@code errors} names bad fields. */
    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("Problem details (RFC 9457)")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("urn:tenfold:problem:<kind>, e.g. invalid-input, not-found, conflict, stale"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("The path of the request"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .description("For invalid input: a message per field")
                        .additionalPropertiesSchema(text));
    }

    /**
     * {@code GET /feeds/{token}.ics}: a counsellor's appointments for a calendar app, served by a servlet
     * (CalendarFeedServlet). Anonymous: the secret address is the credential.
     */
    private static void addFeed(OpenAPI api) {
        if (api.getPaths() == null) {
            api.setPaths(OASFactory.createPaths());
        }
        Operation read = OASFactory.createOperation().summary("A counsellor's calendar feed (iCalendar)")
                .description("The appointments of the feed's owner from 30 days back to 180 days ahead, with a "
                        + "discreet summary and the room; a calendar app polls it with If-None-Match. The secret "
                        + "address is the credential: made, replaced and revoked through /api/calendar-feed.")
                .addTag("Calendar feed")
                .addParameter(OASFactory.createParameter().name("token").in(Parameter.In.PATH).required(true)
                        .description("The feed's secret, 43 URL-safe characters")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).pattern("^[A-Za-z0-9_-]{43}$")))
                .addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                        .description("The ETag of the copy the calendar has")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("The feed")
                                .content(OASFactory.createContent().addMediaType("text/calendar",
                                        OASFactory.createMediaType().schema(OASFactory.createSchema()
                                                .type(Schema.SchemaType.STRING))))
                                .addHeader("ETag", OASFactory.createHeader().description("The feed's version")
                                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING))))
                        .addAPIResponse("304", OASFactory.createAPIResponse().description("Unchanged since the "
                                + "copy named in If-None-Match"))
                        .addAPIResponse("404", OASFactory.createAPIResponse().description("No feed at this address "
                                + "(never made, replaced, revoked, or its owner deactivated: the same answer)")
                                .content(OASFactory.createContent().addMediaType("text/plain",
                                        OASFactory.createMediaType().schema(OASFactory.createSchema()
                                                .type(Schema.SchemaType.STRING))))));
        read.setSecurity(anonymousSecurity());
        read.setOperationId("getFeedIcs");
        api.getPaths().addPathItem("/feeds/{token}.ics", OASFactory.createPathItem().GET(read));
        if (api.getTags() == null || api.getTags().stream().noneMatch(t -> "Calendar feed".equals(t.getName()))) {
            api.addTag(OASFactory.createTag().name("Calendar feed"));
        }
    }

    /**
     * Payara adds a top-level {@code endpoints} map that OpenAPI does not define (validators reject the
     * document for it); it is set before filters run, so it is emptied here and then left out as empty.
     */
    private static void withoutNonStandardKeys(OpenAPI api) {
        try {
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new LinkedHashMap<>());
        } catch (ReflectiveOperationException e) {
            LOG.fine("No endpoints map to empty in " + api.getClass().getName());
        }
    }
}
