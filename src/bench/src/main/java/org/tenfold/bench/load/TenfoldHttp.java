package org.tenfold.bench.load;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests the benchmark sends to a Tenfold server on localhost, and the few single calls it
 * makes around the load (sign in for a token, wait for the server, look at one answer).
 */
public final class TenfoldHttp {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    /** The demo accounts' TOTP secret: development only, documented beside the demo logins. */
    static final String DEMO_TOTP_SECRET = "TENFOLDDEMOONLYDEVELOPMENTXXXXXX";

    private final HttpClient http;
    private final String base;
    private String bearer;

    /** The server's HTTPS port and its certificate (the only one trusted). */
    public TenfoldHttp(int httpsPort, Path certificate) {
        this(httpsPort, certificate, false);
    }

    /**
     * With {@code keepCookies}, a cookie jar of its own as a browser has (a load balancer's cookie naming the
     * instance that served it is sent back, so this client stays with that instance).
     */
    public TenfoldHttp(int httpsPort, Path certificate, boolean keepCookies) {
        // HTTP/1.1 explicitly, as browsers and scripts of a small clinic mostly are
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trusting(certificate))
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER);
        if (keepCookies) {
            b.cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL));
        }
        this.http = b.build();
        this.base = "https://localhost:" + httpsPort;
    }

    /** TLS that trusts exactly the server's certificate, for clients that make their own connections. */
    public static SSLContext trustingCertificate(Path certificate) {
        return trusting(certificate);
    }

    static SSLContext trusting(Path certificate) {
        try (InputStream in = Files.newInputStream(certificate)) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("tenfold", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The bench server's certificate " + certificate + " cannot be read", e);
        }
    }

    /** The demo accounts' current second-factor code (their TOTP secret is development only, see README). */
    public static String demoCode() {
        try {
            return new DefaultCodeGenerator().generate(DEMO_TOTP_SECRET, System.currentTimeMillis() / 1000 / 30);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpClient client() {
        return http;
    }

    public String base() {
        return base;
    }

    /** Waits until the page answers 200; the first request after a deploy can take many seconds. */
    public void awaitOk(String path, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(page(path), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(base + path + " did not answer 200 within " + timeout.toSeconds() + " s");
    }

    /** Exchanges the demo front-desk account for a bearer token (one slow password hash, then none). */
    public void signIn(String username, String password) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + password + "\",\"code\":\"" + demoCode() + "\"}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("No token for " + username + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
        bearer = "Bearer " + m.group(1);
    }

    /** An anonymous GET, as a browser's first visit (no cookie). */
    public HttpRequest page(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** {@code GET /api/clients?q=...&size=20} with the bearer token. */
    public HttpRequest search(String text) {
        // %20, not URLEncoder's '+': a query parameter is not a form field
        String q = URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        return api("/api/clients?q=" + q + "&size=20");
    }

    /** {@code GET /api/clients/{id}} with the bearer token. */
    public HttpRequest client(long id) {
        return api("/api/clients/" + id);
    }

    /** {@code POST /api/appointments} with the bearer token: one booking. */
    public HttpRequest book(String json) {
        requireToken();
        return HttpRequest.newBuilder(URI.create(base + "/api/appointments")).timeout(Duration.ofSeconds(60))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private void requireToken() {
        if (bearer == null) {
            throw new IllegalStateException("signIn first");
        }
    }

    /** A GET of any API path with the bearer token. */
    public HttpRequest get(String pathAndQuery) {
        return api(pathAndQuery);
    }

    /** A GET of an API path that answers in another type (text/csv). */
    public HttpRequest get(String pathAndQuery, String accept) {
        return get(pathAndQuery, accept, Duration.ofSeconds(30));
    }

    /** A GET that may take long (a walk of a million audit events). */
    public HttpRequest get(String pathAndQuery, String accept, Duration timeout) {
        requireToken();
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(timeout)
                .header("Authorization", bearer).header("Accept", accept).GET().build();
    }

    /** A POST without a body with the bearer token (POST /api/backups). */
    public HttpRequest post(String path) {
        requireToken();
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30))
                .header("Authorization", bearer).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private HttpRequest api(String pathAndQuery) {
        requireToken();
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer).header("Accept", "application/json").GET().build();
    }

    /** Sends one request and returns the answer, for checks outside the measured load. */
    public HttpResponse<String> once(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code total} of a search answer, or -1 when the body has none. */
    public static long totalOf(String searchBody) {
        Matcher m = TOTAL.matcher(searchBody);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
