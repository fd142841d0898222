package org.tenfold.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the JSON API, signed in with a bearer token (or anonymous). */
public final class Api {

    private static final HttpClient HTTP = TestServer.httpClient(HttpClient.Redirect.NEVER);

    private final String token;

    private Api(String token) {
        this.token = token;
    }

    public static Api anonymous() {
        return new Api(null);
    }

    /** Exchanges the demo account's credentials for a token. */
    public static Api as(String username) {
        return as(username, TestServer.DEMO_PASSWORD);
    }

    public static Api as(String username, String password) {
        // the demo accounts' second factor in one place; an account without one ignores the code
        Reply reply = anonymous().post("api/auth/token", Json.createObjectBuilder().add("username", username)
                .add("password", password).add("code", TestServer.demoCode()).build().toString());
        if (reply.status() != 200) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + reply);
        }
        return new Api(reply.json().getString("token"));
    }

    public String token() {
        return token;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return post(path, json, null);
    }

    /** A POST that changes a versioned record (a move): If-Match carries the version it was read at. */
    public Reply post(String path, String json, String ifMatch) {
        return send(ifMatch(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), ifMatch));
    }

    public Reply put(String path, String json, String ifMatch) {
        return send(ifMatch(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), ifMatch));
    }

    private static HttpRequest.Builder ifMatch(HttpRequest.Builder b, String ifMatch) {
        return ifMatch == null ? b : b.header("If-Match", ifMatch);
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Location").orElse(null),
                    r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public record Reply(int status, String contentType, String etag, String location, String body) {

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                JsonStructure s = reader.read();
                return s.asJsonObject();
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
