package org.tenfold.it.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;

/**
 * The step records of a case through the API, on the demo clinic's cases: the couple Alex and Jordan
 * Demoulin (led by counsellor; counsellor2 is Alex's own counsellor, Jordan does not share) and Morgan
 * Fictional's individual case (counsellor2). Boundaries keep their history and earlier wordings,
 * records name only members of the case, milestones carry their client-visible flag, assignments
 * move through their statuses, self-care lists are per member, and every refusal is a 403 with a
 * DENIED audit row.
 */
@ExtendWith(ArquillianExtension.class)
class StepRecordsIT {

    private static long alex;
    private static long jordan;
    private static long morgan;
    private static long couple;
    private static long individual;
    private static LocalDate today;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void demoCases() {
        alex = client("Alexander", "Demoulin");
        jordan = client("Jordan", "Demoulin");
        morgan = client("Morgan", "Fictional");
        couple = onlyCase(api("counsellor"), jordan);
        individual = onlyCase(api("counsellor2"), morgan);
        String zone = (String) TestServer.queryOne("SELECT setting_value FROM clinic_setting WHERE setting_key = ?",
                "TIME_ZONE");
        today = LocalDate.now(zone == null ? ZoneId.of("Europe/London") : ZoneId.of(zone));
    }

    @Test
    void aBoundaryKeepsItsHistoryThroughAgreedBrokenAndRenegotiated() throws Exception {
        Api counsellor = api("counsellor");
        String base = "api/cases/" + couple + "/boundaries";
        String first = "No devices in the bedroom " + ClientData.uniqueWord("");
        Api.Reply created = counsellor.post(base, Json.createObjectBuilder().add("wording", first)
                .add("proposedByClientId", jordan).add("reviewOn", today.plusDays(30).toString())
                .add("note", "Jordan asked for this").build().toString());
        assertEquals(201, created.status(), created.toString());
        JsonObject b = created.json();
        long id = b.getJsonNumber("id").longValue();
        assertEquals("PROPOSED", b.getString("status"));
        assertEquals(4, b.getInt("step"));
        assertFalse(b.containsKey("agreedOn") && !b.isNull("agreedOn"), "not agreed yet: " + b);
        assertEquals("CLIENT", b.getJsonObject("proposedBy").getString("kind"));
        assertEquals("Jordan Demoulin", b.getJsonObject("proposedBy").getJsonObject("client").getString("displayName"));
        assertEquals("PARTNER", b.getJsonObject("proposedBy").getJsonObject("client").getString("role"));
        assertTrue(created.location().endsWith(base + "/" + id), created.location());

        // reworded while proposed: the earlier wording is kept
        String second = first + ", phones charge in the kitchen";
        ClientData.assertProblem(counsellor.put(base + "/" + id, wording(second), null), 428, "precondition-required");
        Api.Reply reworded = counsellor.put(base + "/" + id, wording(second).replace("}",
                ",\"reviewOn\":\"" + today.plusDays(30) + "\"}"), created.etag());
        assertEquals(200, reworded.status(), reworded.toString());
        ClientData.assertProblem(counsellor.put(base + "/" + id, wording(second + "!"), created.etag()), 412, "stale");

        Api.Reply agreed = counsellor.post(base + "/" + id + "/status", "{\"status\":\"AGREED\",\"note\":\"both agreed\"}",
                reworded.etag());
        assertEquals(200, agreed.status(), agreed.toString());
        assertEquals(today.toString(), agreed.json().getString("agreedOn"));
        ClientData.assertProblem(counsellor.post(base + "/" + id + "/status", "{\"status\":\"KEPT\"}", reworded.etag()),
                412, "stale");
        ClientData.assertProblem(counsellor.put(base + "/" + id, wording("Quietly changed terms"), agreed.etag()), 409,
                "conflict");

        Api.Reply broken = counsellor.post(base + "/" + id + "/status",
                "{\"status\":\"BROKEN\",\"note\":\"Phone in the bedroom on Tuesday; Alex told Jordan himself\"}");
        assertEquals("BROKEN", broken.json().getString("status"), broken.toString());
        String third = "Phones charge in the kitchen from 22:00 " + ClientData.uniqueWord("");
        Api.Reply renegotiated = counsellor.post(base + "/" + id + "/status", Json.createObjectBuilder()
                .add("status", "RENEGOTIATED").add("wording", third).add("note", "an earlier, firmer time").build()
                .toString());
        assertEquals(200, renegotiated.status(), renegotiated.toString());
        assertEquals(third, renegotiated.json().getString("wording"));
        assertFalse(renegotiated.json().containsKey("agreedOn") && !renegotiated.json().isNull("agreedOn"),
                "agreed again only when both agree: " + renegotiated);
        Api.Reply again = counsellor.post(base + "/" + id + "/status", "{\"status\":\"AGREED\"}");
        assertEquals("AGREED", again.json().getString("status"), again.toString());

        JsonObject listed = find(counsellor.get(base), id);
        assertEquals(third, listed.getString("wording"));
        JsonArray history = listed.getJsonArray("history");
        assertEquals(List.of("CREATED:PROPOSED", "REWORDED:PROPOSED", "STATUS:AGREED", "STATUS:BROKEN",
                "STATUS:RENEGOTIATED", "STATUS:AGREED"), history.stream().map(JsonValue::asJsonObject)
                        .map(e -> e.getString("kind") + ":" + e.getString("to")).toList());
        assertEquals(first, history.getJsonObject(1).getString("previousWording"), "the first wording is kept");
        assertEquals(second, history.getJsonObject(4).getString("previousWording"), "the agreed wording is kept");
        assertEquals("AGREED", history.getJsonObject(3).getString("from"));
        assertEquals("Phone in the bedroom on Tuesday; Alex told Jordan himself",
                history.getJsonObject(3).getString("note"));
        assertEquals("counsellor", history.getJsonObject(3).getString("by"));
        assertEquals(6, ClientData.count("SELECT COUNT(*) FROM boundary_event WHERE boundary_id = ?", id),
                "one history row per change, none rewritten");

        // a retired boundary stays retired
        assertEquals(200, counsellor.post(base + "/" + id + "/status", "{\"status\":\"RETIRED\"}").status());
        ClientData.assertProblem(counsellor.post(base + "/" + id + "/status", "{\"status\":\"AGREED\"}"), 409,
                "conflict");
        // each change audited for both partners
        for (long member : List.of(alex, jordan)) {
            assertTrue(audit("counsellor", "SUCCESS", member, "BOUNDARY_STATUS") >= 5, "audited for " + member);
        }
    }

