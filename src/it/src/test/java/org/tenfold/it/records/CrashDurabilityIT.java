package org.tenfold.it.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.plan.PlanData;
import org.tenfold.launcher.TestServers;

/**
 * Pulling the plug: while bookings and a session note's autosaves stream in, the database (and, in the
 * other test, Payara) is killed with SIGKILL and started again. Every request that was answered with
 * success must be in the database afterwards, the note must hold one whole autosave (never sections of
 * two), and the audit chain must still verify.
 */
@ExtendWith(ArquillianExtension.class)
class CrashDurabilityIT {

    private static final int ACKS_BEFORE = 8;
    private static final int ACKS_AFTER = 8;
    private static final Duration RECOVERY = Duration.ofMinutes(5);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void killingTheDatabaseLosesNoAcknowledgedBookingOrAutosave() throws Exception {
        drill("the database", () -> TestServers.killDatabase(TestServer.root(), offset()),
                () -> TestServers.restartDatabase(TestServer.root(), offset()));
    }

    @Test
    void killingPayaraLosesNoAcknowledgedBookingOrAutosave() throws Exception {
        drill("Payara", () -> TestServers.killPayara(TestServer.root(), offset()),
                () -> TestServers.restartPayara(TestServer.root(), offset()));
    }

    interface Step {
        void run() throws Exception;
    }

    private void drill(String what, Step kill, Step restart) throws Exception {
        PlanData.Person counsellor = PlanData.newStaff("Crash", "COUNSELLOR");
        PlanData.Case theCase = PlanData.individualCase(counsellor);
        long client = theCase.clients().get(0);
        Api admin = PlanData.admin();
        long noteId = startedNote(admin, counsellor, theCase);

        Stream stream = new Stream(admin, counsellor.api(), counsellor.id(), client, noteId);
        Thread worker = new Thread(stream, "crash-stream");
        worker.start();
        try {
            stream.awaitAcks(ACKS_BEFORE, RECOVERY);
            kill.run();
            int acksAtKill = stream.acks.get();
            restart.run();
            stream.awaitAcks(acksAtKill + ACKS_AFTER, RECOVERY);
        } finally {
            stream.running.set(false);
            worker.join(Duration.ofMinutes(2).toMillis());
        }
        assertTrue(stream.failures.get() >= 0);

        // every acknowledged booking is there, at the time that was acknowledged
        try (Connection db = TestServer.database();
                PreparedStatement p = db.prepareStatement("SELECT starts_at FROM appointment WHERE id = ?")) {
            for (Map.Entry<Long, Instant> booked : stream.booked.entrySet()) {
                p.setLong(1, booked.getKey());
                try (ResultSet r = p.executeQuery()) {
                    assertTrue(r.next(), "acknowledged booking " + booked.getKey() + " is missing after " + what + " died");
                    assertEquals(booked.getValue(), r.getObject(1, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC));
                }
            }
        }
        // the note holds one whole autosave: the last acknowledged or (answer lost in the crash) a later one
        JsonObject note = counsellor.api().get("api/notes/" + noteId).json();
        String data = section(note, "DATA");
        assertEquals(data.replace("data", "assessment"), section(note, "ASSESSMENT"), "a half-written note: " + note);
        assertEquals(data.replace("data", "plan"), section(note, "PLAN"), "a half-written note: " + note);
        long saved = Long.parseLong(data.substring(data.lastIndexOf(' ') + 1));
        assertTrue(saved >= stream.lastSaved.get(), "autosave " + stream.lastSaved.get() + " was acknowledged, the note"
                + " holds " + saved);
        assertTrue(stream.booked.size() >= 2 && stream.lastSaved.get() >= 1, "the stream made too little progress");

        Api.Reply verify = Api.as("admin").get("api/audit/verify");
        assertEquals(200, verify.status(), verify.toString());
        assertTrue(verify.json().getBoolean("intact"), "after " + what + " died: " + verify.body());
    }

