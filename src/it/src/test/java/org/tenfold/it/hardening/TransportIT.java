package org.tenfold.it.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.TestServer;

/**
 * What the network sees: HTTPS with this installation's certificate, plain HTTP only redirecting (pages)
 * or refusing (the API), HSTS, a Content-Security-Policy without inline scripts, compressed text, only the
 * application's ports open beyond loopback, management REST only with the generated password, and changes
 * from another site refused.
 */
@ExtendWith(ArquillianExtension.class)
class TransportIT {

    private static final HttpClient CLIENT = TestServer.httpClient(HttpClient.Redirect.NEVER);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void plainHttpRedirectsPagesToHttpsAndRefusesTheApi() {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(TestServer.plainHttpUrl()
                + "login.xhtml?next=%2Fclients%2Flist.xhtml")).GET());
        assertEquals(301, page.statusCode(), page.headers().toString());
        assertEquals(TestServer.baseUrl() + "login.xhtml?next=%2Fclients%2Flist.xhtml",
                page.headers().firstValue("Location").orElse(""));
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(TestServer.plainHttpUrl() + "login.xhtml"))
                .POST(HttpRequest.BodyPublishers.ofString("a=b")).header("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals(308, post.statusCode(), "a POST is redirected without becoming a GET");
        HttpResponse<String> metrics = send(HttpRequest.newBuilder(URI.create(TestServer.plainHttpUrl() + "metrics")).GET());
        assertEquals(301, metrics.statusCode(), "HTTPS first, then the sign-in: " + metrics.headers());
        assertEquals(TestServer.baseUrl() + "metrics", metrics.headers().firstValue("Location").orElse(""));
        HttpResponse<String> api = send(HttpRequest.newBuilder(URI.create(TestServer.plainHttpUrl() + "api/clients"))
                .header("Authorization", "Bearer not-a-token").GET());
        assertEquals(403, api.statusCode(), api.body());
        assertTrue(api.body().contains("https-required"), api.body());
        assertTrue(api.headers().firstValue("Location").isEmpty(), "the API is never redirected");
    }

    @Test
    void httpsUsesThisInstallationsCertificateAndSendsHstsCspAndPermissionsPolicy() throws Exception {
        String subject = TestServer.certificate().getSubjectX500Principal().getName();
        assertTrue(subject.contains("Tenfold") && !subject.contains("Payara"), "not Payara's demo certificate: " + subject);

        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "login.xhtml")).GET());
        assertEquals(200, login.statusCode());
        assertEquals("max-age=31536000", header(login, "Strict-Transport-Security"));
        String csp = header(login, "Content-Security-Policy");
        String scripts = csp.substring(csp.indexOf("script-src"));
        assertTrue(scripts.startsWith("script-src 'self' 'nonce-"), csp);
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), csp);
        assertEquals(1, login.headers().allValues("Content-Security-Policy").size(), "one policy, not two");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
        assertTrue(nonce.find());
        assertTrue(login.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the nonce");
        assertTrue(header(login, "Permissions-Policy").contains("camera=()"));
        assertEquals("DENY", header(login, "X-Frame-Options"));

        HttpResponse<String> api = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "api/clients")).GET());
        assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
                header(api, "Content-Security-Policy"));
        assertEquals("max-age=31536000", header(api, "Strict-Transport-Security"));

        HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl()
                + "error/no-such-page.xhtml")).GET());
        assertEquals(404, missing.statusCode());
        assertEquals(1, missing.headers().allValues("Content-Security-Policy").size(), missing.headers().toString());
    }

    @Test
    void textResponsesAreCompressed() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "login.xhtml")).GET());
        Matcher css = Pattern.compile("href=\"(/jakarta\\.faces\\.resource/theme\\.css\\.xhtml[^\"]*)\"").matcher(login.body());
        assertTrue(css.find(), login.body());
        String themePath = css.group(1).replace("&amp;", "&").substring(1);
        HttpResponse<byte[]> theme = CLIENT.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + themePath))
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, theme.statusCode());
        assertEquals("gzip", theme.headers().firstValue("Content-Encoding").orElse(""), theme.headers().toString());
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(theme.body())).readAllBytes();
        assertTrue(plain.length > 3 * theme.body().length, "CSS compresses well: " + plain.length + " -> "
                + theme.body().length);
        assertTrue(new String(plain, StandardCharsets.UTF_8).contains("{"), "it is the stylesheet");

        // a browser offering HTTP/2 is answered in HTTP/1.1, which Payara compresses (its HTTP/2 does not)
        HttpClient h2 = HttpClient.newBuilder().sslContext(TestServer.sslContext()).version(HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<byte[]> offered = h2.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + themePath))
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(HttpClient.Version.HTTP_1_1, offered.version());
        assertEquals("gzip", offered.headers().firstValue("Content-Encoding").orElse(""));
    }

    @Test
    void onlyTheApplicationsPortsListenBeyondLoopback() throws Exception {
        String pid = Files.readString(TestServer.domainDir().resolve("config/pid")).strip();
        Process ss = new ProcessBuilder("ss", "-Hltnp").redirectErrorStream(true).start();
        String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, ss.waitFor(), out);
        List<String> mine = out.lines().filter(l -> l.contains("pid=" + pid + ",")).toList();
        assertTrue(mine.size() >= 3, "the server's listening sockets (ss -ltnp): " + out);
        List<String> open = new ArrayList<>();
        for (String line : mine) {
            String local = line.trim().split("\\s+")[3];
            String address = local.substring(0, local.lastIndexOf(':'));
            if (!(address.equals("127.0.0.1") || address.equals("[::ffff:127.0.0.1]") || address.equals("[::1]"))) {
                open.add(local);
            }
        }
        Set<String> ports = open.stream().map(l -> l.substring(l.lastIndexOf(':') + 1)).collect(Collectors.toSet());
        assertEquals(Set.of(String.valueOf(TestServer.httpsPort()), URI.create(TestServer.plainHttpUrl()).getPort() + ""),
                ports, "listening beyond loopback: " + open + "\n" + String.join("\n", mine));
        assertTrue(mine.stream().anyMatch(l -> l.contains(":" + TestServer.adminPort() + " ")),
                "the admin listener is there, on loopback: " + mine);
    }

    @Test
    void managementRestNeedsTheGeneratedPassword() {
        URI domain = URI.create("http://127.0.0.1:" + TestServer.adminPort() + "/management/domain");
        HttpClient admin = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        assertEquals(401, send(admin, HttpRequest.newBuilder(domain).header("Accept", "application/json").GET()).statusCode());
        assertEquals(401, send(admin, HttpRequest.newBuilder(domain).header("Accept", "application/json")
                .header("Authorization", basic("admin", "")).GET()).statusCode(), "no empty password");
        assertEquals(200, send(admin, HttpRequest.newBuilder(domain).header("Accept", "application/json")
                .header("X-Requested-By", "tenfold-it").header("Authorization", basic("admin", TestServer.adminPassword()))
                .GET()).statusCode());
    }

    @Test
    void aFormOrApiCallFromAnotherSiteIsRefused() {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "login.xhtml")).GET());
        String form = "login=login&login%3Ausername=frontdesk&login%3Apassword=" + URLEncoder.encode(TestServer.DEMO_PASSWORD,
                StandardCharsets.UTF_8) + "&login%3AsignIn=&jakarta.faces.ViewState=stateless";
        long before = count();
        for (String[] header : List.of(new String[] {"Origin", "https://evil.example"},
                new String[] {"Origin", "null"}, new String[] {"Referer", "https://evil.example/page"},
                new String[] {"Origin", "http://localhost:" + TestServer.httpsPort()})) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header(header[0], header[1])
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            assertEquals(403, r.statusCode(), header[0] + ": " + header[1]);
        }
        HttpResponse<String> api = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "api/auth/token"))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"frontdesk\",\"password\":\"x\"}")));
        assertEquals(403, api.statusCode());
        assertTrue(api.body().contains("foreign-origin"), api.body());
        assertEquals(before, count(), "nothing reached the sign-in: no audit row");
        assertEquals(200, page.statusCode());

        HttpResponse<String> own = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "api/auth/token"))
                .header("Content-Type", "application/json").header("Origin", "https://localhost:" + TestServer.httpsPort())
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"frontdesk\",\"password\":\""
                        + TestServer.DEMO_PASSWORD + "\",\"code\":\"" + TestServer.demoCode() + "\"}")));
        assertEquals(200, own.statusCode(), "this site's own origin passes: " + own.body());
    }

    private static long count() {
        return ((Number) TestServer.queryOne("SELECT COUNT(*) FROM audit_event WHERE actor = 'frontdesk'"
                + " AND action = 'LOGIN' AND outcome <> 'SUCCESS'")).longValue();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        return send(CLIENT, b);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder b) {
        try {
            return client.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