    @Test
    void recordsNameOnlyMembersOfTheCaseAndSayWhichFieldIsWrong() {
        Api counsellor = api("counsellor");
        String base = "api/cases/" + couple;
        JsonObject notMember = ClientData.assertProblem(counsellor.post(base + "/boundaries", Json.createObjectBuilder()
                .add("wording", "Something").add("proposedByClientId", morgan).build().toString()), 400,
                "invalid-input");
        assertTrue(notMember.getJsonObject("errors").containsKey("proposedByClientId"), notMember.toString());
        JsonObject empty = ClientData.assertProblem(counsellor.post(base + "/boundaries", Json.createObjectBuilder()
                .add("wording", "   ").add("agreedOn", today.plusDays(3).toString())
                .add("reviewOn", today.minusDays(1).toString()).build().toString()), 400, "invalid-input");
        assertEquals(Set.of("wording", "agreedOn", "reviewOn"), empty.getJsonObject("errors").keySet(), empty.toString());
        JsonObject reviewFirst = ClientData.assertProblem(counsellor.post(base + "/boundaries", Json.createObjectBuilder()
                .add("wording", "Review before agreeing").add("agreedOn", today.minusDays(2).toString())
                .add("reviewOn", today.minusDays(3).toString()).build().toString()), 400, "invalid-input");
        assertTrue(reviewFirst.getJsonObject("errors").containsKey("reviewOn"), reviewFirst.toString());
        JsonObject pastReview = ClientData.assertProblem(counsellor.post(base + "/boundaries", Json.createObjectBuilder()
                .add("wording", "Reviewed yesterday").add("reviewOn", today.minusDays(1).toString()).build().toString()),
                400, "invalid-input");
        assertEquals(Set.of("reviewOn"), pastReview.getJsonObject("errors").keySet(), pastReview.toString());
        ClientData.assertProblem(counsellor.post(base + "/boundaries", "{\"wording\":\"x\",\"reviewOn\":\"next week\"}"),
                400, null);

        JsonObject milestone = ClientData.assertProblem(counsellor.post(base + "/milestones", Json.createObjectBuilder()
                .add("clientId", morgan).add("achievedOn", today.toString()).add("description", "x").build()
                .toString()), 400, "invalid-input");
        assertTrue(milestone.getJsonObject("errors").containsKey("clientId"), milestone.toString());
        JsonObject future = ClientData.assertProblem(counsellor.post(base + "/milestones", Json.createObjectBuilder()
                .add("achievedOn", today.plusDays(3).toString()).add("description", "").build().toString()), 400,
                "invalid-input");
        assertEquals(Set.of("achievedOn", "description"), future.getJsonObject("errors").keySet(), future.toString());
        JsonObject selfCare = ClientData.assertProblem(counsellor.post(base + "/self-care", Json.createObjectBuilder()
                .add("clientId", morgan).add("activity", "Walk").add("frequency", "Daily").build().toString()), 400,
                "invalid-input");
        assertTrue(selfCare.getJsonObject("errors").containsKey("clientId"), selfCare.toString());
        JsonObject noActivity = ClientData.assertProblem(counsellor.post(base + "/self-care", Json.createObjectBuilder()
                .add("clientId", alex).build().toString()), 400, "invalid-input");
        assertEquals(Set.of("activity", "frequency"), noActivity.getJsonObject("errors").keySet());
        JsonObject education = ClientData.assertProblem(counsellor.post(base + "/education", Json.createObjectBuilder()
                .add("clientId", jordan).add("itemId", 999_999_999L).build().toString()), 400, "invalid-input");
        assertTrue(education.getJsonObject("errors").containsKey("itemId"), education.toString());

        ClientData.assertProblem(counsellor.get("api/cases/999999999/boundaries"), 404, "not-found");
        ClientData.assertProblem(counsellor.put(base + "/boundaries/999999999", wording("x"), "\"0\""), 404, "not-found");
        ClientData.assertProblem(counsellor.get("api/cases/" + couple + "/step-records?audience=everyone"), 400,
                "invalid-input");
    }

