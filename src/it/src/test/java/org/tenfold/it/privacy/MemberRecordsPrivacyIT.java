package org.tenfold.it.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Entity;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.privacy.Outputs.Output;
import org.tenfold.it.screens.Browser;
import org.tenfold.privacy.MemberRecord;

/**
 * The test that finds the next leak before a user does. A couple where Jordan does not share: a sentinel
 * word is planted in every kind of record Jordan owns — the kinds come from the model (every entity marked
 * {@link MemberRecord}), so a kind added later without a planter here fails this test. Then everything
 * anyone but Jordan's care team can get is searched: the reports, plan copy and record exports Alex (the
 * other partner) receives; every API read and every screen of Alex's own counsellor, of front desk and of
 * an administrator; the audit trail and the server's log. None may hold a sentinel. The lead counsellor
 * (the author) must find every one of them, and Jordan's own export holds them all, so the test cannot pass
 * by finding nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MemberRecordsPrivacyIT {

    /** The screens' servlets, with the parameter each takes; a servlet not listed here fails the test. */
    private static final Map<String, String> SERVLETS = Map.of(
            "/clients/report-pdf", "id",
            "/clients/record-export", "clientId",
            "/schedule/calendar-events", "range",
            "/logout", "",
            "/feeds/", "");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void noOutputCarriesAPartnersUnsharedRecordsAndTheirAuthorSeesThemAll() throws Exception {
        CoupleFixture f = CoupleFixture.plant();

        Set<String> kinds = memberRecordKinds();
        assertEquals(kinds, new TreeSet<>(f.sentinels.keySet()), "every kind of member-owned record in the model is "
                + "planted here; a new kind needs its planter in CoupleFixture (and its rule in Disclosure)");
        kinds.stream().filter(k -> !k.equals("ConsentRecord"))
                .forEach(k -> assertFalse(f.sentinels.get(k).isEmpty(), k + " has a sentinel"));
        Map<String, String> secrets = new LinkedHashMap<>(f.all());
        secrets.put(f.privateSentinel, "PrivateSection");
        secrets.put(f.educationTitle, "EducationItem title");

        // what Alex, the other partner, takes home, whoever made it
        Api lead = f.lead.api();
        Api ownOfAlex = f.ownOfAlex.api();
        List<Output> toAlex = new ArrayList<>();
        toAlex.add(fetched(lead, "api/progress-reports/" + f.jointReport + "/pdf"));
        toAlex.add(fetched(lead, "api/progress-reports/" + f.alexReport + "/pdf"));
        toAlex.add(fetched(lead, "api/plans/" + f.planId + "/pdf?audience=client"));
        toAlex.add(fetched(ownOfAlex, "api/plans/" + f.planId + "/pdf?audience=client"));
        toAlex.add(fetched(lead, "api/clients/" + f.alex + "/record-export"));
        toAlex.add(fetched(ownOfAlex, "api/clients/" + f.alex + "/record-export"));
        Output link = Outputs.get("api/report-links/" + f.jointLinkToken, null, null);
        assertEquals(200, link.status(), "the one-time link opens");
        toAlex.add(link);
        assertNone("what Alex receives", toAlex, secrets, o -> true);
        toAlex.stream().filter(o -> o.where().contains("record-export")).forEach(o -> assertFalse(
                o.text().contains("DO_NOT_SHARE"), "Jordan's sharing choice is not in Alex's record: " + o.where()));
        assertTrue(toAlex.get(0).text().contains("Talk through one hard evening a week"), "the couple's goal is in "
                + "the joint report, so the search reads real text");
        assertTrue(toAlex.get(0).text().contains("Alex walks in the morning"), "Alex shares: Alex's self-care is there");

        // everything Alex's own counsellor, front desk and an administrator can read, on the API and on screen
        Pools pools = new Pools(f);
        for (Reader reader : List.of(new Reader(f.ownOfAlex.username(), PlanData.PASSWORD, ownOfAlex),
                new Reader("frontdesk", TestServer.DEMO_PASSWORD, PlanData.frontDesk()),
                new Reader("admin", TestServer.DEMO_PASSWORD, PlanData.admin()))) {
            List<Output> seen = crawl(reader, pools);
            // front desk downloads Jordan's own released report to hand it to Jordan: that file is Jordan's
            Predicate<Output> searched = reader.username().equals("frontdesk")
                    ? o -> !(o.contentType().startsWith("application/pdf") && isReportOf(o.where(), f.jordanReport))
                    : o -> true;
            assertNone(reader.username() + "'s reads", seen, secrets, searched);
        }
        assertEquals(403, ownOfAlex.get("api/clients/" + f.jordan + "/consents").status(),
                "Jordan's consent decisions are not Alex's counsellor's");
        Api.Reply onFile = PlanData.frontDesk().get("api/clients/" + f.jordan + "/consents/on-file");
        assertEquals(200, onFile.status(), onFile.toString());
        assertFalse(onFile.body().contains("SHARE"), "front desk sees that a choice exists, not which: " + onFile);

        // each partner's own portal: every page and every download, Alex's holding none of Jordan's own records,
        // Jordan's holding them (so the search reads real pages)
        List<Output> alexPortal = PortalCrawl.everything(f.alexPortal, List.of(f.jointReport, f.alexReport,
                f.jordanReport), f.portalQuestionnaires);
        assertNone("Alex's portal", alexPortal, secrets, o -> true);
        String alexText = alexPortal.stream().map(Output::text).collect(Collectors.joining("\n"));
        assertTrue(alexText.contains("Alex walks in the morning") && alexText.contains("Read together on Sunday")
                && alexText.contains("Alex kept the routine"), "Alex's portal shows Alex's own and the couple's work");
        assertTrue(PortalCrawl.downloaded(alexPortal, f.jointReport) && PortalCrawl.downloaded(alexPortal, f.alexReport),
                "Alex downloads the joint report and their own");
        assertFalse(PortalCrawl.downloaded(alexPortal, f.jordanReport), "never Jordan's own report");
        assertTrue(PortalCrawl.opened(alexPortal, f.portalQuestionnaires.get(0)), "Alex opens their own questionnaire");
        assertFalse(PortalCrawl.opened(alexPortal, f.portalQuestionnaires.get(1)), "never Jordan's");
        List<Output> jordanPortal = PortalCrawl.everything(f.jordanPortal, List.of(f.jointReport, f.alexReport,
                f.jordanReport), f.portalQuestionnaires);
        String jordanText = jordanPortal.stream().map(Output::text).collect(Collectors.joining("\n"));
        for (String kind : List.of("WorkUpdate", "Milestone", "SelfCareActivity", "NoteHomework", "ProgressReportEntry")) {
            f.sentinels.get(kind).forEach(s -> assertTrue(jordanText.contains(s), "Jordan's portal shows their " + kind));
        }
        assertTrue(jordanText.contains(f.educationTitle), "Jordan's portal names their reading");
        assertTrue(jordanText.contains(f.portalAnswer), "Jordan's portal shows the words Jordan wrote there");
        assertTrue(PortalCrawl.opened(jordanPortal, f.portalQuestionnaires.get(1)), "Jordan opens their own");
        assertFalse(PortalCrawl.opened(jordanPortal, f.portalQuestionnaires.get(0)), "never Alex's");
        // (the joint report Jordan downloads does carry it: Alex shares with the partner's side)
        String jordanPages = jordanPortal.stream().filter(o -> !o.where().startsWith("portal/file"))
                .map(Output::text).collect(Collectors.joining("\n"));
        assertFalse(jordanPages.contains("Alex walks in the morning"), "nor do Jordan's portal pages show Alex's own work");
        assertFalse(PortalCrawl.downloaded(jordanPortal, f.alexReport), "Jordan never gets Alex's own report");

        // the audit trail and the server's log
        String audit = auditText();
        String log = TestServer.serverLogText();
        f.all().forEach((s, kind) -> assertFalse(audit.contains(s), kind + " text in the audit trail"));
        assertFalse(audit.contains(f.privateSentinel), "a private process section in the audit trail");
        secrets.forEach((s, kind) -> assertFalse(log.contains(s), kind + " text in the server log"));

        // the author finds every sentinel, and Jordan's own outputs carry them: the search is not vacuous
        List<Output> author = crawl(new Reader(f.lead.username(), PlanData.PASSWORD, lead), pools);
        String authorText = author.stream().map(Output::text).collect(Collectors.joining("\n"));
        f.all().forEach((s, kind) -> assertTrue(authorText.contains(s), "the lead counsellor reads Jordan's " + kind));
        assertTrue(authorText.contains(f.educationTitle), "the lead counsellor sees Jordan's assignment");
        assertFalse(authorText.contains(f.privateSentinel), "a private process section is its author's alone");
        assertTrue(f.ownOfJordan.api().get("api/notes/" + f.notes.get(1) + "/private").body()
                .contains(f.privateSentinel), "its author reads it");
        assertTrue(lead.get("api/clients/" + f.jordan + "/consents").body().contains("DO_NOT_SHARE"),
                "the lead counsellor reads Jordan's choice");
        String jordansExport = fetched(lead, "api/clients/" + f.jordan + "/record-export").text();
        f.all().forEach((s, kind) -> assertTrue(jordansExport.contains(s), "Jordan's own export holds their " + kind));
        String jordansReport = fetched(lead, "api/progress-reports/" + f.jordanReport + "/pdf").text();
        for (String kind : List.of("PlanGoal", "PlanObjective", "Milestone", "SelfCareActivity", "ProgressReportEntry")) {
            assertTrue(jordansReport.contains(f.sentinels.get(kind).get(0)), "Jordan's own report holds their " + kind);
        }
        assertTrue(jordansReport.contains(f.educationTitle), "Jordan's own report names their reading");
    }

    // --- what is searched

    private record Reader(String username, String password, Api api) {
    }

    private static Output fetched(Api api, String path) {
        Output o = Outputs.get(path, api.token(), null);
        assertEquals(200, o.status(), path + ": " + o.text());
        return o;
    }

    private static boolean isReportOf(String where, long reportId) {
        return where.matches(".*progress-reports/" + reportId + "/pdf.*") || where.matches(".*report-pdf\\?id="
                + reportId + "(&.*)?");
    }

    /** No searched output holds a secret; the catalogue lists its items to every counsellor, whoever they are for. */
    private static void assertNone(String who, List<Output> outputs, Map<String, String> secrets,
            Predicate<Output> searched) {
        assertFalse(outputs.isEmpty(), who + ": something was read");
        List<String> leaks = new ArrayList<>();
        for (Output o : outputs) {
            if (!searched.test(o)) {
                continue;
            }
            boolean catalogue = o.where().startsWith("api/education-catalogue") || o.where().startsWith("admin/education");
            secrets.forEach((s, kind) -> {
                if (o.text().contains(s) && !(catalogue && kind.equals("EducationItem title"))) {
                    leaks.add(kind + " in " + o.where() + " (" + o.status() + ")");
                }
            });
        }
        assertEquals(List.of(), leaks, who + " hold Jordan's unshared records");
    }

    /** Every GET of the API (from /openapi) with this fixture's ids, and every screen, as this reader. */
    private static List<Output> crawl(Reader reader, Pools pools) throws Exception {
        List<Output> out = new ArrayList<>();
        for (String url : apiUrls(pools)) {
            out.add(Outputs.get(url, reader.api().token(), null));
        }
        try (Browser b = Browser.open("privacy-" + reader.username().replaceAll("[^a-z0-9]", ""))) {
            b.signIn(reader.username(), reader.password(), true);
            Cookie session = b.driver().manage().getCookieNamed("JSESSIONID");
            for (String url : screenUrls(pools)) {
                if (url.endsWith(".xhtml") || url.contains(".xhtml?")) {
                    b.get(url);
                    b.waitUntil(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return document.readyState")));
                    out.add(new Output(url, 200, "text/html", b.driver().getPageSource()));
                } else {
                    out.add(Outputs.get(url, null, session.getValue()));
                }
            }
        }
        return out;
    }

    /** The API's GET operations from the OpenAPI document, each path parameter filled from the fixture's ids. */
    private static List<String> apiUrls(Pools pools) {
        Output doc = Outputs.get("openapi?format=JSON", null, null);
        assertEquals(200, doc.status(), doc.text());
        JsonObject paths = Json.createReader(new StringReader(doc.text())).readObject().getJsonObject("paths");
        List<String> urls = new ArrayList<>();
        for (Map.Entry<String, JsonValue> p : paths.entrySet()) {
            JsonObject get = p.getValue().asJsonObject().getJsonObject("get");
            String template = p.getKey().replaceFirst("^/", "");
            if (get == null || template.startsWith("api/report-links")) {
                continue; // a one-time link is used up by opening it: opened once above
            }
            List<String> query = get.containsKey("parameters") ? get.getJsonArray("parameters").stream()
                    .map(JsonValue::asJsonObject).filter(x -> "query".equals(x.getString("in")))
                    .map(x -> x.getString("name")).toList() : List.of();
            for (String path : pools.expand(template)) {
                urls.addAll(pools.withQuery(path, query));
            }
        }
        assertTrue(urls.size() > 60, "the API was read widely: " + urls.size());
        return urls;
    }

    /** Every screen (each .xhtml of the web module, its view parameters filled) and the screens' servlets. */
    private static List<String> screenUrls(Pools pools) throws Exception {
        Path webapp = TestServer.root().resolve("src/web/src/main/webapp");
        List<String> urls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                String rel = webapp.relativize(page).toString().replace('\\', '/');
                // a client's questionnaire link is opened by its token, not by signing in: MeasureAnswerScreenIT
                if (rel.startsWith("WEB-INF/") || rel.startsWith("error/") || rel.equals("login.xhtml")
                        || rel.equals("answer.xhtml")) {
                    continue;
                }
                List<String> params = new ArrayList<>();
                Matcher m = Pattern.compile("<f:viewParam\\s+name=\"([a-zA-Z]+)\"").matcher(Files.readString(page));
                while (m.find()) {
                    params.add(m.group(1));
                }
                urls.addAll(pools.withQuery(rel, params));
            }
        }
        Path java = TestServer.root().resolve("src/web/src/main/java");
        Set<String> servlets = new TreeSet<>();
        try (Stream<Path> files = Files.walk(java)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = Pattern.compile("@WebServlet\\(\"([^\"]+)\"\\)|@WebServlet\\(([A-Za-z.]+) \\+ \"\\*\"\\)")
                        .matcher(Files.readString(source));
                while (m.find()) {
                    servlets.add(m.group(1) != null ? m.group(1) : "/feeds/");
                }
            }
        }
        assertEquals(new TreeSet<>(SERVLETS.keySet()), servlets, "every servlet is searched (or said to hold no records)");
        for (long report : pools.reports) {
            urls.add("clients/report-pdf?id=" + report);
        }
        for (long client : pools.clients) {
            urls.add("clients/record-export?clientId=" + client);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS);
        urls.add("schedule/calendar-events?start=" + now.minus(14, ChronoUnit.DAYS) + "&end=" + now.plus(2, ChronoUnit.DAYS));
        return urls;
    }

    /** The fixture's ids, chosen for a parameter by its name or the path segment before it. */
    private static final class Pools {
        final List<Long> clients;
        final List<Long> reports;
        private final Map<String, List<String>> byName = new LinkedHashMap<>();
        private final String from;
        private final String to;

        Pools(CoupleFixture f) {
            clients = List.of(f.alex, f.jordan);
            reports = List.of(f.jointReport, f.alexReport, f.jordanReport);
            put("clients", clients);
            put("cases", List.of(f.caseId));
            put("plans", List.of(f.planId));
            put("notes", f.notes);
            put("appointments", f.appointments);
            put("progress-reports", reports);
            put("goals", f.goals);
            put("objectives", f.objectives);
            put("boundaries", f.boundaries);
            put("milestones", f.milestones);
            put("education", f.assignments);
            put("self-care", f.selfCare);
            put("flags", f.flags);
            put("education-catalogue", List.of(f.educationItem));
            put("staff", List.of(f.lead.id(), f.ownOfAlex.id(), f.ownOfJordan.id(), f.supervisor.id()));
            put("measure-assignments", f.measureAssignments);
            put("measure-responses", f.measureResponses);
            byName.put("instruments", List.of("PHQ-9", "GAD-7", "CSI-4", "TEN-STEP"));
            byName.put("version", List.of("1"));
            byName.put("responseId", byName.get("measure-responses"));
            byName.put("steps", List.of("SELF_CARE"));
            byName.put("progress-report-batches", List.of());
            // names of parameters
            byName.put("clientId", byName.get("clients"));
            byName.put("id@clients", byName.get("clients"));
            byName.put("caseId", byName.get("cases"));
            byName.put("case", byName.get("cases"));
            byName.put("planId", byName.get("plans"));
            byName.put("against", byName.get("plans"));
            byName.put("appointmentId", byName.get("appointments"));
            byName.put("freed", byName.get("appointments"));
            byName.put("counsellorId", List.of(String.valueOf(f.lead.id()), String.valueOf(f.ownOfJordan.id())));
            byName.put("staffId", byName.get("staff"));
            byName.put("audience", List.of("client", "clinician"));
            byName.put("includeRetired", List.of("true"));
            Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS);
            from = now.minus(14, ChronoUnit.DAYS).toString();
            to = now.plus(2, ChronoUnit.DAYS).toString();
        }

        private void put(String segment, List<Long> ids) {
            byName.put(segment, ids.stream().map(String::valueOf).toList());
        }

        /** Every filling of the template's path parameters (by the segment before each). */
        List<String> expand(String template) {
            List<String> out = new ArrayList<>(List.of(template));
            Matcher m = Pattern.compile("\\{([a-zA-Z]+)}").matcher(template);
            while (m.find()) {
                String param = m.group(0);
                String[] before = template.substring(0, m.start()).split("/");
                String segment = before.length == 0 ? "" : before[before.length - 1];
                List<String> values = byName.getOrDefault(m.group(1).equals("id") || m.group(1).equals("code")
                        ? segment : m.group(1), byName.getOrDefault(segment, List.of()));
                List<String> next = new ArrayList<>();
                for (String partial : out) {
                    for (String v : values) {
                        next.add(partial.replace(param, v));
                    }
                }
                out = next;
            }
            return out;
        }

        /** The path with its known query parameters: each one's values in turn, the others at their first. */
        List<String> withQuery(String path, List<String> names) {
            Map<String, List<String>> known = new LinkedHashMap<>();
            for (String n : names) {
                if (n.equals("from") || n.equals("start")) {
                    known.put(n, List.of(from));
                } else if (n.equals("to") || n.equals("end")) {
                    known.put(n, List.of(to));
                } else if (n.equals("id")) {
                    known.put(n, byName.getOrDefault("id@" + path.replaceFirst("/.*", ""), clientsOr(path)));
                } else if (byName.containsKey(n) && !byName.get(n).isEmpty()) {
                    known.put(n, byName.get(n));
                }
            }
            if (known.isEmpty()) {
                return List.of(path);
            }
            Set<String> out = new LinkedHashSet<>();
            for (String varied : known.keySet()) {
                for (String v : known.get(varied)) {
                    out.add(path + "?" + known.entrySet().stream().map(e -> e.getKey() + "="
                            + (e.getKey().equals(varied) ? v : e.getValue().get(0))).collect(Collectors.joining("&")));
                }
            }
            return List.copyOf(out);
        }

        /** A screen's {@code id} names a client (the chart, its edit form, the intake screens). */
        private List<String> clientsOr(String path) {
            return byName.get("clients");
        }
    }

    // --- the model's member-owned kinds, the audit trail

    /** The simple names of the entities marked {@link MemberRecord} in the persistence unit. */
    static Set<String> memberRecordKinds() throws Exception {
        String xml;
        try (InputStream in = MemberRecord.class.getResourceAsStream("/META-INF/persistence.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> kinds = new TreeSet<>();
        Matcher m = Pattern.compile("<class>([^<]+)</class>").matcher(xml);
        while (m.find()) {
            Class<?> type = Class.forName(m.group(1).strip());
            if (type.isAnnotationPresent(Entity.class) && type.isAnnotationPresent(MemberRecord.class)) {
                kinds.add(type.getSimpleName());
            }
        }
        assertTrue(kinds.size() >= 10, "the model's member-owned kinds were read: " + kinds);
        return kinds;
    }

    /** Every column of every audit row, as text. */
    private static String auditText() throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection db = TestServer.database(); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM audit_event")) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    out.append(r.getString(i)).append(' ');
                }
                out.append('\n');
            }
        }
        assertTrue(out.length() > 0, "the audit trail was read");
        return out.toString();
    }
}
