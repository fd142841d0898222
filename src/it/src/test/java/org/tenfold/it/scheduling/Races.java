package org.tenfold.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.tenfold.it.Api;

/**
 * What racing bookings came back with, and what they must leave behind: no two active appointments of one
 * counsellor, one room or one client at the same time. Shared by the single server's race and the cluster's.
 */
public final class Races {

    private Races() {
    }

    /** The replies counted: bookings made, clean conflicts (409 problem+json), and anything else as sent. */
    public record Tally(int created, int conflicts, List<String> other) {
    }

    public static Tally tally(List<Future<Api.Reply>> replies) throws InterruptedException, ExecutionException {
        int created = 0;
        int conflicts = 0;
        List<String> other = new ArrayList<>();
        for (Future<Api.Reply> f : replies) {
            Api.Reply r = f.get();
            if (r.status() == 201) {
                created++;
            } else if (r.status() == 409 && r.isProblem()) {
                conflicts++;
            } else {
                other.add(r.toString());
            }
        }
        return new Tally(created, conflicts, other);
    }

    /** Fails when the database holds two active appointments that overlap for a counsellor, a room or a client. */
    public static void assertNoOverlaps(Connection db) throws SQLException {
        String overlap = " AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at"
                + " AND a.status NOT IN ('CANCELLED','LATE_CANCEL') AND b.status NOT IN ('CANCELLED','LATE_CANCEL')";
        try (Statement s = db.createStatement()) {
            for (String sql : List.of(
                    "SELECT COUNT(*) FROM appointment a JOIN appointment b ON a.counsellor_id = b.counsellor_id"
                            + " WHERE 1 = 1" + overlap,
                    "SELECT COUNT(*) FROM appointment a JOIN appointment b ON a.room_id = b.room_id WHERE 1 = 1" + overlap,
                    "SELECT COUNT(*) FROM appointment a JOIN appointment_client ac ON ac.appointment_id = a.id"
                            + " JOIN appointment_client bc ON bc.client_id = ac.client_id"
                            + " JOIN appointment b ON b.id = bc.appointment_id WHERE 1 = 1" + overlap)) {
                try (ResultSet r = s.executeQuery(sql)) {
                    r.next();
                    assertEquals(0, r.getInt(1), "overlapping appointments in the database: " + sql);
                }
            }
        }
    }
}
