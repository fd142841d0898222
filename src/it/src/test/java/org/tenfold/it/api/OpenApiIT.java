package org.tenfold.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.TestServer;

/**
 * The OpenAPI document the server serves, judged by a validator nobody here wrote (swagger-parser): no
 * errors in the YAML or the JSON, one operationId per operation, a documented success and problem+json
 * errors for every operation, ETag and Location where the API sends them, binary PDFs, the anonymous
 * operations marked, the calendar feed described.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    private static final Set<String> ANONYMOUS = Set.of("POST /api/auth/token", "GET /api/report-links/{token}",
            "GET /feeds/{token}.ics");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private static String fetch(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        HttpResponse<String> r = TestServer.httpClient(HttpClient.Redirect.NEVER).send(b.build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    private static OpenAPI parse(String text, String what) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(),
                "swagger-parser finds no error in the " + what);
        assertNotNull(result.getOpenAPI(), what);
        return result.getOpenAPI();
    }

    @Test
    void theDocumentIsValidAsYamlAndAsJson() throws Exception {
        String yaml = fetch("openapi", null);
        String json = fetch("openapi?format=JSON", null);
        assertFalse(yaml.contains("\nendpoints:"), "no non-standard top-level key");
        assertFalse(json.contains("\"endpoints\""), "no non-standard top-level key");
        OpenAPI fromYaml = parse(yaml, "YAML document");
        OpenAPI fromJson = parse(json, "JSON document");
        assertEquals(fromYaml.getPaths().keySet(), fromJson.getPaths().keySet());
        List<String> tags = fromYaml.getTags().stream().map(t -> t.getName()).toList();
        assertEquals(new HashSet<>(tags).size(), tags.size(), "each tag once: " + tags);
    }

    @Test
    void everyOperationHasItsOwnIdAndDocumentsSuccessAndProblems() throws Exception {
        OpenAPI api = parse(fetch("openapi", null), "YAML document");
        Set<String> ids = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> o : p.getValue().readOperationsMap().entrySet()) {
                operations++;
                String name = o.getKey() + " " + p.getKey();
                Operation op = o.getValue();
                if (op.getOperationId() == null || !ids.add(op.getOperationId())) {
                    wrong.add(name + ": operationId " + op.getOperationId() + " missing or repeated");
                }
                Map<String, ApiResponse> responses = op.getResponses();
                if (responses.keySet().stream().noneMatch(c -> c.startsWith("2"))) {
                    wrong.add(name + ": no success response");
                }
                if (responses.containsKey("default")) {
                    wrong.add(name + ": an undocumented 'default' response");
                }
                if (!p.getKey().startsWith("/feeds/") && responses.keySet().stream().noneMatch(c -> c.startsWith("4"))) {
                    wrong.add(name + ": no error response");
                }
                for (Map.Entry<String, ApiResponse> r : responses.entrySet()) {
                    if (r.getKey().startsWith("4") && !p.getKey().startsWith("/feeds/")
                            && (r.getValue().getContent() == null
                                    || !r.getValue().getContent().containsKey("application/problem+json"))) {
                        wrong.add(name + " " + r.getKey() + ": not a problem+json body");
                    }
                    if (r.getKey().equals("201") && !p.getKey().endsWith("/series") && (r.getValue().getHeaders() == null
                            || !r.getValue().getHeaders().containsKey("Location"))
                            && op.getDescription() != null && op.getResponses().get("201").getDescription().contains("Location")) {
                        wrong.add(name + ": 201 without its Location header");
                    }
                    MediaType pdf = r.getValue().getContent() == null ? null : r.getValue().getContent().get("application/pdf");
                    if (pdf != null && !"binary".equals(pdf.getSchema().getFormat())) {
                        wrong.add(name + ": a PDF that is not binary");
                    }
                }
                boolean anonymous = op.getSecurity() != null && op.getSecurity().stream().anyMatch(Map::isEmpty);
                if (anonymous != ANONYMOUS.contains(name)) {
                    wrong.add(name + (anonymous ? ": marked anonymous" : ": anonymous but not marked so"));
                }
                if (!anonymous && !responses.containsKey("401")) {
                    wrong.add(name + ": no 401 documented");
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(operations > 90, "the whole API is described: " + operations);
    }

    @Test
    void readsCarryTheirETagAndTheFeedIsDescribed() throws Exception {
        OpenAPI api = parse(fetch("openapi", null), "YAML document");
        ApiResponse appointment = api.getPaths().get("/api/appointments/{id}").getGet().getResponses().get("200");
        assertNotNull(appointment, "GET /api/appointments/{id} is an ordinary read");
        assertTrue(appointment.getHeaders() != null && appointment.getHeaders().containsKey("ETag"),
                "a versioned record's read carries its ETag");
        ApiResponse created = api.getPaths().get("/api/clients").getPost().getResponses().get("201");
        assertTrue(created.getHeaders().containsKey("Location"), "a new client's address");
        Operation feed = api.getPaths().get("/feeds/{token}.ics").getGet();
        assertTrue(feed.getResponses().get("200").getContent().containsKey("text/calendar"));
        assertTrue(feed.getResponses().containsKey("304") && feed.getResponses().containsKey("404"));
    }
}
