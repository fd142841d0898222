package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tenfold.it.Api;
import org.tenfold.it.DemoClinic;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;

/** Signing in, what each role's menu offers, and the administrator's staff screen. */
@ExtendWith(ArquillianExtension.class)
class AccountScreensIT extends ScreenTest {

    private static final List<String> ADMIN_ITEMS = List.of("Staff", "Rooms and hours", "Clinic settings", "Audit log");
    private static final List<String> CLIENT_ITEMS = List.of("Clients", "New client");
    private static final By LOGIN_MESSAGES = By.id("login:messages");
    private static final By STAFF_MESSAGES = By.id("staff:messages");
    private static final By STAFF_ROWS = By.cssSelector("[id='staff:table_data'] > tr");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private record Expected(String username, String roleLabel, List<String> shown, List<String> hidden) {
    }

    @Test
    void eachDemoRoleSeesItsOwnMenu() {
        Browser b = browser("roles");
        List<Expected> accounts = List.of(
                new Expected("admin", "Administrator", ADMIN_ITEMS, CLIENT_ITEMS),
                new Expected("frontdesk", "Front desk", CLIENT_ITEMS, ADMIN_ITEMS),
                new Expected("counsellor", "Counsellor", CLIENT_ITEMS, ADMIN_ITEMS),
                new Expected("counsellor2", "Counsellor", CLIENT_ITEMS, ADMIN_ITEMS),
                new Expected("supervisor", "Supervisor", CLIENT_ITEMS, ADMIN_ITEMS));
        for (Expected e : accounts) {
            b.get("login.xhtml").signIn(e.username());
            assertTrue(b.url().contains("index.xhtml"), e.username() + " lands on " + b.url());
            List<String> menu = b.menuLabels();
            String roles = b.text(By.id("roles"));
            assertAll(e.username() + "'s menu " + menu + " / " + roles,
                    () -> assertTrue(menu.contains("Home")),
                    () -> assertTrue(menu.containsAll(e.shown())),
                    () -> assertTrue(e.hidden().stream().noneMatch(menu::contains)),
                    () -> assertTrue(roles.contains(e.roleLabel()), roles),
                    () -> assertFalse(b.text(By.id("currentUser")).isBlank()));
            // the home page's tiles follow the same rules
            assertEquals(e.shown() == ADMIN_ITEMS, b.isPresent(By.id("goStaff")), e.username() + ": Staff tile");
            assertEquals(e.shown() == CLIENT_ITEMS, b.isPresent(By.id("goClients")), e.username() + ": Clients tile");
            if (e.username().equals("admin") || e.username().equals("supervisor")) {
                b.screenshot("home-" + e.username());
            }
            b.signOut();
        }
        b.waitFor(By.id("login:signedOut"));
    }

    @Test
    void aWrongPasswordShowsSignInFailedAndStaysOnTheSignInPage() {
        Browser b = browser("wrongpassword");
        b.get("login.xhtml");
        b.signIn("counsellor2", "not-the-password", false);
        String message = b.waitForText(LOGIN_MESSAGES, "Sign-in failed");
        assertTrue(message.contains("Check your username and password"), message);
        assertTrue(b.url().contains("login.xhtml"), b.url());
        assertFalse(b.isPresent(By.id("currentUser")), "not signed in");
        assertEquals("", b.value(By.id("login:password")), "the password is not sent back");
        b.screenshot("sign-in-failed");

        // an unknown user reads the very same message (no hint which usernames exist)
        b.signIn("nobody-" + uniqueLetters(), "not-the-password", false);
        assertTrue(b.waitForText(LOGIN_MESSAGES, "Sign-in failed").contains("Check your username and password"));

        // the right password still works (and clears the failed attempt)
        b.signIn("counsellor2");
        assertTrue(b.url().contains("index.xhtml"), b.url());

        // a protected page asked for before signing in is where sign-in leads
        b.signOut();
        b.get("clients/list.xhtml");
        b.waitForUrl("login.xhtml");
        b.signIn("counsellor2");
        b.waitForUrl("clients/list.xhtml");
    }

