package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.measure.MeasureData;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Case;
import org.tenfold.it.plan.PlanData.Person;
import org.tenfold.it.portal.PortalData;
import org.tenfold.it.portal.PortalVisitor;
import org.tenfold.it.scheduling.TestMailbox;

/**
 * axe-core (WCAG 2.1 A and AA) on every staff screen, as the role that uses it, with each of its dialogs opened in
 * turn, and on every page of the clients' portal. Any critical or serious violation fails the build, printed with
 * its rule, impact and elements. The list of screens is checked against the web module's pages, so a new page
 * without a visit here fails too.
 */
@ExtendWith(ArquillianExtension.class)
class AxeScreensIT extends ScreenTest {

    /**
     * Files of the web module that are not screens of their own: pieces included into screens (visited with them)
     * and the layout every screen uses.
     */
    private static final Set<String> NOT_SCREENS_PREFIXES = Set.of("WEB-INF/includes/", "WEB-INF/templates/");

    /** Who visits which staff screen (the page's path, before any query). */
    private static final Map<String, String> STAFF_SCREENS = new LinkedHashMap<>();
    static {
        for (String p : List.of("login.xhtml", "login-code.xhtml", "answer.xhtml", "error/400.xhtml", "error/403.xhtml",
                "error/404.xhtml", "error/500.xhtml", "error/expired.xhtml")) {
            STAFF_SCREENS.put(p, "nobody");
        }
        for (String p : List.of("index.xhtml", "clients/list.xhtml", "clients/edit.xhtml", "clients/view.xhtml",
                "clients/enquiry.xhtml", "clients/intake-desk.xhtml", "schedule/today.xhtml", "schedule/waitlist.xhtml",
                "schedule/calendar.xhtml")) {
            STAFF_SCREENS.put(p, "front desk");
        }
        for (String p : List.of("clients/sessions.xhtml", "clients/note.xhtml", "clients/plan.xhtml",
                "clients/reports.xhtml", "clients/report-batch.xhtml", "clients/intake.xhtml", "clients/measure.xhtml",
                "schedule/feed.xhtml", "admin/education.xhtml")) {
            STAFF_SCREENS.put(p, "counsellor");
        }
        for (String p : List.of("admin/staff.xhtml", "admin/settings.xhtml", "admin/resources.xhtml", "admin/audit.xhtml",
                "admin/backups.xhtml", "admin/framework.xhtml", "admin/instruments.xhtml", "admin/reminders.xhtml")) {
            STAFF_SCREENS.put(p, "admin");
        }
    }

    /**
     * TEMPORARY, the calendar screen only: rules that fail inside schedule/calendar.xhtml itself (not the shared
     * layout), left to the calendar's own rework. Nothing outside the calendar screen and its dialogs is excused.
     * Empty this list, and delete it, once the calendar is fixed.
     */
    private static final Set<String> CALENDAR_ONLY_TEMPORARY_ALLOWANCE = Set.of();

    /**
     * What a person should never have to decode on a screen: a stored code (an enum's name: upper case with an
     * underscore, or one of the one-word codes below) or a date in ISO form. Screens show labels and the clinic's
     * date format instead.
     */
    private static final Pattern RAW_WORDS = Pattern.compile("\\b(?:[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+|NOT_STARTED|OPEN"
            + "|DRAFT|REVIEWED|MARRIED|SINGLE|DONE|SUBMITTED|RELEASED|BOOKED|CANCELLED|COMPLETED|ACTIVE|CLOSED|SIGNED"
            + "|FAILED|PENDING|COUPLE|INDIVIDUAL|WAITLIST|ENQUIRY|DISCHARGED|ACHIEVED|PARTNER)\\b"
            + "|\\b\\d{4}-\\d{2}-\\d{2}\\b");

