package org.tenfold.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Person;
import org.tenfold.it.scheduling.TestMailbox;

/**
 * Portal accounts end to end over HTTPS: who may be invited (consent to email, an address of their own), the
 * discreet email and its link (once, then void), the password rules, signing in and the lockout, the account as
 * staff see it (last sign-in, reports opened), the release email, "forgot password".
 */
@ExtendWith(ArquillianExtension.class)
class PortalAccountsIT {

    /** Words no portal email may hold: the clinic's name and what it does. */
    static final List<String> GIVEAWAYS = List.of("harbour", "counsel", "therap", "clinic", "addict", "recover",
            "session", "report", "progress", "porn", "sex", "trust", "couple", "tenfold");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aClientIsInvitedChoosesAPasswordSignsInAndStaffSeeWhatTheyOpened() throws Exception {
        Person counsellor = PlanData.newStaff("portalc", "COUNSELLOR");
        PlanData.Case c = PlanData.individualCase(counsellor);
        long client = c.clients().get(0);
        String email = PortalData.giveEmail(client);
        try (TestMailbox mailbox = TestMailbox.start()) {
            String link = PortalVisitor.invite(counsellor.api(), client, mailbox, email);
            MimeMessage invitation = mailbox.to(email).get(0);
            assertDiscreet(invitation);

            PortalVisitor browser = new PortalVisitor();
            PortalVisitor.Page weak = browser.choosePassword(link, "1234567890");
            assertEquals(200, weak.status(), "a refused password stays on the page");
            assertTrue(weak.body().contains("most common"), weak.body());
            PortalVisitor.Page welcome = browser.get("welcome.xhtml");
            PortalVisitor.Page set = browser.post("welcome.xhtml", welcome, java.util.Map.of("welcome", "welcome",
                    "welcome:password", PortalData.PASSWORD, "welcome:repeat", PortalData.PASSWORD,
                    "welcome:save", "Save my password"));
            assertEquals(302, set.status(), set.body());
            assertTrue(set.location().endsWith("/portal/signin.xhtml"), set.location());

            PortalVisitor again = new PortalVisitor();
            again.getUrl(link);
            assertTrue(again.get("welcome.xhtml").body().contains("expired or was used"), "a link works once");

            PortalVisitor wrong = new PortalVisitor();
            PortalVisitor.Page refused = wrong.signIn(email, "not the password at all");
            assertEquals(200, refused.status());
            assertTrue(refused.body().contains("do not match"), refused.body());
            assertTrue(wrong.get("home.xhtml").location().endsWith("/portal/signin.xhtml"), "not signed in");

            PortalVisitor me = new PortalVisitor();
            PortalVisitor.Page in = me.signIn(email.toUpperCase(Locale.ROOT), PortalData.PASSWORD);
            assertEquals(302, in.status(), in.body());
            assertTrue(in.location().endsWith("/portal/home.xhtml"), in.location());
            var cookie = me.sessionCookie().orElseThrow();
            assertEquals("/portal", cookie.getPath(), "the portal's cookie is for the portal only");
            assertTrue(cookie.getSecure() && cookie.isHttpOnly(), "Secure, HttpOnly");
            PortalVisitor.Page home = me.get("home.xhtml");
            assertEquals(200, home.status(), home.body());
            assertTrue(home.body().contains("<title>My space</title>"), "the title is the portal's name alone");
            assertFalse(home.body().contains("Harbour") || home.body().toLowerCase(Locale.ROOT).contains("counsel"),
                    "nothing on the page names the clinic or what it does");
            assertTrue(home.body().contains("Leave quickly"));

            long report = PortalData.releasedReport(counsellor.api(), client, c.id(), "INDIVIDUAL", "Well done.");
            MimeMessage notice = mailbox.awaitOne(email, "Something new in My space");
            assertDiscreet(notice);
            PortalVisitor.Page documents = me.get("documents.xhtml");
            assertTrue(documents.body().contains("file?d=" + report), documents.body());
            PortalVisitor.Page file = me.get("file?d=" + report);
            assertEquals(200, file.status());
            assertEquals("application/pdf", file.contentType());
            byte[] released = counsellorPdf(counsellor.api(), report);
            assertTrue(Arrays.equals(released, file.bytes()), "the released file, byte for byte");
            assertEquals(404, me.get("file?d=" + (report + 100000)).status(), "no other file");

            Api.Reply account = counsellor.api().get("api/clients/" + client + "/portal");
            assertEquals(200, account.status(), account.toString());
            JsonObject a = account.json();
            assertEquals("ACTIVE", a.getString("status"));
            assertNotNull(a.get("lastSignInAt"), "staff see when the client last signed in");
            assertEquals(report, a.getJsonArray("reportsOpened").getJsonObject(0).getJsonNumber("reportId").longValue(),
                    "staff see which report the client opened");
            assertEquals(client, ((Number) TestServer.queryOne("SELECT client_id FROM audit_event WHERE action ="
                    + " 'PORTAL_DOWNLOAD' AND actor = ? ORDER BY id DESC LIMIT 1", "client:" + chart(counsellor.api(),
                    client))).longValue(), "the download is audited with the client as actor");

            assertEquals(409, counsellor.api().post("api/clients/" + client + "/portal/invitation", "").status(),
                    "an account already set up is not invited again");

            // forgot password: a new link by email; the old password stops working once a new one is set
            PortalVisitor forgetful = new PortalVisitor();
            PortalVisitor.Page form = forgetful.get("forgot.xhtml");
            PortalVisitor.Page asked = forgetful.post("forgot.xhtml", form, java.util.Map.of("forgot", "forgot",
                    "forgot:email", email, "forgot:send", "Send me a link"));
            assertTrue(asked.body().contains("If that address belongs to an account"), asked.body());
            MimeMessage reset = mailbox.awaitOne(email, "Your My space password");
            assertDiscreet(reset);
            PortalVisitor.Page newSet = forgetful.choosePassword(PortalVisitor.linkIn(reset), "quiet harbour moon lamp 9");
            assertEquals(302, newSet.status(), newSet.body());
            assertEquals(200, new PortalVisitor().signIn(email, PortalData.PASSWORD).status(), "the old password is gone");
            assertEquals(302, new PortalVisitor().signIn(email, "quiet harbour moon lamp 9").status());
            PortalVisitor stranger = new PortalVisitor();
            PortalVisitor.Page unknown = stranger.post("forgot.xhtml", stranger.get("forgot.xhtml"), java.util.Map.of(
                    "forgot", "forgot", "forgot:email", "nobody-" + client + "@example.org", "forgot:send", "x"));
            assertTrue(unknown.body().contains("If that address belongs to an account"), "the same answer for anyone");

            // closed by staff: the live session ends at its next request
            assertEquals(200, counsellor.api().post("api/clients/" + client + "/portal/close", "").status());
            assertTrue(me.get("home.xhtml").location().endsWith("/portal/signin.xhtml"), "a closed account's session ends");
        }
    }

