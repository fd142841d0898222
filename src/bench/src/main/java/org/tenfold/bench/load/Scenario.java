package org.tenfold.bench.load;

import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A named stream of probes. Every load thread is one user: it gets its own stream from
 * {@link #forUser(int)} and calls it with its own random source, so a stream may keep that user's
 * state (a session, the next free slot) but must not share mutable state with other users.
 */
public final class Scenario {

    private final String name;
    private final IntFunction<Function<Random, Probe>> users;

    /** Every user draws from the same stateless stream. */
    public Scenario(String name, Function<Random, Probe> next) {
        this(user -> next, name);
    }

    private Scenario(IntFunction<Function<Random, Probe>> users, String name) {
        this.name = name;
        this.users = users;
    }

    /** Each user (0, 1, ...) with a stream of its own, e.g. its own signed-in session. */
    public static Scenario perUser(String name, IntFunction<Function<Random, Probe>> users) {
        return new Scenario(users, name);
    }

    /** The same request every time, under the scenario's name. */
    public static Scenario fixed(String name, java.net.http.HttpRequest request) {
        Probe probe = new Probe(name, request);
        return new Scenario(name, random -> probe);
    }

    public String name() {
        return name;
    }

    public Function<Random, Probe> forUser(int user) {
        return users.apply(user);
    }
}
