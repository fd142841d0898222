package org.tenfold.it.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.tenfold.it.Api;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Person;
import org.tenfold.it.portal.PortalVisitor;
import org.tenfold.it.scheduling.TestMailbox;

/**
 * A couple whose partner Jordan does not share, with a unique sentinel word written into every kind of
 * record Jordan owns, and ordinary records for Alex (who shares) and the couple. Everything is made
 * through the API, as staff would: the case's lead counsellor, each partner's own counsellor, and a
 * supervisor who co-signs Jordan's counsellor's notes.
 */
final class CoupleFixture {

    final Person lead;
    final Person ownOfAlex;
    final Person ownOfJordan;
    final Person supervisor;
    final long alex;
    final long jordan;
    final long caseId;
    final long planId;
    /** The member-owned kind (an entity's simple name) to the sentinels written into Jordan's record of it. */
    final Map<String, List<String>> sentinels = new LinkedHashMap<>();
    /** Written into Jordan's note's private process section: only its author ever reads it. */
    final String privateSentinel = sentinel("PrivateSection");
    /**
     * The title of a catalogue item made for (and, once assigned, retired from the catalogue after) Jordan's
     * assignment: the catalogue lists it to every counsellor, but no other record names it.
     */
    final String educationTitle = sentinel("EducationItem");
    final List<Long> goals = new ArrayList<>();
    final List<Long> objectives = new ArrayList<>();
    final List<Long> appointments = new ArrayList<>();
    final List<Long> notes = new ArrayList<>();
    final List<Long> boundaries = new ArrayList<>();
    final List<Long> milestones = new ArrayList<>();
    final List<Long> assignments = new ArrayList<>();
    final List<Long> selfCare = new ArrayList<>();
    final List<Long> flags = new ArrayList<>();
    final List<Long> measureAssignments = new ArrayList<>();
    final List<Long> measureResponses = new ArrayList<>();
    /** The questionnaires each partner answers in their own portal (Alex's CSI-4, Jordan's check-in). */
    final List<Long> portalQuestionnaires = new ArrayList<>();
    /** What Jordan wrote in the check-in's own words, in the portal (saved, not sent). */
    String portalAnswer;
    long educationItem;
    /** Each partner signed in to their own portal (see {@link #portal()}). */
    PortalVisitor alexPortal;
    PortalVisitor jordanPortal;
    long upcoming;
    long jointReport;
    long alexReport;
    long jordanReport;
    String jointLinkToken;

    private CoupleFixture() {
        lead = PlanData.newStaff("lead", "COUNSELLOR");
        ownOfAlex = PlanData.newStaff("owna", "COUNSELLOR");
        ownOfJordan = PlanData.newStaff("ownj", "COUNSELLOR");
        supervisor = PlanData.newStaff("supj", "SUPERVISOR", "COUNSELLOR");
        PlanData.supervise(supervisor.id(), ownOfJordan.id());
        PlanData.Case couple = PlanData.coupleCase(lead, ownOfAlex, ownOfJordan);
        caseId = couple.id();
        alex = couple.inRecovery();
        jordan = couple.partner();
        planId = PlanData.id(PlanData.createPlan(lead.api(), caseId, false));
    }

    /** Every kind planted; see the class comment. */
    static CoupleFixture plant() {
        CoupleFixture f = new CoupleFixture();
        f.sharingChoices();
        f.intakeAndFlag();
        f.plan();
        f.stepRecords();
        f.jointNote();
        f.jordansOwnNote();
        f.measures();
        f.reports();
        f.portal();
        return f;
    }

