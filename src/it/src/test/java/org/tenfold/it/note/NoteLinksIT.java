package org.tenfold.it.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Case;
import org.tenfold.it.plan.PlanData.Person;

/**
 * What a note links to (plan goals and objectives, homework, milestones) is named in the note for
 * those who may see it. A partner's own goal or self-care activity follows their sharing choice: the
 * other partner's own counsellor reads the joint note with those links withheld, is never offered them
 * as homework and cannot link them; a homework link outside the case is a 400.
 */
@ExtendWith(ArquillianExtension.class)
class NoteLinksIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void linksAreNamedForThoseWhoMaySeeThemAndWithheldFromThoseWhoMayNot() throws Exception {
        String goalSentinel = "PARTNER-GOAL-" + UUID.randomUUID();
        String careSentinel = "PARTNER-CARE-" + UUID.randomUUID();
        Person primary = PlanData.newStaff("nlp", "COUNSELLOR");
        Person ownOfRecovering = PlanData.newStaff("nla", "COUNSELLOR");
        Person ownOfPartner = PlanData.newStaff("nlb", "COUNSELLOR");
        Case couple = NoteData.coupleCase(primary, ownOfRecovering, ownOfPartner);
        long recovering = couple.inRecovery();
        long partner = couple.partner();
        Api p = primary.api();

        // the plan in force: the partner's own goal with an objective, and a goal of the couple's
        long planId = PlanData.id(PlanData.createPlan(p, couple.id(), false));
        long partnerGoal = PlanData.id(PlanData.addGoal(p, planId, "COMMUNICATE", partner, goalSentinel));
        Api.Reply objective = p.post("api/plans/" + planId + "/goals/" + partnerGoal + "/objectives",
                "{\"text\":\"Name one feeling at each check-in\"}");
        assertEquals(201, objective.status(), objective.toString());
        long objectiveId = PlanData.id(objective.json());
        long coupleGoal = PlanData.id(PlanData.addGoal(p, planId, "BOUNDARIES", null, "Weekly check-in together"));
        assertEquals(200, PlanData.setReview(p, planId, LocalDate.now().plusMonths(3)).status());
        PlanData.sign(p, planId);

        // step records: the partner's self-care, an education assignment for the partner in recovery
        Api.Reply care = p.post("api/cases/" + couple.id() + "/self-care", Json.createObjectBuilder()
                .add("clientId", partner).add("activity", careSentinel).add("frequency", "daily").build().toString());
        assertEquals(201, care.status(), care.toString());
        long careId = PlanData.id(care.json());
        long itemId = p.get("api/education-catalogue").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Api.Reply assigned = p.post("api/cases/" + couple.id() + "/education", Json.createObjectBuilder()
                .add("clientId", recovering).add("itemId", itemId).build().toString());
        assertEquals(201, assigned.status(), assigned.toString());
        long assignmentId = PlanData.id(assigned.json());

        // a joint session: the author is offered both members' homework and links the partner's
        long joint = NoteData.heldSession(primary.id(), couple.id(), "COUPLE", 3, recovering, partner);
        long jointId = NoteData.id(NoteData.start(p, joint, "DAP"));
        List<JsonObject> offered = choices(p, jointId);
        assertTrue(offered.stream().anyMatch(c -> c.getString("kind").equals("SELF_CARE")
                && c.getJsonNumber("refId").longValue() == careId && c.getString("label").contains(careSentinel)),
                offered.toString());
        assertTrue(offered.stream().anyMatch(c -> c.getString("kind").equals("EDUCATION")
                && c.getJsonNumber("refId").longValue() == assignmentId), offered.toString());
        ClientData.assertProblem(ownOfPartner.api().get("api/notes/" + jointId + "/homework-choices"), 403,
                "forbidden");

