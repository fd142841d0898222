package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.tenfold.it.TestServer;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Case;
import org.tenfold.it.plan.PlanData.Person;

/**
 * The progress reports screen: a counsellor generates a couple's joint draft, releases it and sees the
 * PDF link; front desk sees the released report to download and nothing to generate; the monthly batch
 * page runs to the end with its progress bar.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressReportScreensIT extends ScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aDraftIsGeneratedReleasedAndOfferedToFrontDeskAndTheBatchRuns() {
        Person c = PlanData.newStaff("screenrep", "COUNSELLOR");
        Case couple = PlanData.coupleCase(c);
        Browser b = browser("counsellor");
        b.get("clients/reports.xhtml?clientId=" + couple.inRecovery()).signIn(c.username(), PlanData.PASSWORD, true);
        b.waitFor(By.id("reports:generateButton")).click();
        b.waitForText(By.id("reports:messages"), "generated");
        b.waitForText(By.id("reports:list:0:status"), "Draft");
        assertTrue(b.find(By.id("reports:recordExport")).getAttribute("href").contains("/clients/record-export?clientId="));
        String href = b.find(By.id("reports:list:0:open")).getAttribute("href");
        assertTrue(href.contains("/clients/report-pdf?id="), href);
        b.find(By.id("reports:list:0:release")).click();
        b.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        b.waitForText(By.id("reports:list:0:status"), "Released");
        assertEquals("RELEASED", TestServer.queryOne("SELECT status FROM progress_report WHERE client_id = ?",
                couple.inRecovery()));

        Browser desk = browser("frontdesk");
        desk.get("clients/reports.xhtml?clientId=" + couple.inRecovery()).signIn("frontdesk");
        desk.waitForText(By.id("reports:list:0:status"), "Released");
        assertTrue(desk.text(By.id("reports:list:0:open")).contains("Download"));
        assertFalse(desk.isPresent(By.id("reports:generateButton")), "front desk generates nothing");
        assertFalse(desk.isPresent(By.id("reports:list:0:summary")));

        b.get("clients/report-batch.xhtml");
        b.waitFor(By.id("batch:start")).click();
        b.waitForText(By.id("batchCounts"), "Done");
        b.get("clients/report-batch.xhtml");
        b.waitForText(By.id("batchCounts"), "3 done");
    }
}
