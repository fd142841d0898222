package org.tenfold.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;

/**
 * Reminders by email through the API, caught by a real SMTP server (GreenMail) that the test
 * server's mail session signs in to with the password Payara reads from its environment: one message
 * to each partner, discreet, exactly once however many dispatchers race; consent respected; moves and
 * cancellations followed; initials-only greeting; only administrators may dispatch.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderIT {

    /** Words that would tell a reader what the clinic is for. */
    private static final List<String> TELLING = List.of("counsel", "therap", "addict", "recover", "sex", "porn",
            "couple", "clinic", "session", "intake", "harbour", "ashdown");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    /** Longer than one tick of the test server's dispatcher (5 s), to see that nothing more arrives. */
    private static final Duration SETTLE = Duration.ofSeconds(7);

    private static final AtomicInteger NEXT_SLOT = new AtomicInteger();
    private static final AtomicInteger NEXT_LATER_SLOT = new AtomicInteger();

    private static TestMailbox mailbox;
    private static Api admin;
    private static Api frontDesk;
    private static long counsellor;
    private static ZoneId clinicZone;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void startMailServer() throws Exception {
        mailbox = TestMailbox.start();
        admin = Api.as("admin");
        frontDesk = Api.as("frontdesk");
        // a counsellor of this test's own (no working hours: the administrator books with a reason),
        // so no other test's appointment is ever in the way
        String username = ClientData.uniqueWord("rem").toLowerCase(Locale.ROOT);
        Api.Reply created = admin.post("api/staff", Json.createObjectBuilder().add("username", username)
                .add("displayName", "Morgan Ashdown").add("roles", Json.createArrayBuilder().add("COUNSELLOR"))
                .add("password", "reminder-test-" + username).build().toString());
        assertEquals(201, created.status(), created.toString());
        counsellor = created.json().getJsonNumber("id").longValue();
        try (Connection db = TestServer.database(); PreparedStatement s = db.prepareStatement(
                "SELECT setting_value FROM clinic_setting WHERE setting_key = 'TIME_ZONE'");
                ResultSet r = s.executeQuery()) {
            clinicZone = r.next() ? ZoneId.of(r.getString(1)) : ZoneId.of("Europe/London");
        }
        putSettings(true, 24, false);
    }

    @AfterAll
    static void stopMailServer() {
        if (admin != null) {
            putSettings(true, 24, false);
        }
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @Test
    void bothPartnersOfACoupleGetTheirOwnDiscreetReminderOnce() throws Exception {
        String room = "Room " + ClientData.uniqueWord("R");
        Api.Reply addedRoom = admin.post("api/rooms", Json.createObjectBuilder().add("name", room).build().toString());
        assertEquals(201, addedRoom.status(), addedRoom.toString());
        long roomId = addedRoom.json().getJsonNumber("id").longValue();
        Person alex = person("Alex", true);
        Person jordan = person("Jordan", true);
        Instant start = soon();
        JsonObject appointment = book(List.of(alex, jordan), "COUPLE", start, roomId);

        dispatch();
        for (Person p : List.of(alex, jordan)) {
            MimeMessage m = mailbox.awaitOne(p.email(), "Appointment reminder");
            assertEquals(List.of(p.email()), recipients(m), "one address per message, never the partner's");
            assertEquals("Appointments", ((InternetAddress) m.getFrom()[0]).getPersonal(), "a neutral sender");
            String body = body(m);
            assertTrue(body.startsWith("Dear " + p.firstName() + ",\r\n") || body.startsWith("Dear " + p.firstName()
                    + ",\n"), body);
            assertTrue(body.contains(DAY_AND_TIME.format(start.atZone(clinicZone))), "the clinic's local time: " + body);
            assertTrue(body.contains(room), "the room: " + body);
            assertTrue(body.contains("Morgan"), "the counsellor's first name: " + body);
            assertDiscreet(m);
        }
        settle();
        assertEquals(1, mailbox.to(alex.email()).size(), "nothing else for Alex");
        assertEquals(1, mailbox.to(jordan.email()).size(), "nothing else for Jordan");
        long id = appointment.getJsonNumber("id").longValue();
        for (Person p : List.of(alex, jordan)) {
            assertEquals(List.of("REMINDER SENT"), rows(id, p));
            assertEquals(1, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'REMINDER_SENT'"
                    + " AND entity_id = ? AND client_id = ? AND detail = 'REMINDER'", String.valueOf(id), p.id()),
                    "each reminder sent is audited, without its content");
        }
    }

    @Test
    void theServersDispatcherSendsOnItsOwnButNotToAClientWhoDidNotConsent() throws Exception {
        Person consented = person("Robin", true);
        Person declined = person("Sam", false);
        JsonObject appointment = book(List.of(consented, declined), "COUPLE", soon(), null);
        // no dispatch call: the server's own dispatcher (every 5 s on the test server) sends it
        mailbox.awaitOne(consented.email(), "Appointment reminder");
        settle();
        assertEquals(List.of(), mailbox.to(declined.email()), "no consent to email, no email");
        assertEquals(List.of("REMINDER SKIPPED no consent to email"),
                rows(appointment.getJsonNumber("id").longValue(), declined));
    }

    @Test
    void tenRacingDispatchesAndTheTimerSendEachReminderExactlyOnce() throws Exception {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Person a = person("Kai", true);
            Person b = person("Lee", true);
            book(List.of(a, b), "COUPLE", soon(), null);
            people.add(a);
            people.add(b);
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        int sentByCalls = 0;
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                replies.add(pool.submit(() -> admin.post("api/reminders/dispatch", "")));
            }
            for (Future<Api.Reply> f : replies) {
                Api.Reply r = f.get();
                assertEquals(200, r.status(), r.toString());
                sentByCalls += r.json().getInt("sent");
            }
        } finally {
            pool.shutdownNow();
        }
        for (Person p : people) {
            mailbox.awaitOne(p.email(), "Appointment reminder");
        }
        settle();
        for (Person p : people) {
            assertEquals(1, mailbox.to(p.email()).size(), "exactly one reminder for " + p.email());
        }
        assertTrue(sentByCalls <= people.size(), "no row sent twice: " + sentByCalls);
    }

    @Test
    void aMovedAppointmentIsRemindedAtItsNewTimeOrAnnouncedAsMoved() throws Exception {
        // moved before its reminder was due: the reminder shows the new time, and nothing else is sent
        Person early = person("Noa", true);
        JsonObject first = book(List.of(early), "INDIVIDUAL", later(), null);
        Instant newStart = soon();
        move(first, newStart);
        dispatch();
        MimeMessage reminder = mailbox.awaitOne(early.email(), "Appointment reminder");
        assertTrue(body(reminder).contains(DAY_AND_TIME.format(newStart.atZone(clinicZone))), body(reminder));

        // moved after the reminder went out: a short notice with the new time
        Person late = person("Ari", true);
        JsonObject second = book(List.of(late), "INDIVIDUAL", soon(), null);
        dispatch();
        mailbox.awaitOne(late.email(), "Appointment reminder");
        Instant movedTo = soon();
        move(second, movedTo);
        dispatch();
        MimeMessage moved = mailbox.awaitOne(late.email(), "Your appointment has changed");
        assertTrue(body(moved).contains(DAY_AND_TIME.format(movedTo.atZone(clinicZone))), body(moved));
        assertDiscreet(moved);
        settle();
        assertEquals(1, mailbox.to(early.email()).size(), "no moved notice for a reminder not yet sent");
        assertEquals(2, mailbox.to(late.email()).size(), "the reminder and one moved notice");
    }

    @Test
    void cancelledBeforeItsReminderIsDueMeansNoReminder() throws Exception {
        Person cancelledClient = person("Eli", true);
        Person control = person("Mika", true);
        JsonObject cancelled = book(List.of(cancelledClient), "INDIVIDUAL", later(), null);
        book(List.of(control), "INDIVIDUAL", later(), null);
        cancel(cancelled);
        try {
            putSettings(true, 48, false); // both are now within the lead time; only the one still booked is due
            dispatch();
            mailbox.awaitOne(control.email(), "Appointment reminder");
        } finally {
            putSettings(true, 24, false);
        }
        settle();
        assertEquals(List.of(), mailbox.to(cancelledClient.email()));
        assertEquals(List.of("REMINDER CANCELLED appointment cancelled"),
                rows(cancelled.getJsonNumber("id").longValue(), cancelledClient));
    }

    @Test
    void cancelledAfterItsReminderWasSentGivesOneCancellationNotice() throws Exception {
        Person p = person("Toni", true);
        Instant start = soon();
        JsonObject appointment = book(List.of(p), "INDIVIDUAL", start, null);
        dispatch();
        mailbox.awaitOne(p.email(), "Appointment reminder");
        cancel(appointment);
        dispatch();
        MimeMessage notice = mailbox.awaitOne(p.email(), "Your appointment is cancelled");
        assertTrue(body(notice).contains(DAY_AND_TIME.format(start.atZone(clinicZone))), body(notice));
        assertDiscreet(notice);
        settle();
        assertEquals(2, mailbox.to(p.email()).size(), "the reminder and one cancellation notice");
    }

    @Test
    void initialsOnlyGreetsWithInitialsAndNoName() throws Exception {
        Person p = person("Quinn", true);
        try {
            putSettings(true, 24, true);
            book(List.of(p), "INDIVIDUAL", soon(), null);
            dispatch();
            MimeMessage m = mailbox.awaitOne(p.email(), "Appointment reminder");
            String body = body(m);
            assertTrue(body.startsWith("Dear Q. " + p.lastName().charAt(0) + ".,"), body);
            assertFalse(body.contains("Quinn") || body.contains(p.lastName()), body);
        } finally {
            putSettings(true, 24, false);
        }
        assertTrue(ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'SETTINGS_UPDATE' AND actor = "
                + "'admin' AND detail LIKE '%initials only%'") >= 1, "the settings change is audited");
    }

    @Test
    void onlyAdministratorsDispatchOrChangeReminderSettings() {
        for (Api other : List.of(frontDesk, Api.as("counsellor"))) {
            ClientData.assertProblem(other.post("api/reminders/dispatch", ""), 403, "forbidden");
            ClientData.assertProblem(other.put("api/reminders/settings", "{}", null), 403, "forbidden");
        }
        ClientData.assertProblem(Api.anonymous().post("api/reminders/dispatch", ""), 401, "unauthorized");
        Api.Reply bad = admin.put("api/reminders/settings", Json.createObjectBuilder().add("enabled", true)
                .add("leadHours", 0).add("initialsOnly", false).add("senderName", "Sexual Health Clinic\nBcc: x")
                .build().toString(), null);
        JsonObject problem = ClientData.assertProblem(bad, 400, "invalid-input");
        assertTrue(problem.getJsonObject("errors").containsKey("leadHours"), bad.toString());
        assertTrue(problem.getJsonObject("errors").containsKey("senderName"), bad.toString());
        assertEquals(24, admin.get("api/reminders/settings").json().getInt("leadHours"), "nothing was saved");
    }

    @Test
    void whenTheMailServerIsDownNothingIsLostAndTheReminderGoesOutLater() throws Exception {
        Person p = person("Dana", true);
        JsonObject appointment = book(List.of(p), "INDIVIDUAL", soon(), null);
        long id = appointment.getJsonNumber("id").longValue();
        mailbox.close();
        try {
            Api.Reply r = admin.post("api/reminders/dispatch", "");
            assertEquals(200, r.status(), r.toString());
            List<String> rows = rows(id, p);
            // the server's own dispatcher may be holding it a moment longer
            for (int i = 0; i < 40 && !(rows.size() == 1 && rows.get(0).startsWith("REMINDER PENDING")); i++) {
                Thread.sleep(250);
                rows = rows(id, p);
            }
            assertEquals(1, rows.size(), rows.toString());
            assertTrue(rows.get(0).startsWith("REMINDER PENDING Sending failed"), "kept for a retry: " + rows);
            assertTrue(ClientData.count("SELECT attempts FROM appointment_reminder WHERE appointment_id = ?", id) >= 1);
        } finally {
            mailbox = TestMailbox.start();
        }
        // the retry time has come (1 minute after the first attempt): make it now rather than wait
        try (Connection db = TestServer.database(); PreparedStatement s = db.prepareStatement("UPDATE"
                + " appointment_reminder SET due_at = UTC_TIMESTAMP(6) WHERE appointment_id = ? AND status = 'PENDING'")) {
            s.setLong(1, id);
            assertEquals(1, s.executeUpdate());
        }
        dispatch();
        mailbox.awaitOne(p.email(), "Appointment reminder");
        settle();
        assertEquals(1, mailbox.to(p.email()).size());
        assertEquals(List.of("REMINDER SENT Sending failed"), rows(id, p).stream()
                .map(r -> r.replaceAll("(Sending failed).*", "$1")).toList(), "sent, with the last failure kept");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private record Person(long id, String firstName, String lastName, String email) {
    }

    private static Person person(String firstName, boolean consentEmail) {
        String last = ClientData.uniqueWord("Rem");
        String email = last.toLowerCase(Locale.ROOT) + "@example.org";
        JsonObject c = ClientData.create(frontDesk, ClientData.client(firstName, last).add("email", email)
                .add("consentEmail", consentEmail).add("status", "ACTIVE"));
        return new Person(c.getJsonNumber("id").longValue(), firstName, last, email);
    }

    /** Within the 24-hour lead time, a different slot each call: 2 h from now, then every 100 minutes. */
    private static Instant soon() {
        return Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(120L + 100L * NEXT_SLOT
                .getAndIncrement()));
    }

    /** Beyond the 24-hour lead time but within 48 hours (this class calls it at most four times). */
    private static Instant later() {
        return Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(30))
                .plus(Duration.ofMinutes(100L * NEXT_LATER_SLOT.getAndIncrement()));
    }

    private static JsonObject book(List<Person> clients, String type, Instant start, Long roomId) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        clients.forEach(p -> ids.add(p.id()));
        var body = Json.createObjectBuilder().add("counsellorId", counsellor).add("clientIds", ids).add("type", type)
                .add("start", start.toString()).add("overrideReason", "Reminder test: the counsellor keeps no hours");
        if (roomId == null) {
            body.add("videoLink", "https://meet.example.org/r/" + ClientData.uniqueWord("v"));
        } else {
            body.add("roomId", roomId);
        }
        Api.Reply r = admin.post("api/appointments", body.build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    private static void move(JsonObject appointment, Instant to) {
        var body = Json.createObjectBuilder().add("start", to.toString())
                .add("overrideReason", "Reminder test: the counsellor keeps no hours");
        if (appointment.containsKey("videoLink")) {
            body.add("videoLink", appointment.getString("videoLink"));
        } else {
            body.add("roomId", appointment.getJsonObject("room").getJsonNumber("id").longValue());
        }
        Api.Reply r = admin.post("api/appointments/" + appointment.getJsonNumber("id") + "/move",
                body.build().toString(), "\"" + appointment.getJsonNumber("version") + "\"");
        assertEquals(200, r.status(), r.toString());
    }

    private static void cancel(JsonObject appointment) {
        Api.Reply r = frontDesk.post("api/appointments/" + appointment.getJsonNumber("id") + "/cancel",
                "{\"reason\":\"Client asked to cancel\"}");
        assertEquals(200, r.status(), r.toString());
    }

    private static void dispatch() {
        Api.Reply r = admin.post("api/reminders/dispatch", "");
        assertEquals(200, r.status(), r.toString());
    }

    private static void putSettings(boolean enabled, int leadHours, boolean initialsOnly) {
        Api.Reply r = admin.put("api/reminders/settings", Json.createObjectBuilder().add("enabled", enabled)
                .add("leadHours", leadHours).add("initialsOnly", initialsOnly).add("senderName", "Appointments")
                .build().toString(), null);
        assertEquals(200, r.status(), r.toString());
    }

    private static List<String> recipients(MimeMessage m) throws MessagingException {
        Address[] all = m.getAllRecipients();
        return all == null ? List.of() : Arrays.stream(all).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    private static String body(MimeMessage m) throws IOException, MessagingException {
        return m.getContent().toString();
    }

    private static void assertDiscreet(MimeMessage m) throws IOException, MessagingException {
        String all = (m.getSubject() + "\n" + m.getFrom()[0] + "\n" + body(m)).toLowerCase(Locale.ROOT);
        for (String word : TELLING) {
            assertFalse(all.contains(word), "the message says '" + word + "':\n" + all);
        }
    }

    private static void settle() throws InterruptedException {
        Thread.sleep(SETTLE.toMillis());
    }

    /** "KIND STATUS note" of each planned message of the appointment to the person. */
    private static List<String> rows(long appointmentId, Person p) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = TestServer.database(); PreparedStatement s = db.prepareStatement("SELECT kind, status,"
                + " note FROM appointment_reminder WHERE appointment_id = ? AND client_id = ? ORDER BY id")) {
            s.setLong(1, appointmentId);
            s.setLong(2, p.id());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getString(2) + (r.getString(3) == null ? "" : " " + r.getString(3)));
                }
            }
        }
        return rows;
    }
}
