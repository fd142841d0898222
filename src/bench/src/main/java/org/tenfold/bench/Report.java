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
    private final List<Row> scenarios = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
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

    /** A scenario beside the floor measured with the same number of users in the same rounds. */
    private record Row(ScenarioResult result, ScenarioResult floor, int users) {
    }

    /** The first scenario added is the floor the search ratios refer to. */
    void scenario(ScenarioResult result) {
        if (floor == null) {
            floor = result;
        }
        scenario(result, floor, settings.threads());
    }

    /** A scenario with its own floor (the same trivial page at the same concurrency, in the same rounds). */
    void scenario(ScenarioResult result, ScenarioResult ownFloor, int users) {
        scenarios.add(new Row(result, ownFloor, users));
    }

    void searchMix(ScenarioResult result) {
        searchMix = result;
        scenario(result);
    }

    /** A finished Markdown section (a heading and what follows), printed after the search plans. */
    void section(String markdown) {
        sections.add(markdown);
    }

    /** Requests that failed in any scenario; a run with failures is not a valid measurement. */
    long errors() {
        return scenarios.stream().mapToLong(s -> s.result().overall().errors()).sum();
    }

    List<String> firstErrors() {
        return scenarios.stream().map(s -> s.result().firstError()).filter(e -> e != null).toList();
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
        sections.forEach(section -> md.append('\n').append(section));
        if (!notes.isEmpty()) {
            md.append("\n### Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    private void scenarioTable(StringBuilder md) {
        md.append("Each ratio is to the floor measured with the same number of users in the same rounds.\n\n");
        md.append("| scenario | users | req/s | req/s ÷ floor | p50 ms | p50 × floor | p95 ms | p95 × floor | p99 ms"
                + " | p99 × floor | errors |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row row : scenarios) {
            Measurement m = row.result().overall();
            Measurement f = row.floor().overall();
            md.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %.2f | %.2f | %.1f | %.2f | %.1f | %.2f | %.1f | %d |%n",
                    m.name(), row.users(), m.requestsPerSecond(), m.requestsPerSecond() / f.requestsPerSecond(),
                    m.p50(), m.p50() / f.p50(), m.p95(), m.p95() / f.p95(), m.p99(), m.p99() / f.p99(), m.errors()));
            for (Measurement part : row.result().byTag().values()) {
                if (!part.name().equals(m.name()) && row.result() != searchMix) {
                    md.append(String.format(Locale.ROOT, "| &nbsp;&nbsp;↳ %s | | | | %.2f | %.1f | %.2f | %.1f | %.2f | %.1f | |%n",
                            part.name(), part.p50(), part.p50() / f.p50(), part.p95(), part.p95() / f.p95(), part.p99(),
                            part.p99() / f.p99()));
                }
            }
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