    @Test
    void milestonesCarryWhoseTheyAreAndWhetherClientsSeeThem() {
        Api counsellor = api("counsellor");
        String base = "api/cases/" + couple + "/milestones";
        String shown = "A weekend away together " + ClientData.uniqueWord("");
        String hidden = "Named the shame out loud " + ClientData.uniqueWord("");
        Api.Reply ours = counsellor.post(base, Json.createObjectBuilder().add("achievedOn", today.minusDays(1).toString())
                .add("description", shown).build().toString());
        assertEquals(201, ours.status(), ours.toString());
        assertTrue(ours.json().getBoolean("visibleToClient"), "shown to clients unless hidden");
        assertFalse(ours.json().containsKey("whose") && !ours.json().isNull("whose"), "the couple's: " + ours);
        assertEquals(7, ours.json().getInt("step"));
        Api.Reply alexs = counsellor.post(base, Json.createObjectBuilder().add("clientId", alex)
                .add("achievedOn", today.toString()).add("description", hidden).add("visibleToClient", false).build()
                .toString());
        assertEquals(201, alexs.status(), alexs.toString());
        assertEquals("IN_RECOVERY", alexs.json().getJsonObject("whose").getString("role"));
        assertFalse(alexs.json().getBoolean("visibleToClient"));

        String clinician = counsellor.get("api/cases/" + couple + "/step-records").body();
        assertTrue(clinician.contains(shown) && clinician.contains(hidden), clinician);
        Api.Reply forClients = counsellor.get("api/cases/" + couple + "/step-records?audience=client");
        assertEquals(200, forClients.status(), forClients.toString());
        assertTrue(forClients.body().contains(shown), "a visible milestone is in the client version");
        assertFalse(forClients.body().contains(hidden), "a hidden milestone is not");
        assertEquals("CLIENT", forClients.json().getString("audience"));

        // shown after all: the flag is changed with If-Match
        long id = alexs.json().getJsonNumber("id").longValue();
        JsonObjectBuilder change = Json.createObjectBuilder().add("clientId", alex).add("achievedOn", today.toString())
                .add("description", hidden).add("visibleToClient", true);
        ClientData.assertProblem(counsellor.put(base + "/" + id, change.build().toString(), null), 428,
                "precondition-required");
        change = Json.createObjectBuilder().add("clientId", alex).add("achievedOn", today.toString())
                .add("description", hidden).add("visibleToClient", true);
        Api.Reply visible = counsellor.put(base + "/" + id, change.build().toString(), alexs.etag());
        assertEquals(200, visible.status(), visible.toString());
        assertNotEquals(alexs.etag(), visible.etag());
        assertTrue(counsellor.get("api/cases/" + couple + "/step-records?audience=client").body().contains(hidden));

        // in an individual case a milestone without a member is the client's
        Api.Reply morgans = api("counsellor2").post("api/cases/" + individual + "/milestones", Json.createObjectBuilder()
                .add("achievedOn", today.toString()).add("description", "A full week of early nights").build()
                .toString());
        assertEquals(201, morgans.status(), morgans.toString());
        assertEquals(morgan, morgans.json().getJsonObject("whose").getJsonNumber("clientId").longValue());
    }

