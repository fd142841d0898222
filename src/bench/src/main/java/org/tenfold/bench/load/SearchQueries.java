package org.tenfold.bench.load;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic search texts, a few hundred per kind, made from clients sampled at random from the
 * database under test, so the mix measures searches that find people rather than empty answers.
 */
public final class SearchQueries {

    private static final int SAMPLE = 400;

    private final Map<SearchKind, List<String>> byKind;

    private SearchQueries(Map<SearchKind, List<String>> byKind) {
        this.byKind = byKind;
    }

    public static SearchQueries sample(Connection c) throws SQLException {
        List<SearchKind.SampledClient> clients = new ArrayList<>();
        // ORDER BY RAND() reads the whole table once; fine for one query before the load starts
        clients.addAll(select(c, "SELECT id, chart_number, legal_first_name, legal_last_name, last_name_tail, email,"
                + " phone FROM client ORDER BY RAND() LIMIT " + SAMPLE));
        clients.addAll(select(c, "SELECT id, chart_number, legal_first_name, legal_last_name, last_name_tail, email,"
                + " phone FROM client WHERE last_name_tail IS NOT NULL ORDER BY RAND() LIMIT " + SAMPLE));
        Map<SearchKind, List<String>> byKind = new EnumMap<>(SearchKind.class);
        for (SearchKind kind : SearchKind.values()) {
            List<String> texts = clients.stream().filter(kind::applies).map(kind::query).limit(SAMPLE).toList();
            if (texts.isEmpty()) {
                throw new IllegalStateException("No client in the database gives a " + kind + " query");
            }
            byKind.put(kind, texts);
        }
        return new SearchQueries(byKind);
    }

    public List<String> texts(SearchKind kind) {
        return byKind.get(kind);
    }

    /** Every kind equally often, each request with a text of that kind picked at random. */
    public Scenario mix(String name, TenfoldHttp http) {
        SearchKind[] kinds = SearchKind.values();
        // requests built up front: building one inside the measured loop would add the driver's own cost
        Map<SearchKind, List<HttpRequest>> requests = new EnumMap<>(SearchKind.class);
        byKind.forEach((kind, texts) -> requests.put(kind, texts.stream().map(http::search).toList()));
        return new Scenario(name, random -> {
            SearchKind kind = kinds[random.nextInt(kinds.length)];
            List<HttpRequest> options = requests.get(kind);
            return new Probe(kind.name(), options.get(random.nextInt(options.size())));
        });
    }

    /** Existing clients by id, spread at random over the loaded range. */
    public static Scenario byId(String name, TenfoldHttp http, long firstId, long lastId) {
        Random ids = new Random(7);
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            requests.add(http.client(firstId + (long) (ids.nextDouble() * (lastId - firstId + 1))));
        }
        return new Scenario(name, random -> new Probe(name, requests.get(random.nextInt(requests.size()))));
    }

    private static List<SearchKind.SampledClient> select(Connection c, String sql) throws SQLException {
        List<SearchKind.SampledClient> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new SearchKind.SampledClient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        return out;
    }
}