    @Test
    void onlyAClientWhoAgreedToEmailWithAnAddressOfTheirOwnIsInvited() throws Exception {
        Api frontDesk = PlanData.frontDesk();
        String last = ClientData.uniqueWord("Shared");
        long first = ClientData.create(frontDesk, ClientData.fullClient("Sam", last)).getJsonNumber("id").longValue();
        long second = ClientData.create(frontDesk, ClientData.fullClient("Kim", last)).getJsonNumber("id").longValue();
        Api.Reply shared = frontDesk.post("api/clients/" + second + "/portal/invitation", "");
        assertEquals(409, shared.status(), shared.toString());
        assertTrue(shared.body().contains("have the same email address"), shared.body());
        assertTrue(shared.body().contains("their own address"), shared.body());

        long noEmail = ClientData.create(frontDesk, ClientData.fullClient("Lee", ClientData.uniqueWord("NoMail"))
                .add("consentEmail", false)).getJsonNumber("id").longValue();
        Api.Reply refused = frontDesk.post("api/clients/" + noEmail + "/portal/invitation", "");
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.body().contains("has not agreed to be contacted by email"), refused.body());

        Person stranger = PlanData.newStaff("portals", "COUNSELLOR");
        assertEquals(403, stranger.api().post("api/clients/" + first + "/portal/invitation", "").status(),
                "a counsellor invites only the clients in their care");
        assertEquals(403, PlanData.admin().post("api/clients/" + first + "/portal/invitation", "").status(),
                "administrators do not invite clients");
        assertEquals(404, frontDesk.get("api/clients/" + first + "/portal").status(), "never invited");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAQuarterOfAnHour() throws Exception {
        Api frontDesk = PlanData.frontDesk();
        long client = ClientData.create(frontDesk, ClientData.fullClient("Ray", ClientData.uniqueWord("Lock")))
                .getJsonNumber("id").longValue();
        String email = PortalData.email(frontDesk, client);
        try (TestMailbox mailbox = TestMailbox.start()) {
            String link = PortalVisitor.invite(frontDesk, client, mailbox, email);
            assertEquals(302, new PortalVisitor().choosePassword(link, PortalData.PASSWORD).status());
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(200, new PortalVisitor().signIn(email, "wrong password " + i).status());
        }
        PortalVisitor.Page locked = new PortalVisitor().signIn(email, PortalData.PASSWORD);
        assertEquals(200, locked.status(), "the right password is refused while locked");
        assertTrue(frontDesk.get("api/clients/" + client + "/portal").json().getBoolean("locked"));
    }

