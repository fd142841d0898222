package org.tenfold.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What one probe does on the wire: a single request, or a short sequence a browser makes as one
 * step (a page, then its AJAX call for data). Returns null when the answers were as expected, else
 * what went wrong; parts of the sequence may report their own latencies as {@link Laps}.
 */
@FunctionalInterface
public interface Exchange {

    String send(HttpClient http, Laps laps) throws IOException, InterruptedException;

    /** Latencies of the parts of one exchange, by tag (e.g. "page" and "events" of a calendar render). */
    @FunctionalInterface
    interface Laps {
        void lap(String tag, long nanos);
    }

    /** One request; any 2xx answer is a success. The body is read to the end so the connection is reused. */
    static Exchange of(HttpRequest request) {
        return (http, laps) -> {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        };
    }
}
