package org.tenfold.bench.load;

import java.net.http.HttpRequest;

/**
 * One step a scenario wants made, with the tag its latency is reported under (e.g. the kind of
 * search) and a description for error messages.
 */
public record Probe(String tag, String description, Exchange exchange) {

    public Probe(String tag, HttpRequest request) {
        this(tag, request.method() + " " + request.uri(), Exchange.of(request));
    }
}
