package org.tenfold.bench;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tenfold.bench.load.Measurement;
import org.tenfold.bench.load.ScenarioResult;
import org.tenfold.bench.load.SearchKind;
import org.tenfold.bench.plan.QueryPlans.ExplainedQuery;
import org.tenfold.bench.plan.QueryPlans.PlanRow;

/**
 * The results as Markdown, ready for the README: every scenario beside the floor measured in the same
 * run, as ratios, because absolute figures on a shared two-core machine mean little on their own.
 */
final class Report {

    private final BenchSettings settings;
    private final List<String> dataLines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ScenarioResult> scenarios = new ArrayList<>();
    private ScenarioResult floor;
    private ScenarioResult searchMix;
    private List<KindProbe> probes = List.of();

    Report(BenchSettings settings) {
        this.settings = settings;
    }

    void data(String line) {
        dataLines.add(line);
    }

    void note(String line) {
        notes.add(line);
    }

    void probes(List<KindProbe> kindProbes) {
        this.probes = kindProbes;
    }

    /** The first scenario added is the floor every ratio refers to. */
    void scenario(ScenarioResult result) {
        if (floor == null) {
            floor = result;
        }
        scenarios.add(result);
    }

    void searchMix(ScenarioResult result) {
        searchMix = result;
        scenario(result);
    }

    /** Requests that failed in any scenario; a run with failures is not a valid measurement. */
    long errors() {
        return scenarios.stream().mapToLong(s -> s.overall().errors()).sum();
    }

    List<String> firstErrors() {
        return scenarios.stream().map(ScenarioResult::firstError).filter(e -> e != null).toList();
    }

    String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Tenfold benchmark, ").append(LocalDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append(" UTC\n\n");
        md.append(String.format(Locale.ROOT, "%d load threads (closed loop, keep-alive, no cookies), %d s warm-up, then"
                        + " %d s measured per scenario in %d interleaved rounds; server, database and driver on the"
                        + " same %d cores, shared with other work: absolute figures are noisy, the ratios to the"
                        + " floor less so.%n%n", settings.threads(), settings.warmUp().toSeconds(),
                settings.measured().toSeconds(), settings.rounds(), Runtime.getRuntime().availableProcessors()));
        dataLines.forEach(l -> md.append("- ").append(l).append('\n'));
        md.append('\n');
        scenarioTable(md);
        if (searchMix != null) {
            kindTable(md);
        }
        if (!probes.isEmpty()) {
            plans(md);
        }
        if (!notes.isEmpty()) {
            md.append("\n### Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    private void scenarioTable(StringBuilder md) {
        Measurement f = floor.overall();
        md.append("| scenario | req/s | req/s ÷ floor | p50 ms | p50 × floor | p95 ms | p99 ms | p99 × floor | errors |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (ScenarioResult s : scenarios) {
            Measurement m = s.overall();
            md.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %.2f | %.1f | %.2f | %.2f | %.1f | %d |%n",
                    m.name(), m.requestsPerSecond(), m.requestsPerSecond() / f.requestsPerSecond(), m.p50(),
                    m.p50() / f.p50(), m.p95(), m.p99(), m.p99() / f.p99(), m.errors()));
        }
    }

    private void kindTable(StringBuilder md) {
        Measurement f = floor.overall();
        md.append("\n### Search by kind, within the mix\n\n");
        md.append("| kind | example | typical hits | share | p50 ms | p95 ms | p99 ms | p50 × floor |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        long all = searchMix.overall().requests();
        for (Map.Entry<String, Measurement> e : searchMix.byTag().entrySet()) {
            Measurement m = e.getValue();
            KindProbe probe = probes.stream().filter(p -> p.kind().name().equals(e.getKey())).findFirst().orElse(null);
            md.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %.0f %% | %.2f | %.2f | %.2f | %.1f |%n",
                    SearchKind.valueOf(e.getKey()).description(), probe == null ? "" : probe.example(),
                    probe == null ? "" : String.valueOf(probe.medianHits()), 100.0 * m.requests() / all, m.p50(),
                    m.p95(), m.p99(), m.p50() / f.p50()));
        }
    }

    private void plans(StringBuilder md) {
        md.append("\n### Query plans of the SQL the search sends (EXPLAIN, from the general log)\n\n");
        md.append("| kind | statement | access (type / key / rows) | extra |\n");
        md.append("| --- | --- | --- | --- |\n");
        for (KindProbe p : probes) {
            for (ExplainedQuery q : p.queries()) {
                String what = q.sql().toUpperCase(Locale.ROOT).startsWith("SELECT COUNT") ? "count" : "page";
                for (PlanRow r : q.plan()) {
                    md.append(String.format(Locale.ROOT, "| %s | %s | %s / %s / %s | %s |%n", p.kind().name(),
                            what, r.scansEverything() ? "**" + r.type() + "**" : r.type(),
                            r.key().isEmpty() ? "-" : r.key(), r.rows(), r.extra()));
                }
            }
        }
        probes.stream().flatMap(p -> p.queries().stream()).findFirst().ifPresent(q ->
                md.append("\nExample statement (").append(probes.get(0).kind().name()).append("):\n\n```sql\n")
                        .append(q.sql()).append("\n```\n"));
    }
}
