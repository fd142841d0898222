package org.tenfold.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Bulk-loads generated clients into the {@code client} table of a running Tenfold database.
 *
 * <p>Ids are assigned here, from one past the highest id, so that {@code chart_number} can be
 * written in the same INSERT as the rest of the row: it is the same value the application assigns
 * from the id after its own insert, without a second pass over 100,000 rows. That needs nobody else
 * registering clients during the load, which holds for the bench server; a clash would fail on the
 * primary key, never corrupt anything.
 *
 * <p>Standalone: {@code java ... org.tenfold.bench.data.ClientLoader <db port> [count]} against a
 * local Tenfold database (e.g. 3307 for {@code mvn -Prun}, 43307 for the bench server).
 */
public final class ClientLoader {

    /** Rows per multi-row INSERT and per commit: large enough to amortise round trips, small enough for the redo log. */
    public static final int BATCH = 1000;
    /** A fixed seed: every run loads the same clients. */
    static final long SEED = 20240601L;

    private static final String INSERT = """
            INSERT INTO client (id, chart_number, legal_first_name, legal_last_name, preferred_name, pronouns,
                date_of_birth, email, phone, phone_digits_reversed, last_name_tail, address_line1, city, country,
                emergency_name, emergency_relationship, emergency_phone, consent_email, consent_sms, consent_phone,
                consent_post, status, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    /** How a load went. */
    public record Loaded(int inserted, long firstId, long lastId, long millis) {
        public double rowsPerSecond() {
            return millis == 0 ? inserted : inserted * 1000.0 / millis;
        }
    }

    private ClientLoader() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 1) {
            System.err.println("usage: ClientLoader <database port on 127.0.0.1> [count, default 100000]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        try (Connection c = BenchDatabase.local(Integer.parseInt(args[0])).connect()) {
            Loaded loaded = load(c, count);
            System.out.printf("Loaded %,d clients (ids %d-%d) in %.1f s, %,.0f rows/s%n", loaded.inserted(),
                    loaded.firstId(), loaded.lastId(), loaded.millis() / 1000.0, loaded.rowsPerSecond());
        }
    }

    /** Inserts {@code count} new clients after the existing ones, committing every batch. */
    public static Loaded load(Connection c, int count) throws SQLException {
        long start = System.nanoTime();
        long firstId = maxId(c) + 1;
        ClientFactory factory = new ClientFactory(SEED + firstId, LocalDateTime.now(ZoneOffset.UTC));
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (int i = 0; i < count; i++) {
                bind(insert, factory.next(firstId + i));
                insert.addBatch();
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    insert.executeBatch();
                    c.commit();
                }
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return new Loaded(count, firstId, firstId + count - 1, (System.nanoTime() - start) / 1_000_000);
    }

    /** Fresh index statistics after a bulk load, so the optimizer plans with 100,000 rows in mind. */
    public static void analyze(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE client");
        }
    }

    public static long countClients(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM client")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long maxId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM client")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void bind(PreparedStatement p, GeneratedClient g) throws SQLException {
        int i = 0;
        p.setLong(++i, g.id());
        p.setString(++i, g.chartNumber());
        p.setString(++i, g.firstName());
        p.setString(++i, g.lastName());
        p.setString(++i, g.preferredName());
        p.setString(++i, g.pronouns());
        p.setObject(++i, g.dateOfBirth());
        p.setString(++i, g.email());
        p.setString(++i, g.phone());
        p.setString(++i, g.phoneDigitsReversed());
        p.setString(++i, g.lastNameTail());
        p.setString(++i, g.addressLine1());
        p.setString(++i, g.city());
        p.setString(++i, g.country());
        p.setString(++i, g.emergencyName());
        p.setString(++i, g.emergencyRelationship());
        p.setString(++i, g.emergencyPhone());
        p.setBoolean(++i, g.consentEmail());
        p.setBoolean(++i, g.consentSms());
        p.setBoolean(++i, g.consentPhone());
        p.setBoolean(++i, g.consentPost());
        p.setString(++i, g.status());
        p.setObject(++i, g.createdAt());
        p.setObject(++i, g.updatedAt());
    }
}