    @Test
    void anEducationAssignmentMovesFromAssignedToCompletedAndStopsThere() throws Exception {
        Api counsellor = api("counsellor");
        JsonArray catalogue = api("supervisor").get("api/education-catalogue").json().getJsonArray("items");
        Set<String> titles = catalogue.stream().map(i -> i.asJsonObject().getString("title")).collect(Collectors.toSet());
        assertTrue(titles.contains("S-Anon") && titles.contains("Sex Addicts Anonymous (SAA)")
                && titles.contains("COSA"), "the seeded catalogue: " + titles);
        ClientData.assertProblem(api("frontdesk").get("api/education-catalogue"), 403, "forbidden");
        ClientData.assertProblem(api("frontdesk").post("api/education-catalogue",
                "{\"kind\":\"BOOK\",\"title\":\"Anything\"}"), 403, "forbidden");

        String title = "Couples workshop " + ClientData.uniqueWord("");
        JsonObject badItem = ClientData.assertProblem(counsellor.post("api/education-catalogue",
                "{\"title\":\" \",\"link\":\"javascript:alert(1)\"}"), 400, "invalid-input");
        assertEquals(Set.of("kind", "title", "link"), badItem.getJsonObject("errors").keySet());
        Api.Reply item = counsellor.post("api/education-catalogue", Json.createObjectBuilder().add("kind", "WORKSHOP")
                .add("title", title).add("provider", "Harbour Light").add("link", "https://example.org/workshop")
                .build().toString());
        assertEquals(201, item.status(), item.toString());
        long itemId = item.json().getJsonNumber("id").longValue();

        String base = "api/cases/" + couple + "/education";
        Api.Reply assigned = counsellor.post(base, Json.createObjectBuilder().add("clientId", jordan)
                .add("itemId", itemId).add("note", "Saturday morning sessions").build().toString());
        assertEquals(201, assigned.status(), assigned.toString());
        assertEquals("ASSIGNED", assigned.json().getString("status"));
        assertEquals(today.toString(), assigned.json().getString("assignedOn"));
        assertEquals(title, assigned.json().getJsonObject("item").getString("title"));
        assertEquals(8, assigned.json().getInt("step"));
        long id = assigned.json().getJsonNumber("id").longValue();

        ClientData.assertProblem(counsellor.put(base + "/" + id, "{\"status\":\"IN_PROGRESS\"}", null), 428,
                "precondition-required");
        Api.Reply started = counsellor.put(base + "/" + id, "{\"status\":\"IN_PROGRESS\",\"note\":\"first session done\"}",
                assigned.etag());
        assertEquals("IN_PROGRESS", started.json().getString("status"), started.toString());
        ClientData.assertProblem(counsellor.put(base + "/" + id, "{\"status\":\"COMPLETED\"}", assigned.etag()), 412,
                "stale");
        Api.Reply done = counsellor.put(base + "/" + id, "{\"status\":\"COMPLETED\"}", started.etag());
        assertEquals("COMPLETED", done.json().getString("status"), done.toString());
        ClientData.assertProblem(counsellor.put(base + "/" + id, "{\"status\":\"DROPPED\"}", done.etag()), 409,
                "conflict");
        assertTrue(counsellor.get(base).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> a.getJsonNumber("id").longValue() == id && a.getString("status").equals("COMPLETED")));
        assertTrue(audit("counsellor", "SUCCESS", jordan, "EDUCATION_ASSIGNMENT_UPDATE") >= 2);

