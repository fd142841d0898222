package org.tenfold.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseKind;
import org.tenfold.clinic.ClinicSetting;
import org.tenfold.clinic.SettingKey;
import org.tenfold.note.NoteFormat;
import org.tenfold.note.NoteStep;
import org.tenfold.note.RiskUpdate;
import org.tenfold.note.SessionNote;
import org.tenfold.client.Client;
import org.tenfold.scheduling.Appointment;
import org.tenfold.scheduling.AppointmentType;
import org.tenfold.scheduling.Room;
import org.tenfold.scheduling.TimeSlot;
import org.tenfold.staff.Staff;

/**
 * Past joint sessions of the demo couple (Alex and Jordan Demoulin) with their counsellor: five held
 * sessions over the last seven weeks, each with a signed DAP note rating two or three steps, so the
 * plan's progress charts and the progress reports have points to show; and one session held three
 * days ago without a note, so the counsellor's home page lists a missing note. All of them lie in the
 * past, at 16:00 clinic time.
 */
final class DemoNotes {

    private static final String BY = "counsellor";

    /** Days ago, then the DAP sections, then step ratings as code=rating pairs. */
    private static final List<Session> SESSIONS = List.of(
            new Session(49, "Both attended. Alex spoke about the discovery and what he has hidden; Jordan listened "
                    + "and named how unsafe home feels at the moment.",
                    "Early acknowledgement, still partly defensive. Both motivated to continue together.",
                    "Weekly joint sessions. Alex to write down, for himself, what he is responsible for.",
                    "ACKNOWLEDGE=3", "COMMUNICATE=2"),
            new Session(35, "Alex read part of his reflection aloud. Jordan asked questions; both stayed in the room "
                    + "when it became difficult.",
                    "Fewer justifications from Alex. Communication still tense and brief at home.",
                    "Introduce a structured check-in. Discuss first boundaries next time.",
                    "ACKNOWLEDGE=4", "COMMUNICATE=3"),
            new Session(21, "The couple agreed on two boundaries about devices. Jordan described feeling heard for "
                    + "the first time in weeks.",
                    "Good joint work on boundaries; both able to state needs without blame.",
                    "Try the Sunday check-in at home for two weeks.",
                    "ACKNOWLEDGE=5", "COMMUNICATE=4", "BOUNDARIES=4"),
            new Session(14, "Both reported two Sunday check-ins. The second felt like an inspection to Jordan; they "
                    + "talked it through in session.",
                    "Steady progress. The boundary on the weekly check needs rewording rather than dropping.",
                    "Reframe the Sunday check-in as a shared conversation.",
                    "ACKNOWLEDGE=6", "COMMUNICATE=5", "BOUNDARIES=6"),
            new Session(7, "Calm session. Alex marked thirty days without secret browsing; Jordan noticed more "
                    + "openness at home.",
                    "Both partners engaged and warmer with each other. Trust is slowly rebuilding.",
                    "Continue weekly. Prepare the disclosure work at Jordan's pace.",
                    "ACKNOWLEDGE=7", "COMMUNICATE=6", "BOUNDARIES=7"));

    private static final int UNNOTED_DAYS_AGO = 3;

    private DemoNotes() {
    }

    static void load(EntityManager em) {
        CareCase couple = em.createQuery("SELECT c FROM CareCase c WHERE c.kind = :kind ORDER BY c.id", CareCase.class)
                .setParameter("kind", CaseKind.COUPLE).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (couple == null) {
            return;
        }
        Staff counsellor = em.createNamedQuery("Staff.findByUsername", Staff.class).setParameter("username", BY)
                .getSingleResult();
        Room room = em.createNamedQuery("Room.findAll", Room.class).getResultList().get(0);
        Set<Client> clients = new LinkedHashSet<>();
        for (Long id : couple.clientIds()) {
            clients.add(em.find(Client.class, id));
        }
        ZoneId zone = zone(em);
        LocalDate today = LocalDate.now(zone);
        for (Session s : SESSIONS) {
            Appointment a = held(em, couple, counsellor, room, clients, today.minusDays(s.daysAgo()), zone);
            SessionNote note = new SessionNote(a.getId(), couple.getId(), null, new LinkedHashSet<>(couple.clientIds()),
                    counsellor.getId(), NoteFormat.DAP, a.getEndsAt().plus(Duration.ofMinutes(20)));
            note.write(NoteFormat.DAP, List.of(s.data(), s.assessment(), s.plan()), RiskUpdate.NO_CHANGE, null, null,
                    null, a.getEndsAt().plus(Duration.ofMinutes(40)));
            note.replaceSteps(s.stepRatings().stream().map(r -> r.split("=")).map(r -> new NoteStep(r[0],
                    Integer.valueOf(r[1]), null, null, null, null)).toList());
            // steps go in while the note is a draft: the database refuses them on a signed note
            em.persist(note);
            em.flush();
            note.sign(BY, a.getEndsAt().plus(Duration.ofHours(1)), false);
            em.flush();
        }
        held(em, couple, counsellor, room, clients, today.minusDays(UNNOTED_DAYS_AGO), zone);
        em.flush();
    }

    private static Appointment held(EntityManager em, CareCase couple, Staff counsellor, Room room,
            Set<Client> clients, LocalDate day, ZoneId zone) {
        Instant start = day.atTime(LocalTime.of(16, 0)).atZone(zone).toInstant();
        Appointment a = new Appointment(counsellor, room, null, clients, AppointmentType.COUPLE,
                TimeSlot.of(start, AppointmentType.COUPLE.defaultLength()), null, null, "frontdesk",
                start.minus(Duration.ofDays(7)));
        a.forCase(couple);
        a.complete();
        em.persist(a);
        em.flush();
        return a;
    }

    private static ZoneId zone(EntityManager em) {
        try {
            return ZoneId.of(em.find(ClinicSetting.class, SettingKey.TIME_ZONE.name()).getValue());
        } catch (RuntimeException e) {
            return ZoneId.of(SettingKey.TIME_ZONE.defaultValue());
        }
    }

    private record Session(int daysAgo, String data, String assessment, String plan, String... ratings) {
        List<String> stepRatings() {
            return List.of(ratings);
        }
    }
}
