package org.tenfold.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.http.HttpClient;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.tenfold.it.Api;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;
import org.tenfold.it.scheduling.Races;
import org.tenfold.it.scheduling.TestMailbox;
import org.tenfold.it.screens.Browser;
import org.tenfold.launcher.TestCluster;
import org.tenfold.launcher.TestDatabases;

/**
 * The clinic as a group practice runs it: a Payara deployment group of two instances behind HAProxy, one
 * database, started once for every test here ({@link TestCluster}, as the {@code cluster} command starts it).
 * A signed-in counsellor's instance is killed and they carry on at the other, on the same screen with their
 * draft; bookings raced through both instances give exactly one appointment and never an overlap; an account
 * deactivated on one instance is refused on the other at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** Longer than three ticks of each instance's reminder dispatcher (5 s on test servers). */
    private static final Duration SETTLE = Duration.ofSeconds(16);

    private static TestCluster cluster;
    private static HttpClient http;
    private static ClusterClient frontDesk;
    private static ClusterClient admin;
    private static long counsellor;
    private static long counsellor2;
    private static List<Long> rooms;

    @BeforeAll
    static void startCluster() throws Exception {
        int offset = Integer.parseInt(System.getProperty("tenfold.it.offset", "10000")) + 500;
        cluster = TestCluster.start(TestServer.root(), offset);
        http = ClusterClient.httpClient(cluster.certificatePem());
        frontDesk = ClusterClient.anonymous(http, balancer()).as("frontdesk");
        admin = ClusterClient.anonymous(http, balancer()).as("admin");
        Map<String, Long> staff = admin.get("api/staff").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(s -> s.getString("username"), s -> s.getJsonNumber("id").longValue()));
        counsellor = staff.get("counsellor");
        counsellor2 = staff.get("counsellor2");
        rooms = frontDesk.get("api/rooms").json().getJsonArray("items").stream()
                .map(r -> r.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertTrue(rooms.size() >= 2, "the demo clinic has rooms");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.stop();
        }
    }

    private static String balancer() {
        return "https://localhost:" + cluster.balancerPort() + "/";
    }

    private static String instance(int i) {
        return "http://127.0.0.1:" + cluster.instanceHttpPort(i) + "/";
    }

    @Test
    @Order(0)
    void bothInstancesStartedTogetherOnAnEmptyDatabaseSeededTheDemoClinicOnce() {
        assertEquals(12L, ((Number) query("SELECT COUNT(*) FROM client")).longValue(), "the twelve demo clients, once");
        assertEquals(1L, ((Number) query("SELECT COUNT(*) FROM staff WHERE username = ?", "counsellor")).longValue());
        assertEquals(0L, ((Number) query("SELECT COUNT(*) FROM (SELECT version FROM flyway_schema_history"
                + " WHERE version IS NOT NULL GROUP BY version HAVING COUNT(*) > 1) twice")).longValue(),
                "every migration applied once");
    }

    @Test
    @Order(1)
    void bookingsRacedThroughBothInstancesForOneSlotGiveExactlyOneAppointment() throws Exception {
        Instant slot = TestDays.freshWeekday().atTime(15, 0).toInstant(ZoneOffset.UTC);
        List<Long> clients = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            clients.add(newClient());
        }
        List<ClusterClient> doors = List.of(frontDesk.at(instance(1)), frontDesk.at(instance(2)));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                ClusterClient door = doors.get(i % 2);
                long client = clients.get(i);
                replies.add(pool.submit(() -> book(door, counsellor, rooms.get(0), client, slot)));
            }
            Races.Tally t = Races.tally(replies);
            assertEquals(List.of(), t.other(), "no errors, no deadlocks");
            assertEquals(1, t.created(), "exactly one booking wins, whichever instance it went through");
            assertEquals(39, t.conflicts(), "the rest get a clean conflict");
        } finally {
            pool.shutdownNow();
        }
        assertNoOverlapsInTheDatabase();
    }

    @Test
    @Order(2)
    void randomConcurrentBookingsThroughBothInstancesNeverOverlap() throws Exception {
        var day = TestDays.freshWeekday();
        List<Long> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clients.add(newClient());
        }
        List<ClusterClient> doors = List.of(frontDesk.at(instance(1)), frontDesk.at(instance(2)), frontDesk);
        Random random = new Random(20);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                ClusterClient door = doors.get(random.nextInt(doors.size()));
                long who = random.nextBoolean() ? counsellor : counsellor2;
                long room = rooms.get(random.nextInt(2));
                long client = clients.get(random.nextInt(clients.size()));
                // half-hour starts, so that hour-long sessions overlap partly as well as wholly
                Instant start = day.atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(1800L * random.nextInt(12));
                replies.add(pool.submit(() -> book(door, who, room, client, start)));
            }
            Races.Tally t = Races.tally(replies);
            assertEquals(List.of(), t.other(), "only bookings and clean conflicts");
            assertTrue(t.created() > 1, "some bookings were made: " + t.created());
        } finally {
            pool.shutdownNow();
        }
        assertNoOverlapsInTheDatabase();
    }

    @Test
    @Order(3)
    void aSignedInCounsellorWhoseInstanceIsKilledCarriesOnAtTheOtherWithTheirDraft() throws Exception {
        long appointment = heldSessionWithoutNote("counsellor");
        String pin;
        try (InputStream in = Files.newInputStream(cluster.certificatePem())) {
            pin = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(
                    CertificateFactory.getInstance("X.509").generateCertificate(in).getPublicKey().getEncoded()));
        }
        try (Browser b = Browser.open("cluster-failover", balancer(), pin)) {
            b.get("clients/note.xhtml?appointmentId=" + appointment).signIn("counsellor");
            b.waitFor(By.id("note:startNote"));
            b.clickAndWaitForReplacement(By.id("note:startNote"), By.id("note:start"));
            b.waitForText(By.id("note:noteStatus"), "Draft");
            String first = "Spoke about the week before the instance went down.";
            b.type(By.id("note:sections:0:text"), first);
            b.find(By.id("note:sections:0:text")).sendKeys(Keys.TAB);
            b.waitUntil(d -> first.equals(noteSection(appointment, 1)));

            Cookie node = b.driver().manage().getCookieNamed("TENFOLD_NODE");
            assertNotNull(node, "the load balancer names the instance that served the browser");
            int served = Integer.parseInt(node.getValue().replace("instance-", ""));
            cluster.killInstance(served);
            assertFalse(cluster.instanceRunning(served));

            // on the same page, without reloading: the next autosave reaches the other instance, which has the
            // session and the page's view from the data grid
            String second = "Written after the failover.";
            b.type(By.id("note:sections:1:text"), second);
            b.find(By.id("note:sections:1:text")).sendKeys(Keys.TAB);
            b.waitUntil(d -> second.equals(noteSection(appointment, 2)));
            assertTrue(b.url().contains("note.xhtml"), b.url());

            b.get("clients/note.xhtml?appointmentId=" + appointment);
            b.waitForText(By.id("note:noteStatus"), "Draft");
            b.waitFor(By.id("currentUser"));
            assertEquals(first, b.value(By.id("note:sections:0:text")), "the autosaved draft is intact");
            assertEquals(second, b.value(By.id("note:sections:1:text")));
            assertEquals("instance-" + (3 - served), b.driver().manage().getCookieNamed("TENFOLD_NODE").getValue(),
                    "served by the other instance now");
        } finally {
            // the next tests use both instances again
            int down = !cluster.instanceRunning(1) ? 1 : !cluster.instanceRunning(2) ? 2 : 0;
            if (down > 0) {
                cluster.restartInstance(down);
            }
        }
    }

    @Test
    @Order(4)
    void anAccountDeactivatedOnOneInstanceIsRefusedOnTheOtherAtItsNextRequest() {
        ClusterClient supervisorAtTwo = ClusterClient.anonymous(http, instance(2)).as("supervisor");
        assertEquals(200, supervisorAtTwo.get("api/tasks").status(), "signed in at instance 2");
        long supervisor = admin.get("api/staff").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("username").equals("supervisor")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Reply deactivated = admin.at(instance(1)).post("api/staff/" + supervisor + "/deactivate", "{}");
        assertTrue(deactivated.status() == 200 || deactivated.status() == 204, deactivated.toString());
        assertEquals(401, supervisorAtTwo.get("api/tasks").status(), "refused at instance 2 at the next request");
    }

    @Test
    @Order(5)
    void aReminderDueWhileBothInstancesRunIsSentOnce() throws Exception {
        assertTrue(cluster.instanceRunning(1) && cluster.instanceRunning(2), "both dispatchers run");
        Api.Reply settings = admin.put("api/reminders/settings", Json.createObjectBuilder().add("enabled", true)
                .add("leadHours", 24).add("initialsOnly", false).add("senderName", "Appointments").build().toString());
        assertEquals(200, settings.status(), settings.toString());
        String unique = Long.toString(new Random().nextLong(1L << 40), 36);
        Api.Reply staff = admin.post("api/staff", Json.createObjectBuilder().add("username", "clu" + unique)
                .add("displayName", "Morgan Cluster").add("roles", Json.createArrayBuilder().add("COUNSELLOR"))
                .add("password", "cluster-test-" + unique).build().toString());
        assertEquals(201, staff.status(), staff.toString());
        String email = "cluster" + unique + "@example.org";
        Api.Reply client = frontDesk.post("api/clients", Json.createObjectBuilder().add("legalFirstName", "Remi")
                .add("legalLastName", "Cluster" + unique).add("email", email).add("consentEmail", true)
                .add("status", "ACTIVE").build().toString());
        assertEquals(201, client.status(), client.toString());
        try (TestMailbox mailbox = TestMailbox.start(cluster.offset())) {
            Api.Reply booked = admin.post("api/appointments", Json.createObjectBuilder()
                    .add("counsellorId", staff.json().getJsonNumber("id").longValue())
                    .add("clientIds", Json.createArrayBuilder().add(client.json().getJsonNumber("id").longValue()))
                    .add("type", "INDIVIDUAL").add("videoLink", "https://meet.example.org/r/" + unique)
                    .add("start", Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(2)).toString())
                    .add("overrideReason", "Cluster test: the counsellor keeps no hours").build().toString());
            assertEquals(201, booked.status(), booked.toString());
            // no dispatch call: the instances' own dispatchers (every 5 s on each) race for it
            mailbox.awaitOne(email, "Appointment reminder");
            // three more ticks of both dispatchers, to see that no second copy follows
            Thread.sleep(SETTLE.toMillis());
            assertEquals(1, mailbox.to(email).size(), "exactly one reminder across the instances");
        }
    }

    private static String noteSection(long appointment, int section) {
        return (String) query("SELECT section_" + section + " FROM session_note WHERE appointment_id = ?", appointment);
    }

    private static long heldSessionWithoutNote(String username) {
        return ((Number) query("SELECT a.id FROM appointment a JOIN staff s ON s.id = a.counsellor_id"
                + " LEFT JOIN session_note n ON n.appointment_id = a.id WHERE s.username = ? AND n.id IS NULL"
                + " AND a.starts_at < CURRENT_TIMESTAMP AND a.status NOT IN ('CANCELLED','LATE_CANCEL')"
                + " ORDER BY a.starts_at DESC LIMIT 1", username)).longValue();
    }

    private static Object query(String sql, Object... params) {
        try (Connection db = TestDatabases.connect(cluster.dataDir(), cluster.databasePort(),
                TestDatabases.Account.OWNER); PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getObject(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoOverlapsInTheDatabase() throws Exception {
        try (Connection db = TestDatabases.connect(cluster.dataDir(), cluster.databasePort(),
                TestDatabases.Account.OWNER)) {
            Races.assertNoOverlaps(db);
        }
    }

    private static Api.Reply book(ClusterClient api, long counsellorId, long roomId, long client, Instant start) {
        return api.post("api/appointments", Json.createObjectBuilder().add("counsellorId", counsellorId)
                .add("roomId", roomId).add("clientIds", Json.createArrayBuilder().add(client)).add("type", "INDIVIDUAL")
                .add("start", start.toString()).build().toString());
    }

    private static long newClient() {
        String unique = Long.toString(new Random().nextLong(1L << 40), 36);
        Api.Reply r = frontDesk.post("api/clients", "{\"legalFirstName\":\"Cluster\",\"legalLastName\":\"Test" + unique
                + "\",\"status\":\"ACTIVE\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }
}
