package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Case;
import org.tenfold.it.plan.PlanData.Person;

/**
 * Editing on the plan screen what was recorded before: an objective of a draft (its text, target date
 * and status), a milestone (what and when, and whether the client sees it) and a self-care activity
 * (what, how often, the note). Bad input is answered beside its field and leaves the stored record as
 * it was; a change saved elsewhere meanwhile saves nothing and keeps what was typed; a signed version
 * offers no editing of its objectives.
 */
@ExtendWith(ArquillianExtension.class)
class PlanEditScreenIT extends ScreenTest {

    private static final By STATUS = By.id("plan:planStatus");
    private static final By MESSAGES = By.id("plan:messages");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void anObjectiveOfADraftIsEditedAndASignedVersionOffersNoEditing() {
        Person c = PlanData.newStaff("planedit", "COUNSELLOR");
        Case couple = PlanData.coupleCase(c);
        long planId = PlanData.id(PlanData.createPlan(c.api(), couple.id(), false));
        long goalId = PlanData.id(PlanData.addGoal(c.api(), planId, "MILESTONES", null,
                "Notice and celebrate the small steps"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String objectives = "api/plans/" + planId + "/goals/" + goalId + "/objectives";
        Api.Reply made = c.api().post(objectives, Json.createObjectBuilder().add("text", "A weekly check-in")
                .add("targetDate", today.plusDays(30).toString()).build().toString());
        assertEquals(201, made.status(), made.toString());
        long objectiveId = PlanData.id(made.json());
        String objective = objectives + "/" + objectiveId;

        Browser b = browser("counsellor");
        b.get("clients/plan.xhtml?caseId=" + couple.id()).signIn(c.username(), PlanData.PASSWORD, true);
        b.waitForText(STATUS, "Draft");
        By text = By.id("plan:steps:6:goals:0:objectives:0:otext");
        b.waitForText(text, "A weekly check-in");

        // empty text: the service's message beside the field, the stored objective unchanged
        openObjective(b, "A weekly check-in");
        b.type(By.id("objective:text"), "");
        b.find(By.id("objective:save")).click();
        b.waitForText(fieldOf("objective:text"), "Say what is to be achieved");
        assertTrue(b.find(By.id("objectiveDialog")).isDisplayed(), "the dialog stays open");
        assertEquals("A weekly check-in", storedObjectiveText(objectiveId));

        // someone else changes the objective while the dialog is open: nothing saved, nothing typed lost
        Api.Reply theirs = c.api().put(objective, Json.createObjectBuilder().add("text", "A weekly check-in on Sundays")
                .add("targetDate", today.plusDays(30).toString()).build().toString(), made.etag());
        assertEquals(200, theirs.status(), theirs.toString());
        b.type(By.id("objective:text"), "A weekly check-in, phones away");
        setDate(b, "objective:target_input", today.plusDays(45));
        choose(b, "objective:status", "In progress");
        b.find(By.id("objective:save")).click();
        b.waitForText(By.id("objective:messages"), "Someone else changed this objective");
        assertEquals("A weekly check-in, phones away", b.value(By.id("objective:text")), "what was typed stays");
        assertEquals(today.plusDays(45).toString(), b.value(By.id("objective:target_input")));
        b.waitForText(text, "A weekly check-in on Sundays");
        assertEquals("A weekly check-in on Sundays", storedObjectiveText(objectiveId), "theirs is kept");

        // saving again is a deliberate choice, and replaces theirs
        b.find(By.id("objective:save")).click();
        b.waitForText(MESSAGES, "Objective saved.");
        b.waitForText(text, "A weekly check-in, phones away");
        assertTrue(b.text(text).contains("In progress"), b.text(text));
        assertEquals("A weekly check-in, phones away", storedObjectiveText(objectiveId));
        assertEquals(today.plusDays(45).toString(), String.valueOf(TestServer.queryOne(
                "SELECT target_date FROM plan_objective WHERE id = ?", objectiveId)));
        JsonObject stored = objectiveOf(c.api().get("api/plans/" + planId).json(), objectiveId);
        assertEquals("IN_PROGRESS", stored.getString("status"), stored.toString());
        assertEquals(today.plusDays(45).toString(), stored.getString("targetDate"));

        // adding one still works, with a status of its own
        b.find(By.id("plan:steps:6:goals:0:objective")).click();
        b.waitUntil(d -> d.findElement(By.id("objective:text")).isDisplayed()
                && d.findElement(By.id("objective:text")).getDomProperty("value").isEmpty());
        b.type(By.id("objective:text"), "Name one thing the other did well, each week");
        b.find(By.id("objective:save")).click();
        b.waitForText(MESSAGES, "Objective added.");
        b.waitForText(By.id("plan:steps:6:goals:0:objectives:1:otext"), "Name one thing the other did well");

        // signed: the objectives are read, never edited, on screen; the service refuses too
        assertEquals(200, PlanData.setReview(c.api(), planId, today.plusDays(20)).status());
        PlanData.sign(c.api(), planId);
        b.get("clients/plan.xhtml?caseId=" + couple.id() + "&planId=" + planId);
        b.waitForText(STATUS, "Signed");
        b.waitForText(text, "A weekly check-in, phones away");
        assertFalse(b.isPresent(By.id("plan:steps:6:goals:0:objectives:0:oedit")), "no objective editing when signed");
        assertFalse(b.isPresent(By.id("plan:steps:6:goals:0:objective")), "no objective adding when signed");
        Api.Reply refused = c.api().put(objective, "{\"text\":\"Changed after signing\"}",
                c.api().get("api/plans/" + planId).etag());
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("A weekly check-in, phones away", storedObjectiveText(objectiveId));
    }

    @Test
    void aMilestoneAndASelfCareActivityAreEdited() {
        Person c = PlanData.newStaff("recordedit", "COUNSELLOR");
        Case couple = PlanData.coupleCase(c);
        PlanData.createPlan(c.api(), couple.id(), false);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Reply milestone = c.api().post("api/cases/" + couple.id() + "/milestones", Json.createObjectBuilder()
                .add("achievedOn", today.minusDays(5).toString()).add("description", "First honest conversation")
                .build().toString());
        assertEquals(201, milestone.status(), milestone.toString());
        long milestoneId = PlanData.id(milestone.json());
        Api.Reply activity = c.api().post("api/cases/" + couple.id() + "/self-care", Json.createObjectBuilder()
                .add("clientId", couple.inRecovery()).add("activity", "Morning walk").add("frequency", "Daily")
                .build().toString());
        assertEquals(201, activity.status(), activity.toString());
        long activityId = PlanData.id(activity.json());

        Browser b = browser("counsellor");
        b.get("clients/plan.xhtml?caseId=" + couple.id()).signIn(c.username(), PlanData.PASSWORD, true);
        b.waitForText(STATUS, "Draft");
        By mtext = By.id("plan:steps:6:milestones:0:mtext");
        b.waitForText(mtext, "First honest conversation");

        // a milestone: a date in the future, then empty text, each refused beside its field
        b.find(By.id("plan:steps:6:milestones:0:medit")).click();
        b.waitUntil(d -> d.findElement(By.id("milestone:description")).isDisplayed()
                && "First honest conversation".equals(d.findElement(By.id("milestone:description")).getDomProperty("value")));
        b.waitForText(By.id("milestoneOf"), "The couple");
        assertFalse(b.isPresent(By.id("milestone:clientId")), "whose milestone it is stays");
        assertEquals(today.minusDays(5).toString(), b.value(By.id("milestone:achievedOn_input")));
        setDate(b, "milestone:achievedOn_input", today.plusDays(3));
        b.find(By.id("milestone:save")).click();
        b.waitForText(fieldOf("milestone:achievedOn"), "the date cannot be in the future");
        assertEquals(today.minusDays(5).toString(), String.valueOf(TestServer.queryOne(
                "SELECT achieved_on FROM milestone WHERE id = ?", milestoneId)), "the stored date stays");
        setDate(b, "milestone:achievedOn_input", today.minusDays(4));
        b.type(By.id("milestone:description"), "");
        b.find(By.id("milestone:save")).click();
        b.waitForText(fieldOf("milestone:description"), "What was achieved is required");
        assertEquals("First honest conversation", storedMilestone(milestoneId));

        // saved meanwhile by someone else: nothing saved, what was typed stays, and a second save wins
        Api.Reply theirs = c.api().put("api/cases/" + couple.id() + "/milestones/" + milestoneId,
                Json.createObjectBuilder().add("achievedOn", today.minusDays(5).toString())
                        .add("description", "First honest conversation, in session").build().toString(), milestone.etag());
        assertEquals(200, theirs.status(), theirs.toString());
        b.type(By.id("milestone:description"), "First honest conversation about the past year");
        b.find(By.id("milestone:save")).click();
        b.waitForText(By.id("milestone:messages"), "Someone else changed this record");
        assertEquals("First honest conversation about the past year", b.value(By.id("milestone:description")));
        b.waitForText(mtext, "First honest conversation, in session");
        b.find(By.id("milestone:save")).click();
        b.waitForText(MESSAGES, "Milestone saved.");
        b.waitForText(mtext, "First honest conversation about the past year");
        assertEquals("First honest conversation about the past year", storedMilestone(milestoneId));
        assertEquals(today.minusDays(4).toString(), String.valueOf(TestServer.queryOne(
                "SELECT achieved_on FROM milestone WHERE id = ?", milestoneId)));

        // the visible-to-client toggle still works, and keeps the edited text
        b.find(By.id("plan:steps:6:milestones:0:mtoggle")).click();
        b.waitForText(MESSAGES, "The milestone is hidden from the client.");
        assertFalse(asBoolean(TestServer.queryOne("SELECT visible_to_client FROM milestone WHERE id = ?", milestoneId)));
        assertEquals("First honest conversation about the past year", storedMilestone(milestoneId));
        JsonObject clientView = c.api().get("api/cases/" + couple.id() + "/step-records?audience=client").json();
        assertTrue(clientView.getJsonArray("milestones").isEmpty(), "hidden from the client's version");

        // a self-care activity: empty frequency refused beside the field, then saved
        By stext = By.id("plan:steps:8:selfCare:0:activities:0:stext");
        b.waitForText(stext, "Morning walk · Daily");
        b.find(By.id("plan:steps:8:selfCare:0:activities:0:sedit")).click();
        b.waitUntil(d -> d.findElement(By.id("selfCare:activity")).isDisplayed()
                && "Morning walk".equals(d.findElement(By.id("selfCare:activity")).getDomProperty("value")));
        assertFalse(b.isPresent(By.id("selfCare:clientId")), "an activity stays with its member");
        b.type(By.id("selfCare:activity"), "Evening walk");
        b.type(By.id("selfCare:frequency"), "");
        b.find(By.id("selfCare:save")).click();
        b.waitForText(fieldOf("selfCare:frequency"), "How often is required.");
        assertEquals("Evening walk", b.value(By.id("selfCare:activity")), "what was typed stays");
        assertEquals("Morning walk", TestServer.queryOne("SELECT activity FROM self_care_activity WHERE id = ?", activityId));
        b.type(By.id("selfCare:frequency"), "5x a week");
        b.type(By.id("selfCare:note"), "Helps with sleep");
        b.find(By.id("selfCare:save")).click();
        b.waitForText(MESSAGES, "Self-care activity saved.");
        b.waitForText(stext, "Evening walk · 5x a week");
        assertEquals("Evening walk", TestServer.queryOne("SELECT activity FROM self_care_activity WHERE id = ?", activityId));
        assertEquals("5x a week", TestServer.queryOne("SELECT frequency FROM self_care_activity WHERE id = ?", activityId));
        assertEquals("Helps with sleep", TestServer.queryOne("SELECT note FROM self_care_activity WHERE id = ?", activityId));
        assertTrue(asBoolean(TestServer.queryOne("SELECT active FROM self_care_activity WHERE id = ?", activityId)),
                "editing keeps it on the plan");
        assertEquals(1L, ((Number) TestServer.queryOne("SELECT COUNT(*) FROM self_care_activity WHERE case_id = ?",
                couple.id())).longValue(), "changed, not added again");
        b.find(By.id("plan:steps:8:selfCare:0:activities:0:switch")).click();
        b.waitForText(MESSAGES, "Activity taken off the plan.");
        assertFalse(asBoolean(TestServer.queryOne("SELECT active FROM self_care_activity WHERE id = ?", activityId)));
    }

    private static void openObjective(Browser b, String current) {
        b.find(By.id("plan:steps:6:goals:0:objectives:0:oedit")).click();
        b.waitUntil(d -> d.findElement(By.id("objective:text")).isDisplayed()
                && current.equals(d.findElement(By.id("objective:text")).getDomProperty("value")));
    }

    /** The field's own block of a dialog, where its message shows. */
    private static By fieldOf(String id) {
        return By.xpath("//*[@id='" + id + "']/ancestor::div[contains(@class,'tf-field')][1]");
    }

    /** Puts a date into a date picker's field of a dialog (its panel would cover the dialog's other fields). */
    private static void setDate(Browser b, String inputId, LocalDate date) {
        b.find(By.id(inputId));
        b.script("document.getElementById(arguments[0]).value = arguments[1];", inputId, date.toString());
        assertEquals(date.toString(), b.value(By.id(inputId)));
    }

    private static String storedObjectiveText(long id) {
        return (String) TestServer.queryOne("SELECT objective_text FROM plan_objective WHERE id = ?", id);
    }

    private static String storedMilestone(long id) {
        return (String) TestServer.queryOne("SELECT description FROM milestone WHERE id = ?", id);
    }

    private static JsonObject objectiveOf(JsonObject plan, long id) {
        return PlanData.goals(plan).stream().flatMap(g -> g.getJsonArray("objectives").stream())
                .map(JsonValue::asJsonObject).filter(o -> PlanData.id(o) == id).findFirst()
                .orElseThrow(() -> new AssertionError("objective " + id + " not in " + plan));
    }

    private static Boolean asBoolean(Object v) {
        return v instanceof Boolean x ? x : ((Number) v).intValue() != 0;
    }
}