    /** The administrator creates an account, the person signs in, the account is deactivated. */
    @Test
    void adminAddsARoomAndSetsACounsellorsWorkingHours() throws Exception {
        Browser admin = browser("resources");
        admin.get("login.xhtml").signIn("admin");
        admin.menu("Rooms and hours");
        admin.waitForText(By.id("pageTitle"), "Rooms and working hours");

        String room = "Quiet Room " + uniqueLetters();
        admin.type(By.id("resources:newRoom"), room);
        admin.find(By.id("resources:addRoom")).click();
        admin.waitForText(By.id("resources:messages"), "Room " + room + " added.");
        assertTrue(admin.text(By.id("resources:rooms")).contains(room), "the new room is listed");

        choose(admin, "resources:counsellor", "Robin Second");
        admin.waitFor(By.id("resources:addBlock"));
        int before = admin.driver().findElements(By.cssSelector("[id='resources:blocks_data'] > tr")).size();
        assertEquals(5, before, "the demo counsellor works Monday to Friday");
        admin.find(By.id("resources:addBlock")).click();
        admin.waitUntil(d -> d.findElements(By.cssSelector("[id='resources:blocks_data'] > tr")).size() == before + 1);
        admin.find(By.id("resources:saveHours")).click();
        admin.waitForText(By.id("resources:messages"), "Working hours saved: 6 blocks.");
        try (var db = TestServer.database(); var s = db.createStatement();
                var r = s.executeQuery("SELECT COUNT(*) FROM working_hours w JOIN staff t ON t.id = w.staff_id"
                        + " WHERE t.username = 'counsellor2'")) {
            r.next();
            assertEquals(6, r.getInt(1), "six blocks stored");
        }
        admin.screenshot("resources-saved");

        // time off over a booked appointment: added, and the appointment still to move is named
        Api frontDesk = Api.as("frontdesk");
        long counsellor2 = DemoClinic.id(DemoClinic.staff(Api.as("admin")).get("counsellor2"));
        LocalDate monday = TestDays.freshWeek();
        long client = CalendarScreenTest.newClient(frontDesk, "Leave", capitalised(uniqueLetters()));
        Api.Reply booked = frontDesk.post("api/appointments", "{\"counsellorId\":" + counsellor2 + ",\"videoLink\":"
                + "\"https://video.example.org/leave\",\"clientIds\":[" + client + "],\"type\":\"INDIVIDUAL\",\"start\":\""
                + monday.plusDays(1).atTime(11, 0).atZone(ZoneId.of("Europe/London")).toInstant() + "\"}");
        assertEquals(201, booked.status(), booked.toString());
        admin.type(By.id("resources:offFrom_input"), monday + " 08:00");
        admin.type(By.id("resources:offTo_input"), monday.plusDays(4) + " 20:00");
        admin.type(By.id("resources:offReason"), "Annual leave");
        admin.find(By.id("resources:addTimeOff")).click();
        String added = admin.waitForText(By.id("resources:messages"), "Time off added");
        assertTrue(added.contains("1 booked appointment falls in it"), added);
        assertTrue(admin.text(By.id("resources:timeOff")).contains("Annual leave"));
        Api.Reply onLeave = frontDesk.post("api/appointments", "{\"counsellorId\":" + counsellor2 + ",\"videoLink\":"
                + "\"https://video.example.org/leave\",\"clientIds\":[" + client + "],\"type\":\"INDIVIDUAL\",\"start\":\""
                + monday.plusDays(2).atTime(11, 0).atZone(ZoneId.of("Europe/London")).toInstant() + "\"}");
        assertEquals(400, onLeave.status(), "booking during time off is refused: " + onLeave);
        assertTrue(onLeave.json().toString().contains("time off"), onLeave.toString());
        admin.screenshot("time-off");
        admin.find(By.xpath("//*[@id='resources:timeOff']//tr[contains(., 'Annual leave')]//button")).click();
        admin.waitForText(By.id("resources:messages"), "Time off removed.");
    }

    @Test
    void adminCreatesAndDeactivatesAStaffAccount() {
        Browser admin = browser("admin");
        admin.get("login.xhtml").signIn("admin");
        admin.menu("Staff");
        admin.waitForText(By.id("pageTitle"), "Staff accounts");

        String username = "screen." + uniqueLetters();
        String password = "correct horse " + uniqueLetters();
        admin.type(By.id("staff:username"), username);
        admin.type(By.id("staff:displayName"), "Screen Tester " + username);
        admin.type(By.id("staff:email"), username + "@example.org");
        admin.type(By.id("staff:password"), password);
        admin.find(By.xpath("//*[@id='staff:roles']//label[normalize-space()='Front desk']/.."
                + "//div[contains(@class,'ui-chkbox-box')]")).click();
        admin.waitUntil(d -> d.findElement(By.xpath("//*[@id='staff:roles']//input[@value='FRONT_DESK']"))
                .isSelected());
        admin.clickAndWaitForReplacement(By.id("staff:save"), STAFF_MESSAGES);
        admin.waitForText(STAFF_MESSAGES, "Account " + username + " created.");
        String row = staffRow(admin, username).getText();
        assertTrue(row.contains("Front desk") && row.contains("Active"), row);
        admin.screenshot("staff-created");

        // the new member of staff signs in elsewhere and sees the front desk's menu
        Browser staff = browser("newstaff");
        staff.get("login.xhtml").signIn(username, password, true);
        assertTrue(staff.menuLabels().contains("Clients"), staff.menuLabels().toString());

        // deactivate, confirming in the dialog
        staffRow(admin, username).findElement(By.xpath(".//button[normalize-space()='Deactivate']")).click();
        WebElement dialog = admin.waitFor(By.cssSelector(".ui-confirm-dialog"));
        assertTrue(dialog.getText().contains("Deactivate " + username + "?"), dialog.getText());
        admin.screenshot("deactivate-confirm");
        WebElement messages = admin.find(STAFF_MESSAGES);
        admin.waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        admin.waitUntilGone(messages);
        admin.waitForText(STAFF_MESSAGES, username + " deactivated: signed out everywhere.");
        String after = staffRow(admin, username).getText();
        assertTrue(after.contains("Deactivated"), after);
        assertTrue(staffRow(admin, username).findElements(By.xpath(".//button[normalize-space()='Reactivate']"))
                .size() == 1, "a Reactivate button replaces Deactivate: " + after);

        // the deactivated person's next page load lands on the sign-in page, session ended
        staff.get("clients/list.xhtml");
        staff.waitForUrl("login.xhtml");
        assertEquals("Your session ended. Please sign in again.", staff.text(By.id("login:ended")));
        staff.signIn(username, password, false);
        staff.waitForText(LOGIN_MESSAGES, "Sign-in failed");
        assertFalse(staff.isPresent(By.id("currentUser")));
    }

    /** The row of the staff table for one username, read afresh. */
    private static WebElement staffRow(Browser b, String username) {
        return b.waitUntil(d -> d.findElements(STAFF_ROWS).stream()
                .filter(r -> r.findElements(By.xpath("./td[1][normalize-space()='" + username + "']")).size() == 1)
                .findFirst().orElse(null));
    }
}
