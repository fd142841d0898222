package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Case;
import org.tenfold.it.plan.PlanData.Person;

/**
 * The session note screen: a DAP note with two steps rated, saved by itself when fields lose focus,
 * intact after a reload, signed with the password, then corrected by an addendum. The page's title
 * and address never carry the note's text.
 */
@ExtendWith(ArquillianExtension.class)
class NoteScreenIT extends ScreenTest {

    private static final By STATUS = By.id("note:noteStatus");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aDapNoteWithTwoStepsRatedIsAutosavedSurvivesAReloadIsSignedAndAmended() {
        Person c = PlanData.newStaff("nscr", "COUNSELLOR");
        Case individual = PlanData.individualCase(c);
        long appointment = heldSession(c.id(), individual.id(), individual.clients().get(0));
        Browser b = startNote(browser("counsellor"), c, appointment);

        b.type(By.id("note:sections:0:text"), "Talked through the week's hardest conversation.");
        b.type(By.id("note:sections:1:text"), "Listening improved; less defensiveness.");
        b.type(By.id("note:sections:2:text"), "Practise the check-in twice before next session.");
        b.find(By.id("note:sections:2:text")).sendKeys(Keys.TAB);

        b.clickAndWaitForReplacement(By.id("note:addStep"), By.id("note:steps"));
        chooseStep(b, 0, "2. Open and Honest Communication");
        b.type(By.id("note:stepTable:0:rating_input"), "6");
        b.type(By.id("note:stepTable:0:comment"), "Used the check-in script");
        b.find(By.id("note:stepTable:0:comment")).sendKeys(Keys.TAB);
        b.clickAndWaitForReplacement(By.id("note:addStep"), By.id("note:steps"));
        chooseStep(b, 1, "4. Establish Boundaries");
        b.type(By.id("note:stepTable:1:rating_input"), "4");
        b.type(By.id("note:stepTable:1:comment"), "Revisited the phone boundary");
        b.find(By.id("note:stepTable:1:comment")).sendKeys(Keys.TAB);
        b.find(By.cssSelector("label[for='note:riskUpdate:0']")).click();

        // saved without pressing anything: the fields' blur (and the 30-second timer) save the draft
        b.waitUntil(d -> Objects.equals(2L, number("SELECT COUNT(*) FROM session_note_step s JOIN session_note n"
                + " ON n.id = s.note_id WHERE n.appointment_id = ? AND s.rating IS NOT NULL", appointment))
                && "NO_CHANGE".equals(TestServer.queryOne("SELECT risk_update FROM session_note WHERE appointment_id = ?",
                        appointment)));
        assertEquals("Talked through the week's hardest conversation.", TestServer.queryOne(
                "SELECT section_1 FROM session_note WHERE appointment_id = ?", appointment));

        b.get("clients/note.xhtml?appointmentId=" + appointment);
        b.waitForText(STATUS, "Draft");
        assertEquals("Practise the check-in twice before next session.", b.value(By.id("note:sections:2:text")));
        assertEquals("6", b.value(By.id("note:stepTable:0:rating_input")));
        assertEquals("Revisited the phone boundary", b.value(By.id("note:stepTable:1:comment")));
        assertFalse(b.driver().getTitle().contains("hardest"), "the title never carries the text");
        assertFalse(b.url().contains("hardest"));

        b.find(By.id("note:openSign")).click();
        b.type(By.id("note:signPassword"), "not-my-password");
        b.find(By.id("note:sign")).click();
        b.waitForText(By.id("note:messages"), "password is not correct");
        assertEquals("DRAFT", TestServer.queryOne("SELECT status FROM session_note WHERE appointment_id = ?",
                appointment));
        b.find(By.id("note:openSign")).click();
        b.type(By.id("note:signPassword"), PlanData.PASSWORD);
        b.find(By.id("note:sign")).click();
        b.waitForText(STATUS, "Signed");
        assertFalse(b.isPresent(By.id("note:save")), "nothing to edit once signed");
        b.waitForText(By.id("signedBy"), c.username());

        b.type(By.id("note:addendumText"), "Correction: the check-in was practised once, not twice.");
        b.find(By.id("note:openAddendum")).click();
        b.type(By.id("note:addendumPassword"), PlanData.PASSWORD);
        b.find(By.id("note:addAddendum")).click();
        b.waitForText(By.id("note:addenda"), "Correction: the check-in was practised once, not twice.");
        b.screenshot("note-signed-with-addendum");
        assertTrue(b.bodyText().contains("Talked through the week's hardest conversation."));
        assertEquals("SIGNED", TestServer.queryOne("SELECT status FROM session_note WHERE appointment_id = ?",
                appointment));

        // the signed ratings feed the plan screen's progress over time (the case has no plan yet, so the
        // page shows the steps that keep records: step 4 was rated 4, step 7 not at all)
        b.get("clients/plan.xhtml?caseId=" + individual.id());
        String boundaries = b.waitForText(By.cssSelector("[data-step='BOUNDARIES'] .tf-progress-summary"), "latest");
        assertTrue(boundaries.startsWith("1 rating from ") && boundaries.contains("latest 4/10"), boundaries);
        assertTrue(b.isPresent(By.cssSelector("[data-step='BOUNDARIES'] svg.tf-progress-svg")), "the chart is drawn");
        assertTrue(b.text(By.cssSelector("[data-step='MILESTONES'] .tf-progress-chart")).contains("No signed session note"),
                "an unrated step says so");
    }

