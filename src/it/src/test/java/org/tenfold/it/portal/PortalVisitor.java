package org.tenfold.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.scheduling.TestMailbox;

/**
 * A client using the portal over plain HTTPS, as a browser without scripts would: its own cookie jar, the forms
 * posted with their view state and the page's Origin. For reading every page and download of a client quickly;
 * the screen test drives Chromium.
 */
public final class PortalVisitor {

    public static final String PORTAL = "portal/";
    private static final Pattern LINK = Pattern.compile("https://\\S+/portal/start\\?t=[A-Za-z0-9_-]+");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    /** One answer: status, where it sent us (Location) and what it said. */
    public record Page(String path, int status, String location, String contentType, String body, byte[] bytes) {
    }

    public PortalVisitor() {
        http = HttpClient.newBuilder().sslContext(TestServer.sslContext()).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies)
                .build();
    }

    /** Staff invite the client; the link is read from the email that reached their address. */
    public static String invite(Api staff, long clientId, TestMailbox mailbox, String email) throws Exception {
        Api.Reply r = staff.post("api/clients/" + clientId + "/portal/invitation", "");
        assertEquals(201, r.status(), r + "; stored consent to email: " + org.tenfold.it.TestServer.queryOne(
                "SELECT consent_email FROM client WHERE id = ?", clientId));
        MimeMessage m = mailbox.awaitOne(email, "Your My space account");
        return linkIn(m);
    }

    public static String linkIn(MimeMessage m) throws Exception {
        String body = m.getContent().toString();
        Matcher link = LINK.matcher(body);
        assertTrue(link.find(), "a link in: " + body);
        return link.group();
    }

    /**
     * A client of the case invited by {@code staff}, who chose {@link PortalData#PASSWORD} from the emailed link and
     * signed in: their own browser.
     */
    public static PortalVisitor signedIn(Api staff, long clientId, TestMailbox mailbox) throws Exception {
        String email = PortalData.email(staff, clientId);
        if (email == null) {
            email = PortalData.giveEmail(clientId);
        }
        PortalVisitor v = new PortalVisitor();
        assertEquals(302, v.choosePassword(invite(staff, clientId, mailbox, email), PortalData.PASSWORD).status());
        Page in = v.signIn(email, PortalData.PASSWORD);
        assertEquals(302, in.status(), in.body());
        return v;
    }

    /**
     * Says where a piece of work stands, on the "To do" page, as the client would: its form found by the piece's
     * key ({@code SELF_CARE:12}), ticked or not, with a comment. The answer is the page after it.
     */
    public Page saveWork(String key, boolean done, String comment) {
        Page tasks = get("tasks.xhtml");
        String anchor = "id=\"task-" + key.replace(':', '-') + "\"";
        int at = tasks.body().indexOf(anchor);
        assertTrue(at >= 0, key + " is offered on the page: " + tasks.body());
        Matcher row = Pattern.compile("name=\"(tasks:taskList:\\d+):comment\"").matcher(tasks.body());
        assertTrue(row.find(at), "the form of " + key);
        String p = row.group(1);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("tasks", "tasks");
        if (done) {
            fields.put(p + ":done", "on");
        }
        fields.put(p + ":comment", comment);
        fields.put(p + ":save", "Save");
        return post("tasks.xhtml", tasks, fields);
    }

    /** The key ({@code HOMEWORK:12}) of the piece of work the "To do" page shows under this title. */
    public String keyOf(String title) {
        String body = get("tasks.xhtml").body();
        int at = body.indexOf(">" + title + "</h2>");
        assertTrue(at >= 0, "\"" + title + "\" is on the page: " + body);
        int section = body.lastIndexOf("id=\"task-", at);
        Matcher m = Pattern.compile("id=\"task-([A-Z_]+)-(\\d+)\"").matcher(body);
        assertTrue(m.find(section));
        return m.group(1) + ":" + m.group(2);
    }

    /** Opens an emailed link and chooses the password there. */
    public Page choosePassword(String link, String password) {
        Page start = getUrl(link);
        assertEquals(303, start.status(), "the link lands and moves on without its token");
        assertTrue(start.location().endsWith("/portal/welcome.xhtml"), start.location());
        Page welcome = get("welcome.xhtml");
        assertEquals(200, welcome.status());
        return post("welcome.xhtml", welcome, Map.of("welcome", "welcome", "welcome:password", password,
                "welcome:repeat", password, "welcome:save", "Save my password"));
    }

    /** Signs in with the email address and password; the answer (303 to home on success). */
    public Page signIn(String email, String password) {
        Page form = get("signin.xhtml");
        assertEquals(200, form.status(), form.body());
        return post("signin.xhtml", form, Map.of("signin", "signin", "signin:email", email, "signin:password", password,
                "signin:go", "Sign in"));
    }

    public Page get(String portalPath) {
        return getUrl(TestServer.baseUrl() + PORTAL + portalPath);
    }

    /** A form of {@code form}'s page posted back with its view state. */
    public Page post(String portalPath, Page form, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        Matcher vs = VIEW_STATE.matcher(form.body());
        assertTrue(vs.find(), "the form's view state on " + form.path());
        all.put("jakarta.faces.ViewState", vs.group(1).replace("&#58;", ":").replace("&amp;", "&"));
        String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        String url = TestServer.baseUrl() + PORTAL + portalPath;
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", TestServer.baseUrl().replaceFirst("/$", "")).POST(HttpRequest.BodyPublishers.ofString(body)),
                url);
    }

    /** A POST without a form (sign-out, leave, keep). */
    public Page postEmpty(String portalPath) {
        String url = TestServer.baseUrl() + PORTAL + portalPath;
        return send(HttpRequest.newBuilder(URI.create(url)).header("Origin", TestServer.baseUrl().replaceFirst("/$", ""))
                .POST(HttpRequest.BodyPublishers.noBody()), url);
    }

    public Page getUrl(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), url);
    }

    private Page send(HttpRequest.Builder b, String url) {
        try {
            HttpResponse<byte[]> r = http.send(b.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Page(url, r.statusCode(), r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(""), new String(r.body(), StandardCharsets.UTF_8),
                    r.body());
        } catch (IOException e) {
            throw new IllegalStateException(url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The portal's session cookie, once there is one. */
    public Optional<HttpCookie> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("PORTALSESSION"))
                .findFirst();
    }

    public CookieManager cookies() {
        return cookies;
    }
}
