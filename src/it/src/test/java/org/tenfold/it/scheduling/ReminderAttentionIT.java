package org.tenfold.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;

/**
 * Reminders that need an administrator, through the API against the real server, database and SMTP
 * server: a message claimed long ago and never marked sent (made by SQL, as a server that stopped
 * leaves it) and one that could not be sent are listed for administrators only, without message
 * text; "send again" puts one back in the queue and the server's dispatcher sends it; it is refused
 * for an appointment that has begun or was cancelled; "handled" takes it off the list; a row that a
 * server marked sent meanwhile is left alone with "already changed"; every action is audited.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderAttentionIT {

    /** A random week at least 60 years ahead, so no other test's booking is ever near. */

    private static TestMailbox mailbox;
    private static Api admin;
    private static Api frontDesk;
    private static Api counsellorApi;
    private static long counsellor;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void setUp() {
        mailbox = TestMailbox.start();
        admin = Api.as("admin");
        frontDesk = Api.as("frontdesk");
        counsellorApi = Api.as("counsellor");
        // a counsellor of this test's own, so no other test's appointment is ever in the way
        String username = ClientData.uniqueWord("att").toLowerCase(Locale.ROOT);
        Api.Reply created = admin.post("api/staff", Json.createObjectBuilder().add("username", username)
                .add("displayName", "Robin Attention").add("roles", Json.createArrayBuilder().add("COUNSELLOR"))
                .add("password", "attention-test-" + username).build().toString());
        assertEquals(201, created.status(), created.toString());
        counsellor = created.json().getJsonNumber("id").longValue();
        Api.Reply settings = admin.put("api/reminders/settings", Json.createObjectBuilder().add("enabled", true)
                .add("leadHours", 24).add("initialsOnly", false).add("senderName", "Appointments").build()
                .toString(), null);
        assertEquals(200, settings.status(), settings.toString());
    }

    @AfterAll
    static void tearDown() {
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @Test
    void aReminderThatMayNotHaveBeenSentIsListedForAdministratorsAndSentAgain() throws Exception {
        Person p = person("Dana");
        Instant start = nextSlot();
        long appointment = book(p, start);
        long id = makeStuck(appointment, p);

        JsonObject item = listed(id).orElseThrow(() -> new AssertionError("reminder " + id + " is not listed"));
        assertEquals("REMINDER", item.getString("kind"));
        assertEquals("MAY_NOT_HAVE_BEEN_SENT", item.getString("trouble"));
        assertEquals("may not have been sent", item.getString("problem"));
        assertEquals(appointment, item.getJsonNumber("appointmentId").longValue());
        assertEquals(start, Instant.parse(item.getString("appointmentStart")));
        assertEquals(p.id(), item.getJsonNumber("clientId").longValue());
        assertEquals("Dana " + p.lastName(), item.getString("clientName"));
        assertEquals(p.email(), item.getString("email"));
        Instant since = Instant.parse(item.getString("since"));
        assertTrue(since.isBefore(Instant.now().minus(Duration.ofMinutes(20))), "when it was claimed: " + since);
        assertEquals(JsonValue.NULL, item.get("note"));
        assertFalse(item.containsKey("subject") || item.containsKey("body"), "no message text: " + item);
        JsonObject all = admin.get("api/reminders/attention").json();
        assertTrue(all.getJsonNumber("total").longValue() >= 1, all.toString());
        assertEquals(15, all.getInt("unconfirmedAfterMinutes"));

        for (Api other : List.of(frontDesk, counsellorApi)) {
            ClientData.assertProblem(other.get("api/reminders/attention"), 403, "forbidden");
            ClientData.assertProblem(other.post("api/reminders/" + id + "/resend", ""), 403, "forbidden");
            ClientData.assertProblem(other.post("api/reminders/" + id + "/handled", ""), 403, "forbidden");
        }
        assertEquals("CLAIMED", status(id), "refused callers change nothing");

        Api.Reply resent = admin.post("api/reminders/" + id + "/resend", "");
        assertEquals(200, resent.status(), resent.toString());
        assertEquals("PENDING", resent.json().getString("status"));
        // the server's own dispatcher (every 5 s on the test server) sends it, written afresh
        mailbox.awaitOne(p.email(), "Appointment reminder");
        assertEquals("SENT", awaitStatus(id, "SENT"));
        assertEquals(1, ClientData.count("SELECT COUNT(*) FROM appointment_reminder WHERE id = ? AND"
                + " claimed_at > UTC_TIMESTAMP(6) - INTERVAL 5 MINUTE AND attempts = 0", id),
                "claimed afresh by the dispatcher before it was sent");
        assertTrue(listed(id).isEmpty(), "no longer listed once sent");
        assertEquals(1, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'REMINDER_RESEND'"
                + " AND entity_type = 'AppointmentReminder' AND entity_id = ? AND actor = 'admin' AND client_id = ?"
                + " AND outcome = 'SUCCESS'", String.valueOf(id), p.id()), "sending again is audited");
        assertEquals(1, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'REMINDER_SENT'"
                + " AND entity_id = ? AND client_id = ?", String.valueOf(appointment), p.id()));

        // sent now: another "send again" is refused and sends nothing
        ClientData.assertProblem(admin.post("api/reminders/" + id + "/resend", ""), 409, "conflict");
        assertEquals(1, mailbox.to(p.email()).size(), "sent once");
    }

    @Test
    void sendingAgainIsRefusedForAnAppointmentThatHasBegunOrWasCancelledAndHandledTakesItOffTheList()
            throws Exception {
        Person early = person("Ellis");
        long begun = book(early, nextSlot());
        long begunId = makeStuck(begun, early);
        // the appointment now lies in the past (decades ago, where no other test looks)
        Instant past = LocalDate.now(ZoneOffset.UTC).minusYears(60).minusWeeks(ThreadLocalRandom.current()
                .nextInt(2000)).atTime(10, 0).toInstant(ZoneOffset.UTC);
        sql("UPDATE appointment SET starts_at = ?, ends_at = ? WHERE id = ?", past.atOffset(ZoneOffset.UTC)
                .toLocalDateTime(), past.plus(Duration.ofMinutes(50)).atOffset(ZoneOffset.UTC).toLocalDateTime(), begun);
        JsonObject refused = ClientData.assertProblem(admin.post("api/reminders/" + begunId + "/resend", ""), 409,
                "conflict");
        assertTrue(refused.getString("detail").contains("already begun"), refused.toString());
        assertEquals("CLAIMED", status(begunId), "nothing changed");

        Person cancelled = person("Frankie");
        JsonObject appointment = bookJson(cancelled, nextSlot());
        long cancelledAppointment = appointment.getJsonNumber("id").longValue();
        long cancelledId = makeStuck(cancelledAppointment, cancelled);
        Api.Reply cancel = frontDesk.post("api/appointments/" + cancelledAppointment + "/cancel",
                "{\"reason\":\"Client asked to cancel\"}");
        assertEquals(200, cancel.status(), cancel.toString());
        refused = ClientData.assertProblem(admin.post("api/reminders/" + cancelledId + "/resend", ""), 409,
                "conflict");
        assertTrue(refused.getString("detail").contains("cancelled"), refused.toString());
        assertEquals("CLAIMED", status(cancelledId), "nothing changed");
        assertEquals(0, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'REMINDER_RESEND'"
                + " AND entity_id IN (?, ?)", String.valueOf(begunId), String.valueOf(cancelledId)),
                "a refusal is not an action");

        // the administrator phoned them instead
        for (long id : List.of(begunId, cancelledId)) {
            assertTrue(listed(id).isPresent(), "still listed after the refusal");
            Api.Reply handled = admin.post("api/reminders/" + id + "/handled", "");
            assertEquals(200, handled.status(), handled.toString());
            assertEquals("HANDLED", handled.json().getString("status"));
            assertTrue(listed(id).isEmpty(), "handled: no longer listed");
            assertEquals("HANDLED", status(id));
            assertEquals("handled by admin (was may not have been sent)",
                    ClientData.text("SELECT note FROM appointment_reminder WHERE id = ?", id));
            assertEquals(1, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'REMINDER_HANDLED'"
                    + " AND entity_type = 'AppointmentReminder' AND entity_id = ? AND actor = 'admin'"
                    + " AND outcome = 'SUCCESS'", String.valueOf(id)), "marking handled is audited");
            JsonObject again = ClientData.assertProblem(admin.post("api/reminders/" + id + "/handled", ""), 409,
                    "conflict");
            assertTrue(again.getString("detail").contains("already changed: it was marked as handled"),
                    again.toString());
        }
        Thread.sleep(6000); // longer than one tick of the test server's dispatcher: a handled row stays unsent
        assertEquals(List.of(), subjects(early), "nothing sent to Ellis");
        assertFalse(subjects(cancelled).contains("Appointment reminder"), "no reminder to Frankie");
    }

    @Test
    void aRowMarkedSentMeanwhileIsAlreadyChangedAndAFailedOneIsListedWithItsNote() throws Exception {
        Person p = person("Gale");
        long appointment = book(p, nextSlot());
        long id = makeStuck(appointment, p);
        assertTrue(listed(id).isPresent());
        // the original server came back and marked it sent
        sql("UPDATE appointment_reminder SET status = 'SENT', sent_at = UTC_TIMESTAMP(6) WHERE id = ?", id);
        for (String action : List.of("resend", "handled")) {
            JsonObject problem = ClientData.assertProblem(admin.post("api/reminders/" + id + "/" + action, ""), 409,
                    "conflict");
            assertTrue(problem.getString("detail").contains("already changed: it has been sent"), problem.toString());
        }
        assertEquals("SENT", status(id), "left as it was");
        assertEquals(0, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action IN ('REMINDER_RESEND',"
                + " 'REMINDER_HANDLED') AND entity_id = ?", String.valueOf(id)));
        assertTrue(listed(id).isEmpty());

        // claimed a minute ago: a server is sending it now, so it is neither listed nor touched
        Person q = person("Harper");
        long recent = reminderOf(book(q, nextSlot()), q);
        sql("UPDATE appointment_reminder SET status = 'CLAIMED', claim_token = ?, claimed_at = UTC_TIMESTAMP(6)"
                + " - INTERVAL 1 MINUTE, due_at = UTC_TIMESTAMP(6) - INTERVAL 2 MINUTE WHERE id = ?",
                UUID.randomUUID().toString(), recent);
        assertTrue(listed(recent).isEmpty(), "a fresh claim is not listed");
        JsonObject busy = ClientData.assertProblem(admin.post("api/reminders/" + recent + "/resend", ""), 409,
                "conflict");
        assertTrue(busy.getString("detail").contains("a server is sending it now"), busy.toString());
        assertEquals("CLAIMED", status(recent));
        // its server then marks it sent (so it never turns up in a later test's list)
        sql("UPDATE appointment_reminder SET status = 'SENT', sent_at = UTC_TIMESTAMP(6) WHERE id = ?", recent);

        // could not be sent: listed with why, newest first
        Person r = person("Indy");
        long failed = reminderOf(book(r, nextSlot()), r);
        sql("UPDATE appointment_reminder SET status = 'FAILED', attempts = 5, note = 'Sending failed: 550 mailbox"
                + " unavailable', failed_at = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, due_at = UTC_TIMESTAMP(6)"
                + " + INTERVAL 24 MINUTE WHERE id = ?", failed);
        JsonObject item = listed(failed).orElseThrow(() -> new AssertionError("the failed reminder is not listed"));
        assertEquals("COULD_NOT_BE_SENT", item.getString("trouble"));
        assertEquals("could not be sent", item.getString("problem"));
        assertEquals("Sending failed: 550 mailbox unavailable", item.getString("note"));
        assertEquals(5, item.getInt("attempts"));
        List<Long> order = admin.get("api/reminders/attention").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertEquals(failed, order.get(0), "the newest first: " + order);

        Api.Reply handled = admin.post("api/reminders/" + failed + "/handled", "");
        assertEquals(200, handled.status(), handled.toString());
        assertEquals("handled by admin (was could not be sent: Sending failed: 550 mailbox unavailable)",
                ClientData.text("SELECT note FROM appointment_reminder WHERE id = ?", failed));
        assertTrue(listed(failed).isEmpty());

        ClientData.assertProblem(admin.post("api/reminders/999999999/resend", ""), 404, "not-found");
        ClientData.assertProblem(admin.post("api/reminders/abc/handled", ""), 404, "not-found");
        ClientData.assertProblem(Api.anonymous().get("api/reminders/attention"), 401, "unauthorized");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private record Person(long id, String lastName, String email) {
    }

    private static Person person(String firstName) {
        String last = ClientData.uniqueWord("Att");
        String email = last.toLowerCase(Locale.ROOT) + "@example.org";
        JsonObject c = ClientData.create(frontDesk, ClientData.client(firstName, last).add("email", email)
                .add("consentEmail", true).add("status", "ACTIVE"));
        return new Person(c.getJsonNumber("id").longValue(), last, email);
    }

    private static Instant nextSlot() {
        return TestDays.freshWeekday().atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    private static long book(Person p, Instant start) {
        return bookJson(p, start).getJsonNumber("id").longValue();
    }

    private static JsonObject bookJson(Person p, Instant start) {
        var body = Json.createObjectBuilder().add("counsellorId", counsellor)
                .add("clientIds", Json.createArrayBuilder().add(p.id())).add("type", "INDIVIDUAL")
                .add("start", start.toString()).add("videoLink", "https://meet.example.org/a/" + ClientData.uniqueWord("v"))
                .add("overrideReason", "Reminder test: the counsellor keeps no hours");
        Api.Reply r = admin.post("api/appointments", body.build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    private static long reminderOf(long appointment, Person p) throws Exception {
        String id = ClientData.text("SELECT id FROM appointment_reminder WHERE appointment_id = ? AND client_id = ?"
                + " AND kind = 'REMINDER' AND status = 'PENDING'", appointment, p.id());
        assertTrue(id != null, "a reminder was planned for appointment " + appointment);
        return Long.parseLong(id);
    }

    /** As a server that stopped between sending and marking it leaves the row: claimed half an hour ago. */
    private static long makeStuck(long appointment, Person p) throws Exception {
        long id = reminderOf(appointment, p);
        sql("UPDATE appointment_reminder SET status = 'CLAIMED', claim_token = ?, claimed_at = UTC_TIMESTAMP(6)"
                + " - INTERVAL 30 MINUTE, due_at = UTC_TIMESTAMP(6) - INTERVAL 31 MINUTE WHERE id = ?",
                UUID.randomUUID().toString(), id);
        return id;
    }

    private static Optional<JsonObject> listed(long id) {
        Api.Reply r = admin.get("api/reminders/attention");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst();
    }

    private static String status(long id) throws Exception {
        return ClientData.text("SELECT status FROM appointment_reminder WHERE id = ?", id);
    }

    private static String awaitStatus(long id, String wanted) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String now = status(id);
        while (!wanted.equals(now) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            now = status(id);
        }
        return now;
    }

    private static List<String> subjects(Person p) throws Exception {
        return mailbox.to(p.email()).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void sql(String statement, Object... params) throws Exception {
        try (Connection db = TestServer.database(); PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            assertEquals(1, s.executeUpdate(), statement);
        }
    }
}
