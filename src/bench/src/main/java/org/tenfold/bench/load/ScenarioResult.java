package org.tenfold.bench.load;

import java.util.Map;

/**
 * A scenario's overall measurement, and one per tag when its requests were of several kinds (the
 * search mix): the share of each kind in the mix and its own percentiles. {@code firstError} says
 * what went wrong first, when anything did.
 */
public record ScenarioResult(Measurement overall, Map<String, Measurement> byTag, String firstError) {
}