    /** The screens whose page loads the 770 KB time-zone database (moment-timezone). */
    private final Set<String> timeZoneData = new TreeSet<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void everyStaffScreenHasAnAxeVisit() throws IOException {
        Path webapp = TestServer.root().resolve("src/web/src/main/webapp");
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(p -> p.toString().endsWith(".xhtml")).forEach(p -> pages.add(webapp.relativize(p).toString()
                    .replace('\\', '/')));
        }
        pages.removeIf(p -> NOT_SCREENS_PREFIXES.stream().anyMatch(p::startsWith));
        assertTrue(pages.contains("clients/list.xhtml"), "read the web module's pages: " + pages);
        assertEquals(pages, new TreeSet<>(STAFF_SCREENS.keySet()),
                "every screen of the web module has an axe visit in " + AxeScreensIT.class.getSimpleName());
    }

    @Test
    void staffScreensAndTheirDialogsHaveNoSeriousViolations() {
        Person counsellor = PlanData.newStaff("axe", "COUNSELLOR");
        Case c = PlanData.individualCase(counsellor);
        long client = c.clients().get(0);
        Api api = counsellor.api();
        long appointment = NoteScreenIT.heldSession(counsellor.id(), c.id(), client);
        PlanData.createPlan(api, c.id(), false);
        MeasureData.consent(api, client, "SHARE");
        Api.Reply assigned = MeasureData.assign(api, c.id(), client, "GAD-7", "ONCE", "IN_SESSION", null);
        assertEquals(201, assigned.status(), assigned.toString());
        long response = MeasureData.items(api.get("api/clients/" + client + "/measures/responses")).stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("status").equals("OPEN")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        Map<String, String> query = Map.of("clients/view.xhtml", "?id=" + client, "clients/edit.xhtml", "?id=" + client,
                "clients/intake-desk.xhtml", "?id=" + client, "clients/intake.xhtml", "?id=" + client,
                "clients/note.xhtml", "?appointmentId=" + appointment, "clients/plan.xhtml", "?caseId=" + c.id(),
                "clients/reports.xhtml", "?clientId=" + client, "clients/measure.xhtml", "?responseId=" + response);

        Axe axe = new Axe();
        Set<String> visited = new LinkedHashSet<>();
        try (Browser b = Browser.open("axe-staff-anonymous")) {
            for (Map.Entry<String, String> s : STAFF_SCREENS.entrySet()) {
                if (s.getValue().equals("nobody") && !s.getKey().equals("login-code.xhtml")) {
                    visit(b, axe, s.getKey(), s.getKey(), visited);
                }
            }
        }
        for (String role : List.of("front desk", "counsellor", "admin")) {
            try (Browser b = Browser.open("axe-staff-" + role.replace(' ', '-'))) {
                b.get("login.xhtml");
                if (role.equals("front desk")) {
                    signInCheckingTheCodePage(b, axe, visited);
                } else if (role.equals("counsellor")) {
                    b.signIn(counsellor.username(), PlanData.PASSWORD, true);
                } else {
                    b.signIn("admin");
                }
                for (Map.Entry<String, String> s : STAFF_SCREENS.entrySet()) {
                    if (s.getValue().equals(role)) {
                        visit(b, axe, s.getKey(), s.getKey() + query.getOrDefault(s.getKey(), ""), visited);
                    }
                }
            }
        }
        assertEquals(STAFF_SCREENS.keySet(), visited, "every staff screen visited");
        // only the calendar shows times in a named zone in the browser
        assertEquals(Set.of("schedule/calendar.xhtml"), timeZoneData, "screens that load the time-zone database");
        assertNoBlocking(axe);
    }

    @Test
    void portalPagesHaveNoSeriousViolations() throws Exception {
        Person counsellor = PlanData.newStaff("axeportal", "COUNSELLOR");
        Case c = PlanData.individualCase(counsellor);
        long client = c.clients().get(0);
        String email = PortalData.giveEmail(client);
        PortalData.releasedReport(counsellor.api(), client, c.id(), "INDIVIDUAL", "Steady progress.");
        Api.Reply assigned = MeasureData.assign(counsellor.api(), c.id(), client, "GAD-7", "ONCE", "IN_SESSION", null);
        assertEquals(201, assigned.status(), assigned.toString());
        long questionnaire = ((Number) TestServer.queryOne("SELECT id FROM measure_response WHERE client_id = ?",
                client)).longValue();
        String link;
        try (TestMailbox mailbox = TestMailbox.start()) {
            link = PortalVisitor.invite(counsellor.api(), client, mailbox, email);
        }
        Axe axe = new Axe();
        Set<String> visited = new LinkedHashSet<>();
        List<String> pages = PortalData.pages();
        try (Browser b = Browser.open("axe-portal")) {
            for (String p : List.of("signin.xhtml", "forgot.xhtml", "signed-out.xhtml", "error/400.xhtml",
                    "error/403.xhtml", "error/404.xhtml", "error/500.xhtml", "error/expired.xhtml")) {
                portalVisit(b, axe, p, visited);
            }
            b.driver().get(link);
            b.waitFor(By.id("welcome:password"));
            axe.check(b, "portal/welcome.xhtml");
            visited.add("welcome.xhtml");
            b.type(By.id("welcome:password"), PortalData.PASSWORD);
            b.type(By.id("welcome:repeat"), PortalData.PASSWORD);
            b.clickAndWaitForReplacement(By.id("welcome:save"), By.id("welcome"));
            b.type(By.id("signin:email"), email);
            b.type(By.id("signin:password"), PortalData.PASSWORD);
            b.clickAndWaitForReplacement(By.id("signin:go"), By.id("signin"));
            b.waitForText(By.id("heading"), "Hello");
            for (String p : List.of("home.xhtml", "calendar.xhtml", "documents.xhtml", "tasks.xhtml", "forms.xhtml",
                    "account.xhtml", "code.xhtml")) {
                portalVisit(b, axe, p, visited);
            }
            // the questionnaire the counsellor assigned, as the client answers it
            b.get(PortalVisitor.PORTAL + "fill.xhtml?f=" + questionnaire);
            b.waitFor(By.id("fillActions"));
            settle(b);
            axe.check(b, "portal/fill.xhtml");
            rawWords(b, axe, "portal/fill.xhtml");
            visited.add("fill.xhtml");
        }
        assertEquals(new TreeSet<>(pages), new TreeSet<>(visited), "every portal page visited");
        assertNoBlocking(axe);
    }

    @Test
    void scriptsAndStylesGoCompressed() throws Exception {
        java.net.http.HttpClient http = TestServer.httpClient(java.net.http.HttpClient.Redirect.NEVER);
        for (String resource : List.of("jakarta.faces.resource/components.js.xhtml?ln=primefaces",
                "jakarta.faces.resource/css/tenfold.css.xhtml")) {
            java.net.http.HttpResponse<byte[]> r = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(TestServer.baseUrl() + resource)).header("Accept-Encoding", "gzip").GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), resource);
            assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse("none"), resource + " compressed");
        }
    }

    // ---- visits ------------------------------------------------------------------------------

    /** The sign-in form, then the second step's page, each checked, then on to the home page. */
    private static void signInCheckingTheCodePage(Browser b, Axe axe, Set<String> visited) {
        b.type(By.id("login:username"), "frontdesk");
        b.type(By.id("login:password"), TestServer.DEMO_PASSWORD);
        WebElement form = b.find(By.id("login"));
        b.find(By.id("login:signIn")).click();
        b.waitUntilGone(form);
        b.waitFor(By.id("code:code"));
        axe.check(b, "login-code.xhtml");
        visited.add("login-code.xhtml");
        b.type(By.id("code:code"), TestServer.demoCode());
        WebElement verify = b.find(By.id("code:verify"));
        verify.click();
        b.waitUntilGone(verify);
        b.waitFor(By.id("currentUser"));
    }

    /** Opens the page, checks it, then opens each of its dialogs in turn and checks the dialog. */
    private void visit(Browser b, Axe axe, String page, String address, Set<String> visited) {
        b.get(address);
        settle(b);
        assertTrue(b.url().contains(page.replace(".xhtml", "")), "visiting " + address + " ended at " + b.url());
        axe.check(b, page);
        rawWords(b, axe, page);
        if (Boolean.TRUE.equals(b.script("return !!document.querySelector('script[src*=\"moment-timezone\"]');"))) {
            timeZoneData.add(page);
        }
        visited.add(page);
        @SuppressWarnings("unchecked")
        List<String> dialogs = (List<String>) b.script("var out = [];"
                + "if (!window.PrimeFaces || !PrimeFaces.widget.Dialog) { return out; }"
                + "for (var k in PrimeFaces.widgets) { var w = PrimeFaces.widgets[k];"
                + "  if (w instanceof PrimeFaces.widget.Dialog && w.jq && w.jq.length) { out.push(k); } }"
                + "return out;");
        for (String dialog : dialogs) {
            b.script("PrimeFaces.widgets[arguments[0]].show();", dialog);
            // colours are measured as drawn: wait until the dialog has finished fading in
            b.waitUntil(d -> Boolean.TRUE.equals(b.script("var jq = PrimeFaces.widgets[arguments[0]].jq;"
                    + "return jq.is(':visible') && !jq.is(':animated') && !jq.find(':animated').length"
                    + " && getComputedStyle(jq[0]).opacity === '1';", dialog)));
            settle(b);
            WebElement element = (WebElement) b.script("return PrimeFaces.widgets[arguments[0]].jq[0];", dialog);
            axe.check(b, page + " dialog " + dialog, element);
            b.script("PrimeFaces.widgets[arguments[0]].hide();", dialog);
            settle(b);
        }
    }

    private static void portalVisit(Browser b, Axe axe, String page, Set<String> visited) {
        b.get(PortalVisitor.PORTAL + page);
        settle(b);
        axe.check(b, "portal/" + page + (b.url().contains(page) ? "" : " (shown at " + b.url() + ")"));
        rawWords(b, axe, "portal/" + page);
        visited.add(page);
    }

    /** Codes and ISO dates in the page's visible text are findings too. */
    private static void rawWords(Browser b, Axe axe, String state) {
        // the visible text, leaving out what is marked as a code on purpose (<code>: a step's code for administrators)
        String text = String.valueOf(b.script("var out = [];"
                + "var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + "for (var n = walk.nextNode(); n; n = walk.nextNode()) { var p = n.parentElement;"
                + "  if (p && !p.closest('code, script, style, [aria-hidden=\"true\"]') && p.checkVisibility()) {"
                + "    out.push(n.nodeValue); } }"
                + "return out.join(' ');"));
        Matcher m = RAW_WORDS.matcher(text);
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            int from = Math.max(0, m.start() - 30);
            found.add("\"" + m.group() + "\" in \"…" + text.substring(from, Math.min(text.length(), m.end() + 30))
                    .replaceAll("\\s+", " ") + "…\"");
        }
        if (!found.isEmpty()) {
            axe.vocabulary(state, List.copyOf(found));
        }
    }

    /** The page is loaded and no AJAX request is under way. */
    static void settle(Browser b) {
        b.waitUntil(d -> Boolean.TRUE.equals(b.script("return document.readyState === 'complete'"
                + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                + " && (!window.jQuery || jQuery.active === 0);")));
    }

    private static void assertNoBlocking(Axe axe) {
        List<Axe.Finding> blocking = new ArrayList<>();
        for (Axe.Finding f : axe.blocking()) {
            if (f.state().startsWith("schedule/calendar.xhtml") && CALENDAR_ONLY_TEMPORARY_ALLOWANCE.contains(f.rule())) {
                System.out.println("[axe] calendar, allowed for now: " + f);
            } else {
                blocking.add(f);
            }
        }
        System.out.println("[axe] elements with a critical or serious violation, per screen state: "
                + axe.blockingCounts());
        assertTrue(blocking.isEmpty(), blocking.size() + " critical or serious WCAG 2.1 A/AA violations:\n"
                + blocking.stream().map(Axe.Finding::toString).collect(Collectors.joining("\n")));
        List<Axe.Finding> words = axe.findings().stream().filter(f -> f.rule().equals(Axe.RAW_WORDS)
                && !(f.state().startsWith("schedule/calendar.xhtml") && CALENDAR_ONLY_TEMPORARY_ALLOWANCE.contains(
                        Axe.RAW_WORDS))).toList();
        assertTrue(words.isEmpty(), "codes or ISO dates shown to people:\n"
                + words.stream().map(Axe.Finding::toString).collect(Collectors.joining("\n")));
    }
}