    @Test
    void aNewPasswordChosenFromItsLinkGivesBackTheAttemptsThatAskingForItTook() throws Exception {
        Api frontDesk = PlanData.frontDesk();
        long client = ClientData.create(frontDesk, ClientData.fullClient("Kit", ClientData.uniqueWord("Forgot")))
                .getJsonNumber("id").longValue();
        String email = PortalData.email(frontDesk, client);
        try (TestMailbox mailbox = TestMailbox.start()) {
            String link = PortalVisitor.invite(frontDesk, client, mailbox, email);
            assertEquals(302, new PortalVisitor().choosePassword(link, PortalData.PASSWORD).status());
            // four wrong passwords (one short of the lockout) and two requests for a link use up the address's six
            for (int i = 0; i < 4; i++) {
                assertEquals(200, new PortalVisitor().signIn(email, "wrong password " + i).status());
            }
            for (int i = 0; i < 2; i++) {
                PortalVisitor asking = new PortalVisitor();
                PortalVisitor.Page asked = asking.post("forgot.xhtml", asking.get("forgot.xhtml"), java.util.Map.of(
                        "forgot", "forgot", "forgot:email", email, "forgot:send", "Send me a link"));
                assertTrue(asked.body().contains("If that address belongs to an account"), asked.body());
            }
            PortalVisitor.Page held = new PortalVisitor().signIn(email, PortalData.PASSWORD);
            assertTrue(held.body().contains("Too many sign-in attempts"), "the attempts are used up: " + held.body());
            MimeMessage newest = null;
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                List<MimeMessage> links = new java.util.ArrayList<>();
                for (MimeMessage m : mailbox.to(email)) {
                    if ("Your My space password".equals(m.getSubject())) {
                        links.add(m);
                    }
                }
                if (links.size() == 2) {
                    newest = links.get(1);
                    break;
                }
                Thread.sleep(250);
            }
            assertTrue(newest != null, "both links were emailed");
            // mail goes out in the order asked (each request sends before it answers): the second link is the live one
            String chosen = "copper kettle willow 31";
            PortalVisitor.Page set = new PortalVisitor().choosePassword(PortalVisitor.linkIn(newest), chosen);
            assertEquals(302, set.status(), set.body());
            PortalVisitor.Page in = new PortalVisitor().signIn(email, chosen);
            assertEquals(302, in.status(), "a correct use of the link cost no attempts: " + in.body());
        }
    }

    @Test
    void leaveQuicklyIsOnEveryPageSignedInOrNotAndEndsTheSessionOnTheServer() throws Exception {
        Api frontDesk = PlanData.frontDesk();
        long client = ClientData.create(frontDesk, ClientData.fullClient("Noa", ClientData.uniqueWord("Leave")))
                .getJsonNumber("id").longValue();
        PortalVisitor signedIn;
        try (TestMailbox mailbox = TestMailbox.start()) {
            signedIn = PortalVisitor.signedIn(frontDesk, client, mailbox);
        }
        PortalVisitor anonymous = new PortalVisitor();
        List<String> shown = new java.util.ArrayList<>();
        List<String> without = new java.util.ArrayList<>();
        for (String page : PortalData.pages()) {
            for (PortalVisitor v : List.of(signedIn, anonymous)) {
                String who = page + (v == signedIn ? " signed in" : " signed out");
                PortalVisitor.Page p = v.get(page);
                if (p.status() == 200 && p.contentType().startsWith("text/html")) {
                    shown.add(who);
                    // the button first in the page, posting to the portal's /leave
                    int leave = p.body().indexOf("id=\"leave\"");
                    if (leave < 0 || !p.body().contains("action=\"/portal/leave\"")
                            || p.body().indexOf("<nav") >= 0 && p.body().indexOf("<nav") < leave) {
                        without.add(who);
                    }
                }
            }
        }
        assertEquals(List.of(), without, "pages without \"leave quickly\" first");
        for (String page : List.of("home", "calendar", "documents", "tasks", "forms", "account")) {
            assertTrue(shown.contains(page + ".xhtml signed in"), page + " was read signed in: " + shown);
        }
        for (String page : List.of("signin", "forgot")) {
            assertTrue(shown.contains(page + ".xhtml signed out"), page + " was read signed out: " + shown);
        }
        assertEquals(200, signedIn.get("home.xhtml").status(), "still signed in after reading every page");

        String session = signedIn.sessionCookie().orElseThrow().getValue();
        PortalVisitor.Page left = signedIn.postEmpty("leave");
        assertEquals(200, left.status(), left.body());
        assertTrue(left.body().contains("http-equiv=\"refresh\""), "an ordinary page takes its place: " + left.body());
        assertFalse(left.body().contains("My space"), left.body());
        // the server ended the session: the old cookie, sent again, opens nothing
        var http = TestServer.httpClient(java.net.http.HttpClient.Redirect.NEVER);
        var again = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestServer.baseUrl()
                + "portal/home.xhtml")).header("Cookie", "PORTALSESSION=" + session).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(302, again.statusCode(), "the session survived leaving");
        assertTrue(again.headers().firstValue("Location").orElse("").endsWith("/portal/signin.xhtml"),
                again.headers().toString());
        // and leaving without a session is harmless
        assertEquals(200, anonymous.postEmpty("leave").status());
    }

    @Test
    void theSharedWebFiltersGuardThePortalAsTheyGuardTheStaffSide() throws Exception {
        var http = TestServer.httpClient(java.net.http.HttpClient.Redirect.NEVER);
        for (String path : List.of("portal/signin.xhtml", "login.xhtml")) {
            var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestServer.baseUrl() + path))
                    .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            assertTrue(page.headers().firstValue("Strict-Transport-Security").isPresent(),
                    path + " is answered without the HTTPS-only filter: " + page.headers());
            // another site's form posted at the page is refused before anything reads it
            var foreign = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestServer.baseUrl() + path))
                    .header("Origin", "https://elsewhere.example.org")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("a=b")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertEquals(403, foreign.statusCode(), path + ": another site's post");
        }
    }

    static void assertDiscreet(MimeMessage m) throws Exception {
        // the sender's name is the portal's; its address is the operator's mail setting
        String from = String.valueOf(((jakarta.mail.internet.InternetAddress) m.getFrom()[0]).getPersonal());
        String text = (m.getSubject() + "\n" + from + "\n" + m.getContent()).toLowerCase(Locale.ROOT);
        for (String word : GIVEAWAYS) {
            assertFalse(text.contains(word), "\"" + word + "\" in a portal email: " + text);
        }
        assertTrue(m.getContent() instanceof String, "plain text, no attachment");
    }

    private static byte[] counsellorPdf(Api api, long report) throws Exception {
        var http = TestServer.httpClient(java.net.http.HttpClient.Redirect.NEVER);
        var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestServer.baseUrl()
                + "api/progress-reports/" + report + "/pdf")).header("Authorization", "Bearer " + api.token()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    private static String chart(Api api, long client) {
        return (String) TestServer.queryOne("SELECT chart_number FROM client WHERE id = ?", client);
    }
}
