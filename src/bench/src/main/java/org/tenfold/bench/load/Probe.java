package org.tenfold.bench.load;

import java.net.http.HttpRequest;

/** One request a scenario wants sent, with the tag its latency is reported under (e.g. the kind of search). */
public record Probe(String tag, HttpRequest request) {
}