    private static long startedNote(Api admin, PlanData.Person counsellor, PlanData.Case theCase) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.DAYS)
                .minus(java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 20), ChronoUnit.HOURS);
        Api.Reply booked = admin.post("api/appointments", Json.createObjectBuilder().add("counsellorId", counsellor.id())
                .add("clientIds", Json.createArrayBuilder().add(theCase.clients().get(0))).add("type", "INDIVIDUAL")
                .add("caseId", theCase.id()).add("start", start.toString()).add("videoLink", "https://video.example.org/c")
                .add("overrideReason", "crash test session").build().toString());
        assertEquals(201, booked.status(), booked.toString());
        long appointment = booked.json().getJsonNumber("id").longValue();
        Api fd = PlanData.frontDesk();
        assertEquals(200, fd.post("api/appointments/" + appointment + "/check-in", "").status());
        assertEquals(200, fd.post("api/appointments/" + appointment + "/complete", "").status());
        Api.Reply note = counsellor.api().post("api/appointments/" + appointment + "/note", "{\"format\":\"DAP\"}");
        assertEquals(201, note.status(), note.toString());
        return note.json().getJsonNumber("id").longValue();
    }

    private static String section(JsonObject note, String code) {
        return note.getJsonArray("sections").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow().getString("text");
    }

    private static int offset() {
        return Integer.parseInt(System.getProperty("tenfold.it.offset"));
    }

    /** Bookings and autosaves in turn, as fast as the server answers; what was acknowledged is remembered. */
    private static final class Stream implements Runnable {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger acks = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final AtomicLong lastSaved = new AtomicLong();
        final Map<Long, Instant> booked = new ConcurrentHashMap<>();
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        private final Api admin;
        private final Api counsellor;
        private final long counsellorId;
        private final long client;
        private final long noteId;
        private final Instant firstSlot;

        Stream(Api admin, Api counsellor, long counsellorId, long client, long noteId) {
            this.admin = admin;
            this.counsellor = counsellor;
            this.counsellorId = counsellorId;
            this.client = client;
            this.noteId = noteId;
            this.firstSlot = LocalDate.now(ZoneOffset.UTC).plusYears(2)
                    .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 300)).atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
        }

        @Override
        public void run() {
            int slot = 0;
            long version = 0;
            String etag = null;
            while (running.get()) {
                try {
                    Instant start = firstSlot.plus(slot++, ChronoUnit.HOURS);
                    Api.Reply b = admin.post("api/appointments", Json.createObjectBuilder().add("counsellorId", counsellorId)
                            .add("clientIds", Json.createArrayBuilder().add(client)).add("type", "INDIVIDUAL")
                            .add("start", start.toString()).add("videoLink", "https://video.example.org/c")
                            .add("overrideReason", "crash test booking").build().toString());
                    if (b.status() == 201) {
                        booked.put(b.json().getJsonNumber("id").longValue(), start);
                        acks.incrementAndGet();
                    } else {
                        failed(b.toString());
                    }
                    if (etag == null) {
                        Api.Reply current = counsellor.get("api/notes/" + noteId);
                        if (current.status() != 200) {
                            failed(current.toString());
                            continue;
                        }
                        etag = current.etag();
                    }
                    long next = version + 1;
                    Api.Reply s = counsellor.put("api/notes/" + noteId, Json.createObjectBuilder().add("format", "DAP")
                            .add("sections", Json.createObjectBuilder().add("DATA", "autosave data " + next)
                                    .add("ASSESSMENT", "autosave assessment " + next).add("PLAN", "autosave plan " + next))
                            .add("steps", Json.createArrayBuilder()).add("riskUpdate", "NO_CHANGE").build().toString(), etag);
                    if (s.status() == 200) {
                        version = next;
                        lastSaved.set(next);
                        etag = s.etag();
                        acks.incrementAndGet();
                    } else {
                        // 412: a save went through but its answer was lost; read the note again
                        etag = null;
                        version = next;
                        failed(s.toString());
                    }
                } catch (UncheckedIOException | IllegalStateException e) {
                    etag = null;
                    failed(e.toString());
                }
            }
        }

        private void failed(String what) {
            failures.incrementAndGet();
            if (errors.size() < 20) {
                errors.add(what);
            }
            try {
                Thread.sleep(200); // pacing while the server is down, not a wait for a condition
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void awaitAcks(int wanted, Duration within) throws InterruptedException {
            Instant deadline = Instant.now().plus(within);
            while (acks.get() < wanted) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("only " + acks.get() + " of " + wanted + " requests succeeded within "
                            + within.toMinutes() + " minutes; last errors: " + errors);
                }
                Thread.sleep(100);
            }
        }
    }
}
