package org.tenfold.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The raw latencies of a scenario, by tag, possibly over several measured windows: the bench
 * interleaves the floor and the scenarios in rounds, so that a machine shared with other work
 * slows them alike, and merges each scenario's rounds before computing percentiles.
 */
public final class Samples {

    private final Map<String, List<Latencies>> byTag = new TreeMap<>();
    private final Map<String, List<Latencies>> laps = new TreeMap<>();
    private final Map<String, Long> errorsByTag = new HashMap<>();
    private double seconds;
    private String firstError;

    void add(String tag, Latencies latencies, long errors) {
        byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(latencies);
        errorsByTag.merge(tag, errors, Long::sum);
    }

    void addLap(String tag, Latencies latencies) {
        laps.computeIfAbsent(tag, k -> new ArrayList<>()).add(latencies);
    }

    void addSeconds(double windowSeconds) {
        seconds += windowSeconds;
    }

    void error(String description) {
        if (firstError == null) {
            firstError = description;
        }
    }

    /** Takes in another window of the same scenario. */
    public void addAll(Samples other) {
        other.byTag.forEach((tag, parts) -> byTag.computeIfAbsent(tag, k -> new ArrayList<>()).addAll(parts));
        other.laps.forEach((tag, parts) -> laps.computeIfAbsent(tag, k -> new ArrayList<>()).addAll(parts));
        other.errorsByTag.forEach((tag, n) -> errorsByTag.merge(tag, n, Long::sum));
        seconds += other.seconds;
        error(other.firstError);
    }

    public ScenarioResult result(String name) {
        Map<String, Measurement> tagged = new TreeMap<>();
        List<Latencies> all = new ArrayList<>();
        byTag.forEach((tag, parts) -> {
            tagged.put(tag, Measurement.of(tag, Latencies.mergeSorted(parts), errorsByTag.getOrDefault(tag, 0L),
                    seconds));
            all.addAll(parts);
        });
        // parts of probes are shown by tag, but the scenario's own figures are of whole probes only
        laps.forEach((tag, parts) -> tagged.put(tag, Measurement.of(tag, Latencies.mergeSorted(parts), 0, seconds)));
        long errors = errorsByTag.values().stream().mapToLong(Long::longValue).sum();
        return new ScenarioResult(Measurement.of(name, Latencies.mergeSorted(all), errors, seconds), tagged,
                firstError);
    }
}
