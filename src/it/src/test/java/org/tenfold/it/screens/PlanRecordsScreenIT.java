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
 * The step records on the plan screen: a boundary recorded before any plan exists, then on a couple's
 * plan from the template a boundary agreed, a milestone, an assignment and a self-care activity; bad
 * input answered field by field; a stale save keeping what was typed; signing and revising, after which
 * the new version shows the same records; a counsellor off the case refused. And the education
 * catalogue kept by an administrator.
 */
@ExtendWith(ArquillianExtension.class)
class PlanRecordsScreenIT extends ScreenTest {

    private static final By STATUS = By.id("plan:planStatus");
    private static final By HEADING = By.id("planHeading");
    private static final By MESSAGES = By.id("plan:messages");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void recordsOfTheCaseShowOnEveryPlanVersionAndOnlyToItsCounsellors() {
        Person c = PlanData.newStaff("records", "COUNSELLOR");
        Case couple = PlanData.coupleCase(c);
        Browser b = browser("counsellor");
        b.get("clients/plan.xhtml?caseId=" + couple.id()).signIn(c.username(), PlanData.PASSWORD, true);

        // no plan yet: the record steps are there, and take records
        b.waitFor(By.id("plan:startTemplate"));
        b.find(By.id("plan:recordSteps:0:addBoundary")).click();
        b.waitFor(By.id("boundary:wording"));
        b.find(By.id("boundary:save")).click();
        b.waitForText(By.id("boundary"), "What is agreed is required.");
        b.type(By.id("boundary:wording"), "No devices in the bedroom after ten");
        b.find(By.id("boundary:save")).click();
        b.waitForText(MESSAGES, "Boundary recorded.");
        b.waitForText(By.id("plan"), "No devices in the bedroom after ten");

        b.clickAndWaitForReplacement(By.id("plan:startTemplate"), By.id("plan:start"));
        b.waitForText(STATUS, "Draft");
        String page = b.bodyText();
        assertTrue(page.contains("No devices in the bedroom after ten"), "a record made before the plan shows on it");
        assertTrue(page.contains("No signed session note has rated this step yet"), page);

        // step 4: a boundary proposed by the partner, then agreed
        b.find(By.id("plan:steps:3:addBoundary")).click();
        b.type(By.id("boundary:wording"), "Phones stay unlocked and on the kitchen table overnight");
        choose(b, "boundary:proposedByClientId", partnerLabel(b));
        b.find(By.id("boundary:save")).click();
        b.waitForText(MESSAGES, "Boundary recorded.");
        By second = By.id("plan:steps:3:boundaries:1:bstatus");
        b.waitForText(second, "Proposed");
        b.find(By.id("plan:steps:3:boundaries:1:bchange")).click();
        b.waitFor(By.id("boundaryStatus:status"));
        choose(b, "boundaryStatus:status", "Agree");
        b.type(By.id("boundaryStatus:note"), "Both agreed in session");
        b.find(By.id("boundaryStatus:save")).click();
        b.waitForText(MESSAGES, "Boundary now agreed.");
        b.waitForText(second, "Agreed");
        long boundary = ((Number) TestServer.queryOne("SELECT id FROM boundary WHERE case_id = ? AND wording LIKE 'Phones%'",
                couple.id())).longValue();
        assertEquals("AGREED", TestServer.queryOne("SELECT status FROM boundary WHERE id = ?", boundary));

        // step 7: a milestone of the couple's; a date in the future is refused beside the field
        b.find(By.id("plan:steps:6:addMilestone")).click();
        b.waitFor(By.id("milestone:description"));
        setDate(b, "milestone:achievedOn_input", LocalDate.now(ZoneOffset.UTC).plusDays(5));
        b.type(By.id("milestone:description"), "A month of weekly check-ins");
        b.find(By.id("milestone:save")).click();
        b.waitForText(By.id("milestone"), "the date cannot be in the future");
        assertEquals("A month of weekly check-ins", b.value(By.id("milestone:description")), "what was typed stays");
        setDate(b, "milestone:achievedOn_input", LocalDate.now(ZoneOffset.UTC).minusDays(1));
        b.find(By.id("milestone:save")).click();
        b.waitForText(MESSAGES, "Milestone recorded.");
        b.waitForText(By.id("plan:steps:6:milestones:0:mtext"), "A month of weekly check-ins");

        // step 8 and step 9
        b.find(By.id("plan:steps:7:assign")).click();
        b.waitFor(By.id("assignment:itemId"));
        b.find(By.id("assignment:save")).click();
        b.waitForText(By.id("assignment"), "Choose an item of the catalogue.");
        chooseContaining(b, "assignment:itemId", "Sex Addicts Anonymous");
        b.find(By.id("assignment:save")).click();
        b.waitForText(MESSAGES, "Assigned.");
        b.waitForText(By.id("plan:steps:7:assignments:0:astatus"), "Assigned");
        b.find(By.id("plan:steps:8:selfCare:0:addSelfCare")).click();
        b.waitFor(By.id("selfCare:activity"));
        b.type(By.id("selfCare:activity"), "Morning walk");
        b.find(By.id("selfCare:save")).click();
        b.waitForText(By.id("selfCare"), "How often is required.");
        b.type(By.id("selfCare:frequency"), "Daily");
        b.find(By.id("selfCare:save")).click();
        b.waitForText(MESSAGES, "Self-care activity added.");
        b.waitForText(By.id("plan"), "Morning walk · Daily");

        // a stale save: someone else rewords the proposed boundary while the dialog is open
        Api.Reply made = c.api().post("api/cases/" + couple.id() + "/boundaries",
                "{\"wording\":\"Check in every Sunday evening\"}");
        assertEquals(201, made.status(), made.toString());
        b.get("clients/plan.xhtml?caseId=" + couple.id());
        b.waitForText(By.id("plan:steps:3:boundaries:2:bwording"), "Check in every Sunday evening");
        b.find(By.id("plan:steps:3:boundaries:2:breword")).click();
        b.waitFor(By.id("boundary:wording"));
        Api.Reply theirs = c.api().put("api/cases/" + couple.id() + "/boundaries/" + PlanData.id(made.json()),
                "{\"wording\":\"Check in every Sunday after dinner\"}", made.etag());
        assertEquals(200, theirs.status(), theirs.toString());
        b.type(By.id("boundary:wording"), "Check in every Sunday, phones away");
        b.find(By.id("boundary:save")).click();
        b.waitForText(By.id("boundary:messages"), "Someone else changed this record");
        assertEquals("Check in every Sunday, phones away", b.value(By.id("boundary:wording")), "nothing typed is lost");
        b.waitForText(By.id("plan:steps:3:boundaries:2:bwording"), "Check in every Sunday after dinner");
        b.find(By.id("boundary:save")).click();
        b.waitForText(MESSAGES, "Boundary saved.");
        b.waitForText(By.id("plan:steps:3:boundaries:2:bwording"), "Check in every Sunday, phones away");

        // sign and revise: the records belong to the case and show on the new version
        b.type(By.id("plan:reviewOn_input"), LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        b.find(By.id("plan:reviewOn_input")).sendKeys(Keys.ESCAPE);
        b.find(By.id("plan:saveReview")).click();
        b.waitForText(MESSAGES, "Review date saved.");
        b.find(By.id("plan:sign")).click();
        b.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        b.waitForText(STATUS, "Signed");
        assertTrue(b.bodyText().contains("Phones stay unlocked"), "records shown on the signed version");
        b.find(By.id("plan:revise")).click();
        b.waitForText(HEADING, "Version 2");
        b.waitForText(STATUS, "Draft");
        b.waitForText(By.id("plan:steps:3:boundaries:1:bstatus"), "Agreed");
        page = b.bodyText();
        assertTrue(page.contains("Phones stay unlocked and on the kitchen table overnight"), page);
        assertTrue(page.contains("A month of weekly check-ins"), page);
        assertTrue(page.contains("Morning walk"), page);
        b.screenshot("records-on-revision");
        assertEquals(1L, ((Number) TestServer.queryOne("SELECT COUNT(*) FROM milestone WHERE case_id = ?",
                couple.id())).longValue(), "revising copies no records");

        // a closed case: its records are read, not changed
        Api.Reply read = c.api().get("api/cases/" + couple.id());
        Api.Reply closed = c.api().post("api/cases/" + couple.id() + "/close",
                "{\"reason\":\"COMPLETED\",\"note\":\"Ended well\"}", read.etag());
        assertEquals(200, closed.status(), closed.toString());
        b.get("clients/plan.xhtml?caseId=" + couple.id());
        b.waitForText(By.id("recordsClosed"), "This case is closed");
        assertTrue(b.bodyText().contains("Phones stay unlocked"), "still readable");
        assertFalse(b.isPresent(By.id("plan:steps:3:addBoundary")), "nothing to add on a closed case");
        assertFalse(b.isPresent(By.id("plan:steps:3:boundaries:1:bchange")));
        assertFalse(b.isPresent(By.id("plan:steps:8:selfCare:0:activities:0:switch")));

        // a counsellor off the case: refused, nothing shown, the refusal audited
        Person other = PlanData.newStaff("records-off", "COUNSELLOR");
        Browser o = browser("other");
        o.get("login.xhtml").signIn(other.username(), PlanData.PASSWORD, true);
        o.get("clients/plan.xhtml?caseId=" + couple.id());
        o.waitForText(By.id("errorTitle"), "Not allowed");
        String refused = o.bodyText();
        assertFalse(refused.contains("Phones stay unlocked"), refused);
        assertFalse(refused.contains("A month of weekly check-ins"), refused);
        assertFalse(o.isPresent(By.id("plan:recordSteps:0:addBoundary")));
        assertFalse(o.isPresent(By.id("plan:startTemplate")));
        assertTrue(((Number) TestServer.queryOne("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND outcome = 'DENIED'",
                other.username())).longValue() >= 2, "the refusal is audited per member");
    }

    /** Puts a date into a date picker's field of a dialog (its panel would cover the dialog's other fields). */
    private static void setDate(Browser b, String inputId, LocalDate date) {
        b.find(By.id(inputId));
        b.script("document.getElementById(arguments[0]).value = arguments[1];", inputId, date.toString());
        assertEquals(date.toString(), b.value(By.id(inputId)));
    }

    /** Picks the entry of a select menu whose label contains {@code part}. */
    private static void chooseContaining(Browser b, String id, String part) {
        By shown = By.id(id + "_label");
        By item = By.cssSelector("[id='" + id + "_items'] li[data-label*='" + part + "']");
        b.waitUntil(d -> {
            if (d.findElement(shown).getText().contains(part)) {
                return true;
            }
            var option = d.findElements(item);
            if (!option.isEmpty() && option.get(0).isDisplayed()) {
                option.get(0).click();
            } else {
                d.findElement(By.id(id)).click();
            }
            return d.findElement(shown).getText().contains(part);
        });
    }

    /** The partner's entry of the proposer menu. */
    private static String partnerLabel(Browser b) {
        return b.waitUntil(d -> d.findElements(By.cssSelector("[id='boundary:proposedByClientId_input'] option")).stream()
                .map(e -> e.getDomProperty("textContent")).filter(l -> l != null && l.endsWith("(partner)"))
                .findFirst().orElse(null));
    }

    @Test
    void theCatalogueIsKeptOnItsOwnScreen() {
        Browser b = browser("admin");
        b.get("index.xhtml").signIn("admin");
        b.menu("Education catalogue");
        b.waitFor(By.id("catalogue:items"));
        b.find(By.id("catalogue:add")).click();
        b.waitFor(By.id("item:title"));
        b.find(By.id("item:save")).click();
        b.waitForText(By.id("item"), "The title is required.");
        String title = "Rebuilding after " + capitalised(uniqueLetters());
        b.type(By.id("item:title"), title);
        b.type(By.id("item:provider"), "A. Author");
        b.find(By.id("item:save")).click();
        b.waitForText(By.id("catalogue:messages"), "saved.");
        b.waitForText(By.id("catalogue:items"), title);
        long id = ((Number) TestServer.queryOne("SELECT id FROM education_item WHERE title = ?", title)).longValue();

        int row = rowOf(b, title);
        b.find(By.id("catalogue:items:" + row + ":retire")).click();
        b.waitForText(By.id("catalogue:messages"), "retired.");
        b.waitForText(By.id("catalogue:items:" + row + ":state"), "Retired");
        assertEquals(Boolean.FALSE, asBoolean(TestServer.queryOne("SELECT active FROM education_item WHERE id = ?", id)));

        Browser desk = browser("frontdesk");
        desk.get("index.xhtml").signIn("frontdesk");
        assertFalse(desk.menuLabels().contains("Education catalogue"));
    }

    private static int rowOf(Browser b, String title) {
        return b.waitUntil(d -> {
            var rows = d.findElements(By.cssSelector("[id='catalogue:items_data'] > tr"));
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).getText().contains(title)) {
                    return i;
                }
            }
            return null;
        });
    }

    private static Boolean asBoolean(Object v) {
        return v instanceof Boolean x ? x : ((Number) v).intValue() != 0;
    }
}