    /**
     * Both partners invited to the portal and signed in; Jordan writes, there, about their own self-care and about
     * the couple's homework (what the client writes is theirs, whatever it is about). A joint appointment lies ahead.
     */
    private void portal() {
        try (TestMailbox mailbox = TestMailbox.start()) {
            alexPortal = PortalVisitor.signedIn(lead.api(), alex, mailbox);
            jordanPortal = PortalVisitor.signedIn(lead.api(), jordan, mailbox);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertEquals(302, jordanPortal.saveWork("SELF_CARE:" + selfCare.get(0), true, "Did it " + plantFor("WorkUpdate"))
                .status());
        String together = jordanPortal.keyOf("Read together on Sunday");
        assertEquals(302, jordanPortal.saveWork(together, false, "Only once " + plantFor("WorkUpdate")).status());
        // each partner's questionnaire waits in their portal; Jordan starts the check-in there, in their own words
        long alexsDue = due(alex, "CSI-4");
        long jordansDue = due(jordan, "TEN-STEP");
        portalQuestionnaires.addAll(List.of(alexsDue, jordansDue));
        portalAnswer = "Hoping " + plantFor("MeasureAnswer");
        PortalVisitor.Page fill = jordanPortal.get("fill.xhtml?f=" + jordansDue);
        assertEquals(200, fill.status(), fill.body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fill", "fill");
        fields.put("f", String.valueOf(jordansDue));
        fields.put("q1", "6");
        fields.put("q11", portalAnswer);
        fields.put("save", "Save for later");
        PortalVisitor.Page saved = jordanPortal.post("fill.xhtml", fill, fields);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(true, saved.body().contains(portalAnswer), "Jordan's words are kept: " + saved.body());
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(10, ChronoUnit.DAYS)
                .plus(ThreadLocalRandom.current().nextInt(2, 20), ChronoUnit.HOURS);
        Api.Reply r = PlanData.admin().post("api/appointments", Json.createObjectBuilder().add("counsellorId", lead.id())
                .add("clientIds", Json.createArrayBuilder().add(alex).add(jordan)).add("type", "COUPLE")
                .add("caseId", caseId).add("start", start.toString()).add("videoLink", "https://video.example.org/next")
                .add("overrideReason", "test session outside set hours").build().toString());
        assertEquals(201, r.status(), r.toString());
        upcoming = r.json().getJsonNumber("id").longValue();
    }

    /** The open questionnaire of this instrument an assignment made for the client (made at once, or by the schedule). */
    private long due(long client, String code) {
        String sql = "SELECT MAX(r.id) FROM measure_response r JOIN measure_instrument i ON i.id = r.instrument_id"
                + " WHERE r.client_id = ? AND r.assignment_id IS NOT NULL AND r.status = 'OPEN' AND i.code = ?";
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(40).toNanos();
        Object id = org.tenfold.it.TestServer.queryOne(sql, client, code);
        while (id == null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            id = org.tenfold.it.TestServer.queryOne(sql, client, code);
        }
        if (id == null) {
            throw new AssertionError("no " + code + " questionnaire waits for client " + client + " within 40 s");
        }
        return ((Number) id).longValue();
    }

    /** ZSNT + the kind + a random part: letters and digits only, so no format (JSON, HTML, PDF) alters it. */
    static String sentinel(String kind) {
        return "ZSNT" + kind.toUpperCase(Locale.ROOT) + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .toUpperCase(Locale.ROOT);
    }

    private String plantFor(String kind) {
        String s = sentinel(kind);
        sentinels.computeIfAbsent(kind, k -> new ArrayList<>()).add(s);
        return s;
    }

    /** Alex shares with the partner's side; Jordan does not (a consent has no free text: it is probed). */
    private void sharingChoices() {
        consent(alex, "SHARE");
        consent(jordan, "DO_NOT_SHARE");
        sentinels.put("ConsentRecord", List.of());
    }

    private void consent(long client, String decision) {
        Api.Reply r = lead.api().post("api/clients/" + client + "/consents", Json.createObjectBuilder()
                .add("kind", "PARTNER_SHARING").add("version", 1).add("decision", decision).build().toString());
        assertEquals(201, r.status(), r.toString());
    }

    /** Jordan's intake answers, then a risk answer that raises a flag, cleared with a reason. */
    private void intakeAndFlag() {
        String intake = "api/clients/" + jordan + "/intake";
        Api.Reply current = lead.api().get(intake);
        assertEquals(200, current.status(), current.toString());
        Api.Reply saved = lead.api().put(intake, Json.createObjectBuilder()
                .add("presentingConcerns", "Worried about " + plantFor("Intake")).add("behaviourWhat", "Browsing")
                .add("behaviourSince", "Years").add("behaviourFrequency", "Often").add("behaviourMostRecent", "Lately")
                .add("relationshipStatus", "MARRIED").add("partnerInCare", "WILL_BE").add("selfHarmThoughts", true)
                .add("suicidePlan", false).add("suicideMeans", false).add("riskDetails", "Plan agreed " + plantFor("Intake"))
                .add("protectiveFactors", "Friends")
                .add("violenceAtHome", false).add("safeAtHome", true).add("riskToOthers", false).build().toString(),
                current.etag());
        assertEquals(200, saved.status(), saved.toString());
        Api.Reply listed = lead.api().get("api/clients/" + jordan + "/flags");
        assertEquals(200, listed.status(), listed.toString());
        JsonObject flag = listed.json().getJsonArray("items").get(0).asJsonObject();
        long flagId = flag.getJsonNumber("id").longValue();
        flags.add(flagId);
        Api.Reply cleared = lead.api().post("api/clients/" + jordan + "/flags/" + flagId + "/clear",
                Json.createObjectBuilder().add("reason", "Safety plan in place " + plantFor("ClientFlag")).build()
                        .toString());
        assertEquals(200, cleared.status(), cleared.toString());
    }

    /** The couple's goal, Alex's, and Jordan's with an objective; the plan signed. */
    private void plan() {
        goal("COMMUNICATE", null, "Talk through one hard evening a week");
        goal("SELF_CARE", alex, "Alex keeps a morning routine");
        long jordansGoal = goal("SELF_CARE", jordan, "Jordan wants " + plantFor("PlanGoal"));
        Api.Reply objective = lead.api().post("api/plans/" + planId + "/goals/" + jordansGoal + "/objectives",
                Json.createObjectBuilder().add("text", "Jordan will " + plantFor("PlanObjective"))
                        .add("targetDate", LocalDate.now(ZoneOffset.UTC).plusDays(60).toString()).build().toString());
        assertEquals(201, objective.status(), objective.toString());
        objectives.add(objective.json().getJsonNumber("id").longValue());
        assertEquals(200, PlanData.setReview(lead.api(), planId, LocalDate.now(ZoneOffset.UTC).plusDays(60)).status());
        PlanData.sign(lead.api(), planId);
    }

    private long goal(String step, Long client, String statement) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("stepCode", step).add("statement", statement)
                .add("interventions", "Practised in session");
        if (client == null) {
            b.add("couple", true);
        } else {
            b.add("clientId", client);
        }
        Api.Reply r = lead.api().post("api/plans/" + planId + "/goals", b.build().toString());
        assertEquals(201, r.status(), r.toString());
        long id = r.json().getJsonNumber("id").longValue();
        goals.add(id);
        return id;
    }

    /** Jordan's proposed boundary (with its history note), milestone, assignment and self-care; Alex's too. */
    private void stepRecords() {
        Api api = lead.api();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        boundaries.add(created(api.post("api/cases/" + caseId + "/boundaries", Json.createObjectBuilder()
                .add("wording", "Jordan proposes " + plantFor("Boundary")).add("proposedByClientId", jordan)
                .add("note", "Raised alone " + plantFor("BoundaryEvent")).build().toString())));
        boundaries.add(created(api.post("api/cases/" + caseId + "/boundaries", Json.createObjectBuilder()
                .add("wording", "A shared Sunday conversation").add("agreedOn", today).build().toString())));
        milestones.add(created(api.post("api/cases/" + caseId + "/milestones", Json.createObjectBuilder()
                .add("clientId", jordan).add("achievedOn", LocalDate.now(ZoneOffset.UTC).minusDays(3).toString())
                .add("description", "Jordan reached " + plantFor("Milestone")).add("visibleToClient", true)
                .build().toString())));
        milestones.add(created(api.post("api/cases/" + caseId + "/milestones", Json.createObjectBuilder()
                .add("clientId", alex).add("achievedOn", LocalDate.now(ZoneOffset.UTC).minusDays(3).toString())
                .add("description", "Alex kept the routine").add("visibleToClient", true).build().toString())));
        educationItem = created(api.post("api/education-catalogue", Json.createObjectBuilder().add("kind", "BOOK")
                .add("title", educationTitle).add("provider", "A publisher").add("active", true).build().toString()));
        assignments.add(created(api.post("api/cases/" + caseId + "/education", Json.createObjectBuilder()
                .add("clientId", jordan).add("itemId", educationItem).add("assignedOn", today)
                .add("note", "For Jordan " + plantFor("EducationAssignment")).build().toString())));
        // retired once assigned, so screens that offer the catalogue to assign from do not list it
        Api.Reply item = api.get("api/education-catalogue/" + educationItem);
        Api.Reply retired = api.put("api/education-catalogue/" + educationItem, Json.createObjectBuilder().add("kind", "BOOK")
                .add("title", educationTitle).add("provider", "A publisher").add("active", false).build().toString(),
                item.etag());
        assertEquals(200, retired.status(), retired.toString());
        selfCare.add(created(api.post("api/cases/" + caseId + "/self-care", Json.createObjectBuilder()
                .add("clientId", jordan).add("activity", "Jordan does " + plantFor("SelfCareActivity"))
                .add("frequency", "daily").add("note", "Noted " + sentinels.get("SelfCareActivity").get(0))
                .build().toString())));
        selfCare.add(created(api.post("api/cases/" + caseId + "/self-care", Json.createObjectBuilder()
                .add("clientId", alex).add("activity", "Alex walks in the morning").add("frequency", "daily")
                .build().toString())));
    }

    private static long created(Api.Reply r) {
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /**
     * A joint session's note by the lead: its text is the couple's, but one step row links Jordan's goal
     * (with a comment), a homework row links Jordan's self-care (with a detail), a milestone row is
     * Jordan's and the new risk concern is about Jordan.
     */
    private void jointNote() {
        long appointment = held(lead, "COUPLE", 5, alex, jordan);
        Api api = lead.api();
        long note = started(api, appointment);
        String goal = String.valueOf(goals.get(2));
        JsonArrayBuilder steps = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("stepCode", "COMMUNICATE").add("rating", 6)
                        .add("comment", "Both listened"))
                .add(Json.createObjectBuilder().add("stepCode", "SELF_CARE").add("rating", 5)
                        .add("comment", "On Jordan's goal " + plantFor("NoteStep")).add("goalId", Long.parseLong(goal))
                        .add("objectiveId", objectives.get(0)).add("objectiveStatus", "IN_PROGRESS"));
        JsonArrayBuilder homework = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "SELF_CARE").add("refId", selfCare.get(0))
                        .add("detail", "This week " + plantFor("NoteHomework")))
                .add(Json.createObjectBuilder().add("kind", "TEXT").add("detail", "Read together on Sunday"));
        JsonArrayBuilder ms = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("clientId", jordan)
                        .add("description", "Jordan said " + plantFor("NoteMilestone")));
        save(api, note, Json.createObjectBuilder().add("format", "DAP").add("sections", Json.createObjectBuilder()
                .add("DATA", "Both attended.").add("ASSESSMENT", "Listening improved.").add("PLAN", "Weekly check-in."))
                .add("steps", steps).add("riskUpdate", "NEW_CONCERN").add("riskClientId", jordan)
                .add("riskConcern", "About Jordan " + plantFor("SessionNote")).add("homework", homework)
                .add("homeworkText", "Walk together twice").add("milestones", ms));
        sign(api, note, 200);
    }

    /**
     * Jordan's individual session with their own counsellor, who is supervised: the supervisor asks for
     * changes (a comment in the note's history), the note is signed again and co-signed, and an addendum
     * follows; the private process section is the author's alone.
     */
    private void jordansOwnNote() {
        long appointment = held(ownOfJordan, "INDIVIDUAL", 4, jordan);
        Api api = ownOfJordan.api();
        long note = started(api, appointment);
        save(api, note, Json.createObjectBuilder().add("format", "DAP").add("sections", Json.createObjectBuilder()
                .add("DATA", "Jordan disclosed " + plantFor("SessionNote")).add("ASSESSMENT", "Hurt and angry.")
                .add("PLAN", "Next week.")).add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("stepCode", "PATIENCE").add("rating", 4).add("comment", "Slow going")))
                .add("riskUpdate", "NO_CHANGE").add("homeworkText", "Journal " + sentinels.get("SessionNote").get(1)));
        Api.Reply priv = api.put("api/notes/" + note + "/private", Json.createObjectBuilder()
                .add("text", "My reaction " + privateSentinel).build().toString(), null);
        assertEquals(200, priv.status(), priv.toString());
        sign(api, note, 200);
        Api.Reply changes = supervisor.api().post("api/notes/" + note + "/request-changes", Json.createObjectBuilder()
                .add("comment", "Say more about " + plantFor("NoteEvent")).build().toString());
        assertEquals(200, changes.status(), changes.toString());
        sign(api, note, 200);
        Api.Reply cosigned = supervisor.api().post("api/notes/" + note + "/cosign", Json.createObjectBuilder()
                .add("password", PlanData.PASSWORD).build().toString());
        assertEquals(200, cosigned.status(), cosigned.toString());
        Api.Reply addendum = api.post("api/notes/" + note + "/addenda", Json.createObjectBuilder()
                .add("text", "Later: " + plantFor("NoteAddendum")).add("password", PlanData.PASSWORD).build().toString());
        assertEquals(201, addendum.status(), addendum.toString());
    }

    /**
     * Questionnaires: Jordan's check-in assigned every two weeks (with the counsellor's note) and one typed in from
     * paper (a note on it, and Jordan's words in its free-text question), Jordan's and Alex's CSI-4 side by side.
     */
    private void measures() {
        Api api = lead.api();
        measureAssignments.add(created(api.post("api/cases/" + caseId + "/measures/assignments", Json.createObjectBuilder()
                .add("clientId", jordan).add("instrumentCode", "TEN-STEP").add("schedule", "EVERY_N_WEEKS")
                .add("intervalWeeks", 2).add("delivery", "IN_SESSION").add("note", "For Jordan " + plantFor("MeasureAssignment"))
                .build().toString())));
        measureAssignments.add(created(api.post("api/cases/" + caseId + "/measures/assignments", Json.createObjectBuilder()
                .add("clientId", alex).add("instrumentCode", "CSI-4").add("schedule", "ONCE").add("delivery", "IN_SESSION")
                .add("note", "Baseline for Alex").build().toString())));
        long checkIn = paperResponse(jordan, "TEN-STEP", "From paper " + plantFor("MeasureResponse"));
        for (int item = 1; item <= 10; item++) {
            answer(checkIn, item, Json.createObjectBuilder().add("value", 4 + item % 3));
        }
        answer(checkIn, 11, Json.createObjectBuilder().add("text", "I want " + plantFor("MeasureAnswer")));
        submitted(checkIn);
        long jordansCsi = paperResponse(jordan, "CSI-4", null);
        long alexsCsi = paperResponse(alex, "CSI-4", "Alex on paper");
        int[] jordans = {2, 2, 3, 2};
        int[] alexs = {4, 4, 3, 4};
        for (int item = 1; item <= 4; item++) {
            answer(jordansCsi, item, Json.createObjectBuilder().add("value", jordans[item - 1]));
            answer(alexsCsi, item, Json.createObjectBuilder().add("value", alexs[item - 1]));
        }
        submitted(jordansCsi);
        submitted(alexsCsi);
    }

    private long paperResponse(long client, String instrument, String comment) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("caseId", caseId).add("instrumentCode", instrument);
        if (comment != null) {
            b.add("comment", comment);
        }
        Api.Reply r = lead.api().post("api/clients/" + client + "/measures/responses", b.build().toString());
        assertEquals(201, r.status(), r.toString());
        long id = r.json().getJsonObject("summary").getJsonNumber("id").longValue();
        measureResponses.add(id);
        return id;
    }

    private void answer(long response, int item, JsonObjectBuilder answer) {
        Api.Reply r = lead.api().put("api/measure-responses/" + response + "/answers/" + item, answer.build().toString(),
                null);
        assertEquals(200, r.status(), r.toString());
    }

    private void submitted(long response) {
        Api.Reply r = lead.api().post("api/measure-responses/" + response + "/submit", "");
        assertEquals(200, r.status(), r.toString());
    }

    /** The couple's joint report, Alex's own and Jordan's own (with a summary), all released; a link to the joint one. */
    private void reports() {
        jointReport = report(jordan, "JOINT", "You have both worked hard.");
        alexReport = report(alex, "PARTNER_OWN", "Alex, well done.");
        jordanReport = report(jordan, "PARTNER_OWN", "Jordan, " + plantFor("ProgressReportEntry"));
        Api.Reply link = lead.api().post("api/progress-reports/" + jointReport + "/deliver",
                Json.createObjectBuilder().add("channel", "LINK").build().toString());
        assertEquals(201, link.status(), link.toString());
        jointLinkToken = link.json().getString("token");
    }

    private long report(long client, String kind, String summary) {
        return releasedReport(lead.api(), client, caseId, kind, summary);
    }

    /** A progress report of the last 30 days, with its summary, released. */
    static long releasedReport(Api api, long client, long caseId, String kind, String summary) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Reply r = api.post("api/clients/" + client + "/progress-reports", Json.createObjectBuilder()
                .add("caseId", caseId).add("from", today.minusDays(30).toString()).add("to", today.toString())
                .add("kind", kind).build().toString());
        assertEquals(201, r.status(), r.toString());
        long id = r.json().getJsonNumber("id").longValue();
        Api.Reply s = api.put("api/progress-reports/" + id + "/summary", Json.createObjectBuilder()
                .add("summary", summary).build().toString(), r.etag());
        assertEquals(200, s.status(), s.toString());
        Api.Reply released = api.post("api/progress-reports/" + id + "/release", "");
        assertEquals(200, released.status(), released.toString());
        return id;
    }

    // --- sessions and notes

    /** A held session {@code daysAgo} days ago, booked by an administrator, checked in and completed by front desk. */
    private long held(Person counsellor, String type, int daysAgo, long... clients) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long c : clients) {
            ids.add(c);
        }
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(daysAgo, ChronoUnit.DAYS)
                .minus(ThreadLocalRandom.current().nextInt(2, 20), ChronoUnit.HOURS);
        Api.Reply r = PlanData.admin().post("api/appointments", Json.createObjectBuilder()
                .add("counsellorId", counsellor.id()).add("clientIds", ids).add("type", type).add("caseId", caseId)
                .add("start", start.toString()).add("videoLink", "https://video.example.org/p")
                .add("overrideReason", "test session outside set hours").build().toString());
        assertEquals(201, r.status(), r.toString());
        long id = r.json().getJsonNumber("id").longValue();
        Api fd = PlanData.frontDesk();
        assertEquals(200, fd.post("api/appointments/" + id + "/check-in", "").status());
        assertEquals(200, fd.post("api/appointments/" + id + "/complete", "").status());
        appointments.add(id);
        return id;
    }

    private long started(Api api, long appointment) {
        Api.Reply r = api.post("api/appointments/" + appointment + "/note", "{\"format\":\"DAP\"}");
        assertEquals(201, r.status(), r.toString());
        long id = r.json().getJsonNumber("id").longValue();
        notes.add(id);
        return id;
    }

    private static void save(Api api, long note, JsonObjectBuilder draft) {
        Api.Reply current = api.get("api/notes/" + note);
        Api.Reply r = api.put("api/notes/" + note, draft.build().toString(), current.etag());
        assertEquals(200, r.status(), r.toString());
    }

    private static void sign(Api api, long note, int expected) {
        Api.Reply r = api.post("api/notes/" + note + "/sign", Json.createObjectBuilder()
                .add("password", PlanData.PASSWORD).build().toString());
        assertEquals(expected, r.status(), r.toString());
    }

    /** Every sentinel of Jordan's records, with the kind it was planted in. */
    Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        sentinels.forEach((kind, list) -> list.forEach(s -> out.put(s, kind)));
        return out;
    }
}
