package org.tenfold.bench.load;

import java.util.Random;
import java.util.function.Function;

/**
 * A named stream of requests. The function is called by every load thread with that thread's own
 * random source, so it must not share mutable state.
 */
public record Scenario(String name, Function<Random, Probe> next) {

    /** The same request every time, under the scenario's name. */
    public static Scenario fixed(String name, java.net.http.HttpRequest request) {
        Probe probe = new Probe(name, request);
        return new Scenario(name, random -> probe);
    }
}
