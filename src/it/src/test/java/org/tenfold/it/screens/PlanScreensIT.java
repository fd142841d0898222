package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * The treatment plan screen: a couple's plan from the template, a goal added on a step, the review
 * date, signing (after which nothing can be edited), revising into version 2 and comparing; the plan
 * due for review on the counsellor's home page; the administrator rewording a step.
 */
@ExtendWith(ArquillianExtension.class)
class PlanScreensIT extends ScreenTest {

    private static final By STATUS = By.id("plan:planStatus");
    private static final By HEADING = By.id("planHeading");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aCouplesPlanFromTheTemplateIsEditedSignedRevisedAndDueForReviewOnTheHomePage() {
        Person c = PlanData.newStaff("screen", "COUNSELLOR");
        Case couple = PlanData.coupleCase(c);
        Browser b = browser("counsellor");
        b.get("clients/plan.xhtml?caseId=" + couple.id()).signIn(c.username(), PlanData.PASSWORD, true);
        b.waitFor(By.id("plan:startTemplate"));
        b.clickAndWaitForReplacement(By.id("plan:startTemplate"), By.id("plan:start"));
        b.waitForText(STATUS, "Draft");
        String page = b.bodyText();
        assertTrue(page.contains("1. Acknowledgment and Responsibility"), page);
        assertTrue(page.contains("10. Rebuild Intimacy"), page);
        assertTrue(page.contains("The couple"), "the template's goals for the couple");

        // a goal of the couple's own on step 7
        b.find(By.id("plan:steps:6:addGoal")).click();
        b.type(By.id("goal:statement"), "Celebrate the first month of weekly check-ins");
        b.type(By.id("goal:note"), "Jordan is wary of celebrating too early");
        b.find(By.id("goal:save")).click();
        b.waitForText(By.id("plan"), "Celebrate the first month of weekly check-ins");

        String review = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
        b.type(By.id("plan:reviewOn_input"), review);
        b.find(By.id("plan:reviewOn_input")).sendKeys(Keys.ESCAPE);
        b.find(By.id("plan:saveReview")).click();
        b.waitForText(By.id("plan:messages"), "Review date saved.");

        b.find(By.id("plan:sign")).click();
        b.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        b.waitForText(STATUS, "Signed");
        b.waitForText(By.id("signed"), "Content unchanged since signing");
        assertFalse(b.isPresent(By.id("plan:steps:6:addGoal")), "nothing to edit on a signed version");
        assertFalse(b.isPresent(By.id("plan:sign")));
        assertTrue(b.isPresent(By.id("plan:pdfRecord")) && b.isPresent(By.id("plan:pdfClient")),
                "the record and the client copy can be downloaded");
        b.screenshot("plan-signed");
        long v1 = ((Number) TestServer.queryOne("SELECT id FROM treatment_plan WHERE case_id = ? AND plan_version = 1",
                couple.id())).longValue();
        assertEquals("SIGNED", TestServer.queryOne("SELECT status FROM treatment_plan WHERE id = ?", v1));

        b.find(By.id("plan:revise")).click();
        b.waitForText(HEADING, "Version 2");
        b.waitForText(STATUS, "Draft");
        assertTrue(b.bodyText().contains("Celebrate the first month of weekly check-ins"), "goals carried over");
        b.find(By.id("plan:compare")).click();
        b.waitForText(By.id("plan:diff"), "No changes.");
        b.screenshot("plan-revised");

        // the signed version is due within 14 days: on the counsellor's home page, linked to the plan
        b.get("index.xhtml");
        b.waitFor(By.id("planReviews"));
        By row = By.cssSelector("#planReviews a[href*='planId=" + v1 + "']");
        b.waitFor(row);
        assertFalse(b.text(By.id("planReviews")).contains("Overdue"), b.text(By.id("planReviews")));
        b.find(row).click();
        b.waitForText(HEADING, "Version 1");

        Browser desk = browser("frontdesk");
        desk.get("index.xhtml").signIn("frontdesk");
        assertFalse(desk.isPresent(By.id("planReviews")), "front desk has no plans to review");
    }

    @Test
    void theAdministratorRewordsAStepAndItsCodeStays() {
        Browser b = browser("admin");
        b.get("index.xhtml").signIn("admin");
        b.menu("Ten steps");
        By title = By.id("framework:steps:6:title");
        String original = b.value(title);
        b.type(title, "Celebrate Every Small Milestone");
        b.find(By.id("framework:steps:6:save")).click();
        b.waitForText(By.id("framework:messages"), "Step 7 saved.");
        assertEquals("Celebrate Every Small Milestone",
                TestServer.queryOne("SELECT title FROM framework_step WHERE code = 'MILESTONES'"));
        assertEquals(7, ((Number) TestServer.queryOne("SELECT step_number FROM framework_step WHERE code = 'MILESTONES'"))
                .intValue());
        assertTrue(((Number) TestServer.queryOne("SELECT COUNT(*) FROM audit_event WHERE action = 'FRAMEWORK_STEP_UPDATE'"
                + " AND entity_id = 'MILESTONES'")).longValue() >= 1);

        Api admin = PlanData.admin();
        Api.Reply step = admin.get("api/framework/steps/MILESTONES");
        Api.Reply back = admin.put("api/framework/steps/MILESTONES", Json.createObjectBuilder().add("title", original)
                .add("description", step.json().getString("description")).build().toString(), step.etag());
        assertEquals(200, back.status(), back.toString());
    }
}
