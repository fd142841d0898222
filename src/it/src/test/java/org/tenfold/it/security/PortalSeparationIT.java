package org.tenfold.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.portal.PortalVisitor;
import org.tenfold.it.scheduling.TestMailbox;

/**
 * The two identity stores meet nowhere. The lists come from the model, so a new page or endpoint is covered
 * without touching this test: every operation of the staff API's {@code /openapi} document (every method, its
 * path parameters filled with an existing client's id, a JSON body where one may go), every staff screen (each
 * .xhtml of the web module) and every page of the portal (each .xhtml of the portal module). A signed-in client's
 * portal session (under its own cookie name and under the staff's) is worth exactly what no cookie is: the same
 * status and the same redirect as an anonymous request; an API operation answers 401 or 403 (the anonymous ones,
 * marked so in the document, and one whose input is the bearer token itself, answer as to anyone), never 2xx
 * and never 5xx; a staff screen that is not public in
 * the web module's web.xml sends to the staff's sign-in. A signed-in staff member's session and API token, sent to
 * every page and servlet of the portal (under either cookie name), likewise: each page that is not public in the
 * portal's web.xml sends to the portal's sign-in. The portal's cookie is on /portal only and the staff's never
 * carries a portal sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class PortalSeparationIT {

    private static final HttpClient HTTP = TestServer.httpClient(HttpClient.Redirect.NEVER);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aClientSessionIsRefusedOnEveryStaffAddressAndAStaffSessionOnEveryPortalAddress() throws Exception {
        Api frontDesk = PlanData.frontDesk();
        long client = ClientData.create(frontDesk, ClientData.fullClient("Sol", ClientData.uniqueWord("Apart")))
                .getJsonNumber("id").longValue();
        PortalVisitor portal;
        try (TestMailbox mailbox = TestMailbox.start()) {
            portal = PortalVisitor.signedIn(frontDesk, client, mailbox);
        }
        String portalSession = portal.sessionCookie().orElseThrow().getValue();
        assertEquals(200, portal.get("home.xhtml").status(), "the client is signed in to the portal");
        String staffSession = FormSignIn.session("frontdesk");
        assertEquals(200, Http.get("clients/list.xhtml", staffSession).statusCode(), "front desk is signed in");
        String token = frontDesk.token();

        List<String> mismatches = new ArrayList<>();
        List<String> clientCookies = List.of("PORTALSESSION=" + portalSession, "JSESSIONID=" + portalSession);
        int staffScreens = 0;
        List<String> staffPublic = publicPatterns(TestServer.root().resolve("src/web/src/main/webapp/WEB-INF/web.xml"));
        for (String path : staffScreens()) {
            Answer anonymous = answer("GET", path, null, null);
            boolean open = isPublic(path, staffPublic);
            if (!open && !(anonymous.status() == 302 && anonymous.location() != null
                    && anonymous.location().contains("/login.xhtml"))) {
                mismatches.add(path + " is not public in web.xml, yet a visitor without a session gets " + anonymous);
            }
            for (String cookie : clientCookies) {
                Answer withPortal = answer("GET", path, cookie, null);
                if (!withPortal.sameAs(anonymous)) {
                    mismatches.add(path + " with " + cookie.replaceFirst("=.*", "") + ": " + withPortal + " but anonymous "
                            + anonymous);
                }
            }
            staffScreens++;
        }
        int operations = 0;
        for (Operation op : staffOperations(String.valueOf(client))) {
            Answer anonymous = answer(op.method(), op.path(), null, null);
            for (String cookie : clientCookies) {
                Answer withPortal = answer(op.method(), op.path(), cookie, null);
                String what = op + " with " + cookie.replaceFirst("=.*", "") + ": " + withPortal;
                if (withPortal.status() >= 500 || withPortal.status() / 100 == 2) {
                    mismatches.add(what + " (never 2xx, never 5xx)");
                } else if (!op.anonymous() && !op.takesToken() && withPortal.status() != 401
                        && withPortal.status() != 403) {
                    mismatches.add(what + " (a client session is refused: 401 or 403)");
                } else if (!withPortal.sameAs(anonymous)) {
                    mismatches.add(what + " but anonymous " + anonymous);
                }
            }
            operations++;
        }
        int portalAddresses = 0;
        List<String> portalPublic = publicPatterns(TestServer.root().resolve("src/portal/src/main/webapp/WEB-INF/web.xml"));
        for (String path : portalAddresses()) {
            Answer anonymous = answer("GET", path, null, null);
            boolean page = path.endsWith(".xhtml");
            if (page && !isPublic(path.substring("portal".length()), portalPublic) && !(anonymous.status() == 302
                    && anonymous.location() != null && anonymous.location().endsWith("/portal/signin.xhtml"))) {
                mismatches.add(path + " is not public in the portal's web.xml, yet a visitor without a session gets "
                        + anonymous);
            }
            for (String cookie : List.of("JSESSIONID=" + staffSession, "PORTALSESSION=" + staffSession)) {
                Answer withStaff = answer("GET", path, cookie, null);
                if (!withStaff.sameAs(anonymous)) {
                    mismatches.add(path + " with staff " + cookie.replaceFirst("=.*", "") + ": " + withStaff
                            + " but anonymous " + anonymous);
                }
            }
            Answer withToken = answer("GET", path, null, token);
            if (!withToken.sameAs(anonymous)) {
                mismatches.add(path + " with a staff token: " + withToken + " but anonymous " + anonymous);
            }
            portalAddresses++;
        }
        assertEquals(List.of(), mismatches, "sessions cross between the staff side and the portal");
        assertTrue(staffScreens > 30, "every staff screen was tried: " + staffScreens);
        assertTrue(operations > 150, "every operation of the API was tried: " + operations);
        assertTrue(portalAddresses > 10, "every portal address was tried: " + portalAddresses);
        // and the protected ones were really refused to the other side
        assertEquals(302, answer("GET", "clients/list.xhtml", "JSESSIONID=" + portalSession, null).status());
        assertEquals(401, answer("GET", "api/clients", "JSESSIONID=" + portalSession, null).status());
        assertEquals(401, answer("POST", "api/clients", "PORTALSESSION=" + portalSession, null).status());
        Answer portalHome = answer("GET", "portal/home.xhtml", "JSESSIONID=" + staffSession, null);
        assertEquals(302, portalHome.status());
        assertTrue(portalHome.location().endsWith("/portal/signin.xhtml"), portalHome.location());
        assertEquals(200, portal.get("home.xhtml").status(), "and the client is still signed in");
    }

    /** An answer's status and where it sends the browser. */
    record Answer(int status, String location) {
        boolean sameAs(Answer other) {
            return status == other.status && java.util.Objects.equals(location, other.location);
        }
    }

    /** An operation of the API document, ready to send: its method and its path with the parameters filled. */
    record Operation(String method, String path, boolean anonymous, boolean takesToken) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Answer answer(String method, String path, String cookie, String bearer) throws Exception {
        boolean body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).method(method, body ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody())
                // a change from the server's own pages, so that the same-origin check lets it reach sign-in checks
                .header("Origin", TestServer.baseUrl().replaceFirst("/$", ""));
        if (body) {
            b.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<Void> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding());
        // the login page's "next" names the page asked for; the session ids never appear in it
        return new Answer(r.statusCode(), r.headers().firstValue("Location").orElse(null));
    }

    /** Every staff screen (each .xhtml of the web module) and its servlets. */
    private static List<String> staffScreens() throws Exception {
        List<String> out = new ArrayList<>(xhtml(TestServer.root().resolve("src/web/src/main/webapp"), ""));
        out.add("clients/report-pdf?id=1");
        out.add("clients/record-export?clientId=1");
        return out;
    }

    /**
     * Every operation of the staff API's document, every method: path parameters filled with {@code id} (an
     * existing client's), a code with a questionnaire's code; whether the document marks it as open to anyone.
     */
    private static List<Operation> staffOperations(String id) throws Exception {
        HttpResponse<String> doc = HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl()
                + "openapi?format=JSON")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, doc.statusCode());
        JsonObject paths = Json.createReader(new StringReader(doc.body())).readObject().getJsonObject("paths");
        List<Operation> out = new ArrayList<>();
        java.util.regex.Pattern parameter = java.util.regex.Pattern.compile("\\{([^}]+)}");
        for (Map.Entry<String, JsonValue> p : paths.entrySet()) {
            java.util.regex.Matcher m = parameter.matcher(p.getKey().replaceFirst("^/", ""));
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(path, m.group(1).toLowerCase(java.util.Locale.ROOT).contains("code") ? "PHQ-9" : id);
            }
            m.appendTail(path);
            for (Map.Entry<String, JsonValue> op : p.getValue().asJsonObject().entrySet()) {
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                out.add(new Operation(method, path.toString(), anonymous(op.getValue().asJsonObject()),
                        takesToken(op.getValue().asJsonObject())));
            }
        }
        assertTrue(out.stream().anyMatch(o -> !o.method().equals("GET")), "changes are in the document: " + out);
        return out;
    }

    /**
     * An operation whose input is the bearer token itself (an Authorization header parameter: revoking the token
     * sent): without one it answers every caller alike (400), which is still a refusal, never more.
     */
    private static boolean takesToken(JsonObject operation) {
        return operation.containsKey("parameters") && operation.getJsonArray("parameters").stream()
                .map(JsonValue::asJsonObject).anyMatch(p -> "header".equals(p.getString("in", ""))
                        && "authorization".equalsIgnoreCase(p.getString("name", "")));
    }

    /** An operation the document opens to anyone: an empty security requirement. */
    private static boolean anonymous(JsonObject operation) {
        return operation.containsKey("security") && operation.getJsonArray("security").stream()
                .anyMatch(r -> r.getValueType() == JsonValue.ValueType.OBJECT && r.asJsonObject().isEmpty())
                || operation.containsKey("security") && operation.getJsonArray("security").isEmpty();
    }

    /** The url-patterns of a web.xml's security constraint named "Public" (no sign-in needed). */
    private static List<String> publicPatterns(Path webXml) throws Exception {
        org.w3c.dom.Document d = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(webXml.toFile());
        org.w3c.dom.NodeList collections = d.getElementsByTagName("web-resource-collection");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < collections.getLength(); i++) {
            org.w3c.dom.Element c = (org.w3c.dom.Element) collections.item(i);
            if (c.getElementsByTagName("web-resource-name").item(0).getTextContent().strip().equals("Public")) {
                org.w3c.dom.NodeList patterns = c.getElementsByTagName("url-pattern");
                for (int j = 0; j < patterns.getLength(); j++) {
                    out.add(patterns.item(j).getTextContent().strip());
                }
            }
        }
        assertTrue(!out.isEmpty(), "a Public constraint in " + webXml);
        return out;
    }

    /** Whether a path below the module ({@code error/404.xhtml}) is one of these patterns. */
    private static boolean isPublic(String path, List<String> patterns) {
        String p = path.startsWith("/") ? path : "/" + path;
        return patterns.stream().anyMatch(pattern -> pattern.endsWith("/*")
                ? p.startsWith(pattern.substring(0, pattern.length() - 1)) : p.equals(pattern));
    }

    /** Every page of the portal module and its servlets. */
    private static List<String> portalAddresses() throws Exception {
        List<String> out = new ArrayList<>(xhtml(TestServer.root().resolve("src/portal/src/main/webapp"), "portal/"));
        out.addAll(List.of("portal/", "portal/file?d=1", "portal/start?t=x", "portal/keep", "portal/leave"));
        return out;
    }

    private static List<String> xhtml(Path webapp, String prefix) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(p -> p.toString().endsWith(".xhtml")).sorted().forEach(p -> {
                String rel = webapp.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith("WEB-INF/")) {
                    out.add(prefix + rel);
                }
            });
        }
        return out;
    }
}