        // a retired item is no longer assigned
        Api.Reply read = counsellor.get("api/education-catalogue/" + itemId);
        Api.Reply retired = counsellor.put("api/education-catalogue/" + itemId, Json.createObjectBuilder()
                .add("kind", "WORKSHOP").add("title", title).add("active", false).build().toString(), read.etag());
        assertEquals(200, retired.status(), retired.toString());
        ClientData.assertProblem(counsellor.put("api/education-catalogue/" + itemId, Json.createObjectBuilder()
                .add("kind", "WORKSHOP").add("title", title).build().toString(), read.etag()), 412, "stale");
        JsonObject refused = ClientData.assertProblem(counsellor.post(base, Json.createObjectBuilder()
                .add("clientId", alex).add("itemId", itemId).build().toString()), 400, "invalid-input");
        assertTrue(refused.getJsonObject("errors").containsKey("itemId"));
        assertFalse(counsellor.get("api/education-catalogue").body().contains(title), "retired items are not offered");
        assertTrue(counsellor.get("api/education-catalogue?includeRetired=true").body().contains(title));
    }

    @Test
    void eachMemberHasTheirOwnSelfCarePlanWhichFollowsTheirSharingChoice() throws Exception {
        Api counsellor = api("counsellor");
        String base = "api/cases/" + couple + "/self-care";
        String walk = "Walk by the river " + ClientData.uniqueWord("");
        String friend = "Lunch with a friend " + ClientData.uniqueWord("");
        Api.Reply alexs = counsellor.post(base, Json.createObjectBuilder().add("clientId", alex).add("activity", walk)
                .add("frequency", "3x a week").add("note", "after work").build().toString());
        assertEquals(201, alexs.status(), alexs.toString());
        assertEquals(9, alexs.json().getInt("step"));
        Api.Reply jordans = counsellor.post(base, Json.createObjectBuilder().add("clientId", jordan)
                .add("activity", friend).add("frequency", "weekly").build().toString());
        assertEquals(201, jordans.status(), jordans.toString());

        JsonArray plans = counsellor.get(base).json().getJsonArray("items");
        assertEquals(List.of(alex, jordan), plans.stream().map(p -> p.asJsonObject().getJsonObject("member")
                .getJsonNumber("clientId").longValue()).toList(), "one plan per member, in the case's order");
        assertTrue(activities(plans, alex).contains(walk) && !activities(plans, alex).contains(friend));
        assertTrue(activities(plans, jordan).contains(friend));

        long id = alexs.json().getJsonNumber("id").longValue();
        Api.Reply off = counsellor.put(base + "/" + id, Json.createObjectBuilder().add("activity", walk)
                .add("frequency", "3x a week").add("active", false).build().toString(), alexs.etag());
        assertEquals(200, off.status(), off.toString());
        assertFalse(off.json().getBoolean("active"));
        ClientData.assertProblem(counsellor.put(base + "/" + id, Json.createObjectBuilder().add("activity", walk)
                .add("frequency", "daily").build().toString(), alexs.etag()), 412, "stale");
        assertFalse(counsellor.get("api/cases/" + couple + "/step-records?audience=client").body().contains(walk),
                "an activity taken off the plan is not in the client version");

        // counsellor2 is Alex's own counsellor: Alex's plan yes, Jordan's (who does not share) no
        Api counsellor2 = api("counsellor2");
        JsonArray seen = counsellor2.get(base).json().getJsonArray("items");
        assertEquals(List.of(alex), seen.stream().map(p -> p.asJsonObject().getJsonObject("member")
                .getJsonNumber("clientId").longValue()).toList());
        JsonObject all = counsellor2.get("api/cases/" + couple + "/step-records").json();
        assertEquals(List.of(jordan), all.getJsonArray("withheldMembers").stream()
                .map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList());
        assertFalse(all.toString().contains(friend), "Jordan's own records stay with Jordan's counsellors");
        long denied = audit("counsellor2", "DENIED", jordan, "SELF_CARE_CREATE");
        ClientData.assertProblem(counsellor2.post(base, Json.createObjectBuilder().add("clientId", jordan)
                .add("activity", "x").add("frequency", "y").build().toString()), 403, "forbidden");
        assertEquals(denied + 1, audit("counsellor2", "DENIED", jordan, "SELF_CARE_CREATE"));
    }

    @Test
    void onlyTheCasesCounsellorsAndTheirSupervisorSeeStepRecordsAndEveryRefusalIsAudited() throws Exception {
        String path = "api/cases/" + individual + "/boundaries";
        long before = ClientData.count("SELECT COUNT(*) FROM boundary WHERE case_id = ?", individual);
        for (String who : List.of("counsellor", "frontdesk", "admin")) {
            long viewDenied = audit(who, "DENIED", morgan, "STEP_RECORDS_VIEW");
            long createDenied = audit(who, "DENIED", morgan, "BOUNDARY_CREATE");
            JsonObject refused = ClientData.assertProblem(api(who).get(path), 403, "forbidden");
            assertFalse(refused.toString().contains("wording"), refused.toString());
            ClientData.assertProblem(api(who).post(path, wording("A personal boundary")), 403, "forbidden");
            ClientData.assertProblem(api(who).get("api/cases/" + individual + "/step-records"), 403, "forbidden");
            ClientData.assertProblem(api(who).post("api/cases/" + individual + "/milestones", Json.createObjectBuilder()
                    .add("achievedOn", today.toString()).add("description", "x").build().toString()), 403, "forbidden");
            assertEquals(viewDenied + 2, audit(who, "DENIED", morgan, "STEP_RECORDS_VIEW"), who);
            assertEquals(createDenied + 1, audit(who, "DENIED", morgan, "BOUNDARY_CREATE"), who);
        }
        assertEquals(before, ClientData.count("SELECT COUNT(*) FROM boundary WHERE case_id = ?", individual),
                "nothing was written by a refused call");

        // Morgan's own counsellor writes a personal boundary; their supervisor reads it
        Api.Reply own = api("counsellor2").post(path, wording("Morgan keeps the laptop in the living room after 22:00"));
        assertEquals(201, own.status(), own.toString());
        assertEquals("COUNSELLOR", own.json().getJsonObject("proposedBy").getString("kind"));
        assertEquals("counsellor2", own.json().getJsonObject("proposedBy").getJsonObject("counsellor")
                .getString("username"));
        long read = audit("supervisor", "SUCCESS", morgan, "STEP_RECORDS_VIEW");
        Api.Reply supervised = api("supervisor").get(path);
        assertEquals(200, supervised.status(), supervised.toString());
        assertTrue(supervised.body().contains("laptop in the living room"));
        assertEquals(read + 1, audit("supervisor", "SUCCESS", morgan, "STEP_RECORDS_VIEW"));
    }

    @Test
    void aClosedCaseKeepsItsRecordsButTakesNoNewOnes() {
        Api counsellor2 = api("counsellor2");
        Api.Reply theCase = counsellor2.get("api/cases/" + individual);
        Api.Reply closed = counsellor2.post("api/cases/" + individual + "/close", "{\"reason\":\"COMPLETED\"}",
                theCase.etag());
        assertEquals(200, closed.status(), closed.toString());
        try {
            ClientData.assertProblem(counsellor2.post("api/cases/" + individual + "/self-care", Json.createObjectBuilder()
                    .add("clientId", morgan).add("activity", "Swim").add("frequency", "weekly").build().toString()),
                    409, "conflict");
            assertEquals(200, counsellor2.get("api/cases/" + individual + "/step-records").status());
        } finally {
            Api.Reply reopened = counsellor2.post("api/cases/" + individual + "/reopen", "{}", closed.etag());
            assertEquals(200, reopened.status(), reopened.toString());
        }
    }

    @Test
    void theDemoCoupleHasStepRecordsWithARenegotiatedBoundary() {
        JsonObject all = api("counsellor").get("api/cases/" + couple + "/step-records").json();
        assertEquals("COUPLE", all.getString("caseKind"));
        assertEquals(List.of("IN_RECOVERY", "PARTNER"), all.getJsonArray("members").stream()
                .map(m -> m.asJsonObject().getString("role")).toList());
        JsonObject sundays = all.getJsonArray("boundaries").stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getString("wording").startsWith("On Sunday evenings")).findFirst().orElseThrow();
        assertTrue(sundays.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("previousWording", "").startsWith("Alex shows Jordan")), sundays.toString());
        assertTrue(all.getJsonArray("milestones").size() >= 2);
        assertTrue(all.getJsonArray("education").size() >= 2);
        assertTrue(all.getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .anyMatch(f -> f.getString("field").equals("boundaries.history.note") && !f.getBoolean("clientVisible")));

        JsonObject forClients = api("counsellor").get("api/cases/" + couple + "/step-records?audience=client").json();
        JsonObject sameForClients = forClients.getJsonArray("boundaries").stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getJsonNumber("id").equals(sundays.getJsonNumber("id"))).findFirst().orElseThrow();
        assertTrue(sameForClients.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                .noneMatch(e -> e.containsKey("note") && !e.isNull("note")), "no clinician notes: " + sameForClients);
        assertFalse(forClients.toString().contains("Someone she trusts"), "self-care notes are clinician-only");
        assertNotNull(forClients.getJsonArray("selfCare"));
    }

    @Test
    void anonymousCallsAreRefusedAndTheApiIsDescribed() {
        Api.Reply anonymous = Api.anonymous().get("api/cases/" + couple + "/step-records");
        assertEquals(401, anonymous.status(), anonymous.toString());
        assertTrue(anonymous.isProblem(), anonymous.toString());
        Api.Reply described = Api.anonymous().get("openapi");
        assertEquals(200, described.status(), described.toString());
        for (String path : List.of("/api/cases/{caseId}/boundaries/{id}/status", "/api/cases/{caseId}/step-records",
                "/api/education-catalogue")) {
            assertTrue(described.body().contains(path), path);
        }
    }

    private static String wording(String text) {
        return Json.createObjectBuilder().add("wording", text).build().toString();
    }

    private static List<String> activities(JsonArray plans, long clientId) {
        return plans.stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonObject("member").getJsonNumber("clientId").longValue() == clientId)
                .flatMap(p -> p.getJsonArray("activities").stream())
                .map(a -> a.asJsonObject().getString("activity")).toList();
    }

    private static JsonObject find(Api.Reply list, long id) {
        assertEquals(200, list.status(), list.toString());
        return list.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static Api api(String username) {
        return ClientData.signedIn(username);
    }

    private static long audit(String actor, String outcome, long clientId, String action) throws SQLException {
        return ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND outcome = ? AND client_id = ?"
                + " AND action = ?", actor, outcome, clientId, action);
    }

    private static long client(String first, String last) {
        Object id = TestServer.queryOne("SELECT id FROM client WHERE legal_first_name = ? AND legal_last_name = ?"
                + " ORDER BY id LIMIT 1", first, last);
        assertNotNull(id, "the demo client " + first + " " + last + " must exist");
        return ((Number) id).longValue();
    }

    private static long onlyCase(Api counsellor, long clientId) {
        Api.Reply cases = counsellor.get("api/clients/" + clientId + "/cases");
        assertEquals(200, cases.status(), cases.toString());
        return cases.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }
}