    @Test
    void aRatedStepIsLinkedToAGoalAndObjectiveOfThePlanInForce() {
        Person c = PlanData.newStaff("nsgl", "COUNSELLOR");
        Case individual = PlanData.individualCase(c);
        long client = individual.clients().get(0);
        long[] linked = signedPlanWithGoal(c, individual.id(), client, "Speak up at the check-in",
                "Three check-ins a week");
        long goalId = linked[0];
        long objectiveId = linked[1];
        long appointment = heldSession(c.id(), individual.id(), client);

        Browser b = startNote(browser("counsellor-goal"), c, appointment);
        b.clickAndWaitForReplacement(By.id("note:addStep"), By.id("note:steps"));
        chooseStep(b, 0, "2. Open and Honest Communication");
        chooseContaining(b, "note:stepTable:0:goal", "Speak up at the check-in");
        choose(b, "note:stepTable:0:objective", "Three check-ins a week");
        choose(b, "note:stepTable:0:objectiveStatus", "Achieved");
        b.waitUntil(d -> Objects.equals(objectiveId, number("SELECT s.objective_id FROM session_note_step s JOIN"
                + " session_note n ON n.id = s.note_id WHERE n.appointment_id = ? AND s.goal_id = ?"
                + " AND s.objective_status = 'ACHIEVED'", appointment, goalId)));

        b.get("clients/note.xhtml?appointmentId=" + appointment);
        b.waitForText(STATUS, "Draft");
        b.waitForText(By.id("note:stepTable:0:goal_label"), "Speak up at the check-in");
        b.waitForText(By.id("note:stepTable:0:objective_label"), "Three check-ins a week");
        b.waitForText(By.id("note:stepTable:0:objectiveStatus_label"), "Achieved");
        b.screenshot("note-step-linked-to-goal");
    }

