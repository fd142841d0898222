package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;

/** The letterhead on the clinic settings screen: address saved, a logo uploaded with a preview, a wrong file refused, removed. */
@ExtendWith(ArquillianExtension.class)
class LetterheadScreenIT extends ScreenTest {

    private static final By MESSAGES = By.id("letterhead:messages");
    private static final By ADDRESS = By.id("letterhead:address");
    private static final By SAVE = By.id("letterhead:save");
    private static final By LOGO_MESSAGES = By.id("logo:messages");
    private static final By FILE = By.id("logo:upload_input");
    private static final By PREVIEW = By.id("logoPreview");
    private static final By NO_LOGO = By.id("noLogo");
    private static final By REMOVE = By.id("logo:remove");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void anAdministratorSetsTheAddressAndTheLogo() throws Exception {
        Api admin = ClientData.signedIn("admin");
        Browser b = browser("letterhead");
        Path dir = Files.createTempDirectory("letterhead");
        try {
            b.get("login.xhtml").signIn("admin");
            b.menu("Clinic settings");
            b.waitFor(NO_LOGO);
            b.type(ADDRESS, "7 Screen Street\nLeeds LS1 1AA");
            b.clickAndWaitForReplacement(SAVE, MESSAGES);
            b.waitForText(MESSAGES, "Letterhead saved.");
            assertEquals("7 Screen Street\nLeeds LS1 1AA", admin.get("api/settings/letterhead").json().getString("address"));

            Path fake = dir.resolve("fake.png");
            Files.writeString(fake, "this is not a picture", StandardCharsets.UTF_8);
            b.find(FILE).sendKeys(fake.toString());
            b.waitForText(LOGO_MESSAGES, "The logo must be a PNG or JPEG image.");
            assertTrue(admin.get("api/settings/letterhead").json().isNull("logo"), "nothing stored");

            Path png = dir.resolve("logo.png");
            BufferedImage img = new BufferedImage(90, 30, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(new Color(200, 80, 40));
            g.fillRect(0, 0, 90, 30);
            g.dispose();
            ImageIO.write(img, "png", png.toFile());
            b.find(FILE).sendKeys(png.toString());
            b.waitFor(PREVIEW);
            assertTrue(b.find(PREVIEW).getAttribute("src").startsWith("data:image/png;base64,"));
            assertEquals("image/png", admin.get("api/settings/letterhead").json().getJsonObject("logo")
                    .getString("contentType"));
            b.screenshot("letterhead");

            b.find(REMOVE).click();
            b.waitFor(NO_LOGO);
            assertTrue(admin.get("api/settings/letterhead").json().isNull("logo"), "removed");
        } finally {
            Api.Reply r = admin.put("api/settings/letterhead", Json.createObjectBuilder().add("address", "")
                    .add("phone", "").add("email", "").add("website", "").build().toString(), null);
            assertEquals(200, r.status(), r.toString());
            admin.delete("api/settings/logo");
        }
    }
}
