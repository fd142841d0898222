package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;

/** An administrator verifies the audit chain on the audit screen and makes a backup on the Backups screen. */
@ExtendWith(ArquillianExtension.class)
class RecordsScreenIT extends ScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void anAdministratorVerifiesTheChainAndBacksUpNow() throws Exception {
        Browser b = browser("records");
        b.get("login.xhtml").signIn("admin");
        b.menu("Audit log");
        b.find(By.id("audit:verify")).click();
        b.waitForText(By.id("chainStatus"), "Audit chain intact");
        assertTrue(b.text(By.id("chainSummary")).contains("signed checkpoint"), b.text(By.id("chainSummary")));
        b.screenshot("audit-verify");

        b.menu("Backups");
        assertTrue(b.text(By.id("destination")).contains("Backups go to"), b.text(By.id("destination")));
        b.clickAndWaitForReplacement(By.id("backups:now"), By.id("backups:messages"));
        b.waitForText(By.id("backups:messages"), "Backup made:");
        assertTrue(b.text(By.id("backups:runs")).contains("Done"), b.text(By.id("backups:runs")));
        b.screenshot("backups");
        assertTrue(ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'BACKUP_CREATE' AND actor = 'admin'"
                + " AND outcome = 'SUCCESS'") >= 1, "audited");
    }
}