    @Test
    void homeworkAndMilestonesAreSetOnTheNoteAndASupervisorSeesEveryLinkBeforeCoSigning() {
        Person c = PlanData.newStaff("nshw", "COUNSELLOR");
        Person supervisor = PlanData.newStaff("nssv", "SUPERVISOR");
        PlanData.supervise(supervisor.id(), c.id());
        Case individual = PlanData.individualCase(c);
        long client = individual.clients().get(0);
        signedPlanWithGoal(c, individual.id(), client, "Name the urge out loud", "Tell the sponsor within a day");
        Api.Reply care = c.api().post("api/cases/" + individual.id() + "/self-care", Json.createObjectBuilder()
                .add("clientId", client).add("activity", "Evening walk").add("frequency", "daily").build().toString());
        assertEquals(201, care.status(), care.toString());
        long appointment = heldSession(c.id(), individual.id(), client);

        Browser b = startNote(browser("counsellor-homework"), c, appointment);
        b.type(By.id("note:sections:0:text"), "Reviewed the week.");
        b.type(By.id("note:sections:1:text"), "Steadier than last month.");
        b.type(By.id("note:sections:2:text"), "Keep the evening routine.");
        b.clickAndWaitForReplacement(By.id("note:addStep"), By.id("note:steps"));
        chooseStep(b, 0, "2. Open and Honest Communication");
        chooseContaining(b, "note:stepTable:0:goal", "Name the urge out loud");
        b.type(By.id("note:stepTable:0:rating_input"), "5");
        b.find(By.id("note:stepTable:0:rating_input")).sendKeys(Keys.TAB);
        b.find(By.cssSelector("label[for='note:riskUpdate:0']")).click();

        // homework: the client's self-care activity from the plan's step 9, and something of the counsellor's own
        b.clickAndWaitForReplacement(By.id("note:addHomework"), By.id("note:homework"));
        chooseContaining(b, "note:homeworkTable:0:ref", "Evening walk");
        b.type(By.id("note:homeworkTable:0:detail"), "Three times before Friday");
        b.find(By.id("note:homeworkTable:0:detail")).sendKeys(Keys.TAB);
        b.clickAndWaitForReplacement(By.id("note:addHomework"), By.id("note:homework"));
        choose(b, "note:homeworkTable:1:kind", "Other (describe it)");
        b.type(By.id("note:homeworkTable:1:detail"), "Write the letter, do not send it");
        b.find(By.id("note:homeworkTable:1:detail")).sendKeys(Keys.TAB);
        b.clickAndWaitForReplacement(By.id("note:addMilestone"), By.id("note:milestones"));
        b.type(By.id("note:milestoneTable:0:description"), "Ninety days without acting out");
        b.find(By.id("note:milestoneTable:0:description")).sendKeys(Keys.TAB);
        b.waitUntil(d -> Objects.equals(2L, number("SELECT COUNT(*) FROM session_note_homework h JOIN session_note n"
                + " ON n.id = h.note_id WHERE n.appointment_id = ?", appointment))
                && Objects.equals(1L, number("SELECT COUNT(*) FROM session_note_milestone m JOIN session_note n"
                        + " ON n.id = m.note_id WHERE n.appointment_id = ?", appointment)));

        b.get("clients/note.xhtml?appointmentId=" + appointment);
        b.waitForText(STATUS, "Draft");
        b.waitForText(By.id("note:homeworkTable:0:ref_label"), "Evening walk");
        assertEquals("Write the letter, do not send it", b.value(By.id("note:homeworkTable:1:detail")));
        assertEquals("Ninety days without acting out", b.value(By.id("note:milestoneTable:0:description")));
        b.find(By.id("note:openSign")).click();
        b.type(By.id("note:signPassword"), PlanData.PASSWORD);
        b.find(By.id("note:sign")).click();
        b.waitForText(STATUS, "awaiting co-signature");
        b.waitForText(By.id("homeworkList"), "Evening walk (daily) · Three times before Friday");
        assertEquals(0L, number("SELECT COUNT(*) FROM milestone WHERE case_id = ?", individual.id()),
                "a milestone is recorded once the note is co-signed");

        // the supervisor sees the goal, homework and milestone the note links, then co-signs
        Browser s = browser("supervisor-homework");
        s.get("clients/note.xhtml?appointmentId=" + appointment).signIn(supervisor.username(), PlanData.PASSWORD, true);
        s.waitForText(STATUS, "awaiting co-signature");
        s.waitForText(By.id("linkedGoal-0"), "Name the urge out loud");
        s.waitForText(By.id("homeworkList"), "Write the letter, do not send it");
        s.waitForText(By.id("milestoneList"), "Ninety days without acting out");
        s.screenshot("note-awaiting-cosignature-with-links");
        s.find(By.id("note:openCosign")).click();
        s.type(By.id("note:cosignPassword"), PlanData.PASSWORD);
        s.find(By.id("note:cosign")).click();
        s.waitForText(STATUS, "Signed");
        b.waitUntil(d -> Objects.equals(1L, number("SELECT COUNT(*) FROM milestone WHERE case_id = ? AND description = ?",
                individual.id(), "Ninety days without acting out")));
    }