        JsonObject draft = NoteData.dap("Both attended.", "Good listening.", "Keep going.").add("steps",
                Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("stepCode", "COMMUNICATE").add("rating", 6)
                                .add("goalId", partnerGoal).add("objectiveId", objectiveId)
                                .add("objectiveStatus", "IN_PROGRESS"))
                        .add(Json.createObjectBuilder().add("stepCode", "BOUNDARIES").add("rating", 5)
                                .add("goalId", coupleGoal)))
                .add("homework", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "SELF_CARE").add("refId", careId)
                                .add("detail", "Every morning"))
                        .add(Json.createObjectBuilder().add("kind", "EDUCATION").add("refId", assignmentId))
                        .add(Json.createObjectBuilder().add("kind", "TEXT").add("detail", "Write the letter")))
                .add("milestones", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("description", "First calm conversation about money"))
                        .add(Json.createObjectBuilder().add("clientId", partner).add("description", "Slept through")))
                .build();
        JsonObject saved = NoteData.saved(p, jointId, Json.createObjectBuilder(draft));
        JsonObject firstStep = saved.getJsonArray("steps").getJsonObject(0);
        assertTrue(firstStep.getString("goal").contains(goalSentinel), saved.toString());
        assertEquals("Name one feeling at each check-in", firstStep.getString("objective"));
        assertTrue(saved.getJsonArray("steps").getJsonObject(1).getString("goal")
                .startsWith("The couple: Weekly check-in together"), saved.toString());
        List<JsonObject> homework = saved.getJsonArray("homework").getValuesAs(JsonObject.class);
        assertTrue(homework.get(0).getString("label").contains(careSentinel), homework.toString());
        assertTrue(homework.get(1).getString("label").startsWith("Education, "), homework.toString());
        assertFalse(homework.get(2).containsKey("label"), "free text has no link to name: " + homework);
        List<JsonObject> milestones = saved.getJsonArray("milestones").getValuesAs(JsonObject.class);
        assertEquals("The couple", milestones.get(0).getString("whose"));
        assertFalse(milestones.get(1).getString("whose").isBlank());

        // a link outside the case is refused, and nothing already saved is lost
        JsonObject elsewhere = ClientData.assertProblem(NoteData.save(p, jointId, Json.createObjectBuilder(draft)
                .add("homework", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "SELF_CARE")
                        .add("refId", 999_999_999L))), "\"" + saved.getJsonNumber("version") + "\""),
                400, "invalid-input");
        assertTrue(elsewhere.getJsonObject("errors").containsKey("homework[0].refId"), elsewhere.toString());
        assertEquals(3, p.get("api/notes/" + jointId).json().getJsonArray("homework").size());
        NoteData.signed(p, jointId);
        assertEquals(1L, ClientData.count("SELECT COUNT(*) FROM milestone WHERE case_id = ? AND client_id IS NULL"
                + " AND description = ?", couple.id(), "First calm conversation about money"),
                "a milestone of the couple became a record when the note was signed");

        // the partner in recovery's own counsellor reads the joint note, but the partner's own links are withheld
        Api a = ownOfRecovering.api();
        Api.Reply readByA = a.get("api/notes/" + jointId);
        assertEquals(200, readByA.status(), readByA.toString());
        assertFalse(readByA.body().contains(goalSentinel), readByA.body());
        assertFalse(readByA.body().contains(careSentinel), readByA.body());
        JsonObject seen = readByA.json();
        assertEquals("(not shared with you)", seen.getJsonArray("steps").getJsonObject(0).getString("goal"));
        assertEquals("(not shared with you)", seen.getJsonArray("steps").getJsonObject(0).getString("objective"));
        assertTrue(seen.getJsonArray("steps").getJsonObject(1).getString("goal").contains("Weekly check-in"),
                "the couple's goal is the case's");
        assertEquals("(not shared with you)", seen.getJsonArray("homework").getJsonObject(0).getString("label"));
        assertTrue(seen.getJsonArray("homework").getJsonObject(1).getString("label").startsWith("Education, "),
                "the own client's assignment is named");

        // writing a note of their own client's session, they are not offered the partner's homework or goal
        long single = NoteData.heldSession(ownOfRecovering.id(), couple.id(), "INDIVIDUAL", 2, recovering);
        long singleId = NoteData.id(NoteData.start(a, single, "DAP"));
        List<JsonObject> offeredToA = choices(a, singleId);
        assertTrue(offeredToA.stream().noneMatch(c -> c.getJsonNumber("refId").longValue() == careId
                && c.getString("kind").equals("SELF_CARE")), offeredToA.toString());
        assertTrue(offeredToA.stream().anyMatch(c -> c.getJsonNumber("refId").longValue() == assignmentId),
                offeredToA.toString());
        JsonObject refused = ClientData.assertProblem(NoteData.save(a, singleId, NoteData.dap("x", "y", "z")
                .add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("stepCode", "COMMUNICATE")
                        .add("goalId", partnerGoal)))
                .add("homework", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "SELF_CARE")
                        .add("refId", careId))), "\"0\""), 400, "invalid-input");
        assertTrue(refused.getJsonObject("errors").containsKey("steps[0].goalId"), refused.toString());
        assertTrue(refused.getJsonObject("errors").containsKey("homework[0].refId"), refused.toString());
        assertFalse(refused.toString().contains(goalSentinel) || refused.toString().contains(careSentinel));
    }

    private static List<JsonObject> choices(Api api, long noteId) {
        Api.Reply r = api.get("api/notes/" + noteId + "/homework-choices");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }
}
