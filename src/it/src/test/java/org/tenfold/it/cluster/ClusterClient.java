package org.tenfold.it.cluster;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;

/**
 * The JSON API of the cluster, signed in with a token: through HAProxy (HTTPS, the cluster's own certificate
 * trusted and nothing else), or straight at one instance's loopback HTTP port as HAProxy reaches it (saying the
 * request came over HTTPS, which the instances believe of loopback only).
 */
final class ClusterClient {

    private final HttpClient http;
    private final String base;
    private final String token;

    private ClusterClient(HttpClient http, String base, String token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    static HttpClient httpClient(Path certificatePem) {
        try (InputStream in = Files.newInputStream(certificatePem)) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("cluster", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return HttpClient.newBuilder().sslContext(context).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The cluster's certificate " + certificatePem + " cannot be read", e);
        }
    }

    static ClusterClient anonymous(HttpClient http, String base) {
        return new ClusterClient(http, base, null);
    }

    /** Signs a demo account in (password and its development-only second factor) at this address. */
    ClusterClient as(String username) {
        Api.Reply reply = post("api/auth/token", Json.createObjectBuilder().add("username", username)
                .add("password", TestServer.DEMO_PASSWORD).add("code", TestServer.demoCode()).build().toString());
        if (reply.status() != 200) {
            throw new IllegalStateException("Sign-in of " + username + " at " + base + " failed: " + reply);
        }
        return new ClusterClient(http, base, reply.json().getString("token"));
    }

    /** The same signed-in caller, at another address of the cluster. */
    ClusterClient at(String otherBase) {
        return new ClusterClient(http, otherBase, token);
    }

    Api.Reply get(String path) {
        return send(request(path).GET());
    }

    Api.Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Api.Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(90))
                .header("Accept", "application/json");
        if (base.startsWith("http://")) {
            b.header("X-Forwarded-Proto", "https");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Api.Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Location").orElse(null),
                    r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
