package org.tenfold.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tenfold.it.TestServer;

/**
 * Plain HTTP for what {@link org.tenfold.it.Api} does not show: every response header, cookies
 * handled by hand (so each test sees exactly what the server sets), forms, and pages outside /api.
 */
final class Http {

    private static final HttpClient CLIENT = TestServer.httpClient(HttpClient.Redirect.NEVER);

    private Http() {
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path)).timeout(Duration.ofSeconds(60));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    static HttpResponse<String> get(String path, String sessionId) {
        HttpRequest.Builder b = request(path).GET();
        if (sessionId != null) {
            b.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return send(b);
    }

    static HttpResponse<String> postJson(String path, String json, String bearer) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            b.header("Authorization", bearer);
        }
        return send(b);
    }

    static HttpResponse<String> getJson(String path, String authorization) {
        HttpRequest.Builder b = request(path).header("Accept", "application/json").GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b);
    }

    static HttpResponse<String> postForm(String path, Map<String, String> fields, String sessionId) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder b = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (sessionId != null) {
            b.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return send(b);
    }

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The Set-Cookie headers for one cookie name, in the order the server sent them. */
    static List<String> setCookies(HttpResponse<String> response, String name) {
        List<String> found = new ArrayList<>();
        for (String header : response.headers().allValues("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                found.add(header);
            }
        }
        return found;
    }

    /** The value of the last JSESSIONID the response set, if any. */
    static Optional<String> sessionId(HttpResponse<String> response) {
        List<String> cookies = setCookies(response, "JSESSIONID");
        if (cookies.isEmpty()) {
            return Optional.empty();
        }
        String last = cookies.get(cookies.size() - 1);
        int end = last.indexOf(';');
        return Optional.of(last.substring("JSESSIONID=".length(), end < 0 ? last.length() : end));
    }

    static String describe(HttpResponse<String> response) {
        String body = response.body();
        return response.statusCode() + " " + response.headers().map() + "\n"
                + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body);
    }

    /** The highest audit row id now, so a test can look at only the rows written after it. */
    static long lastAuditId() throws SQLException {
        try (Connection c = TestServer.database(); PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(MAX(id), 0) FROM audit_event"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Audit rows after the given id, for an actor, oldest first, as column maps. */
    static List<Map<String, String>> auditSince(long afterId, String actor) throws SQLException {
        try (Connection c = TestServer.database(); PreparedStatement s = c.prepareStatement(
                "SELECT id, occurred_at, actor, action, entity_type, entity_id, client_id, outcome, source_address, "
                        + "detail FROM audit_event WHERE id > ? AND actor = ? ORDER BY id")) {
            s.setLong(1, afterId);
            s.setString(2, actor);
            try (ResultSet r = s.executeQuery()) {
                List<Map<String, String>> rows = new ArrayList<>();
                while (r.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        row.put(r.getMetaData().getColumnLabel(i), r.getString(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