    /** Signs in as the counsellor on the note screen of the appointment and starts a DAP note. */
    private static Browser startNote(Browser b, Person c, long appointment) {
        b.get("clients/note.xhtml?appointmentId=" + appointment).signIn(c.username(), PlanData.PASSWORD, true);
        b.waitFor(By.id("note:startNote"));
        b.clickAndWaitForReplacement(By.id("note:startNote"), By.id("note:start"));
        b.waitForText(STATUS, "Draft");
        return b;
    }

    /** A signed plan for the case with one goal of the client's on step 2 and one objective: their ids. */
    private static long[] signedPlanWithGoal(Person c, long caseId, long client, String statement, String objective) {
        long planId = PlanData.id(PlanData.createPlan(c.api(), caseId, false));
        Api.Reply goal = c.api().post("api/plans/" + planId + "/goals", Json.createObjectBuilder()
                .add("stepCode", "COMMUNICATE").add("clientId", client).add("statement", statement)
                .add("interventions", "Practised in session").build().toString());
        assertEquals(201, goal.status(), goal.toString());
        long goalId = PlanData.id(goal.json());
        Api.Reply o = c.api().post("api/plans/" + planId + "/goals/" + goalId + "/objectives",
                Json.createObjectBuilder().add("text", objective).build().toString());
        assertEquals(201, o.status(), o.toString());
        assertEquals(200, PlanData.setReview(c.api(), planId, java.time.LocalDate.now().plusMonths(3)).status());
        PlanData.sign(c.api(), planId);
        return new long[] {goalId, PlanData.id(o.json())};
    }

    /** Picks the menu's item whose label contains the text (a goal's label starts with whose goal it is). */
    private static void chooseContaining(Browser b, String id, String text) {
        By shown = By.id(id + "_label");
        By item = By.cssSelector("[id='" + id + "_items'] li[data-label*='" + text + "']");
        b.waitUntil(d -> {
            if (d.findElement(shown).getText().contains(text)) {
                return true;
            }
            var option = d.findElements(item);
            if (!option.isEmpty() && option.get(0).isDisplayed()) {
                option.get(0).click();
            } else {
                d.findElement(By.id(id)).click();
            }
            return false;
        });
    }

    private static void chooseStep(Browser b, int row, String label) {
        choose(b, "note:stepTable:" + row + ":stepCode", label);
    }

    private static Long number(String sql, Object... params) {
        Object v = TestServer.queryOne(sql, params);
        return v == null ? null : ((Number) v).longValue();
    }

    static long heldSession(long counsellorId, long caseId, long client) {
        JsonArrayBuilder ids = Json.createArrayBuilder().add(client);
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.DAYS)
                .minus(ThreadLocalRandom.current().nextInt(2, 20), ChronoUnit.HOURS);
        Api.Reply r = PlanData.admin().post("api/appointments", Json.createObjectBuilder()
                .add("counsellorId", counsellorId).add("clientIds", ids).add("type", "INDIVIDUAL").add("caseId", caseId)
                .add("start", start.toString()).add("videoLink", "https://video.example.org/s")
                .add("overrideReason", "test session outside set hours").build().toString());
        assertEquals(201, r.status(), r.toString());
        long id = r.json().getJsonNumber("id").longValue();
        assertEquals(200, PlanData.frontDesk().post("api/appointments/" + id + "/check-in", "").status());
        assertEquals(200, PlanData.frontDesk().post("api/appointments/" + id + "/complete", "").status());
        return id;
    }
}
