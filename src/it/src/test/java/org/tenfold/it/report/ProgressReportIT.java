package org.tenfold.it.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Person;
import org.tenfold.launcher.MailSettings;

/**
 * Progress reports end to end against the real server: a couple (one partner named Zoë Đặng-Nguyễn),
 * their sessions with signed joint and individual notes, a signed plan and milestones. Sentinel strings sit
 * where no client report may reach: the other partner's individual note, private process sections, risk
 * updates, clinician-only plan fields and hidden milestones. Each report's extracted text is checked for
 * what it must hold and for every sentinel it must not.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressReportIT {

    private static final String ZOE = "Zoë Đặng-Nguyễn";
    private static final String PASSWORD = "agreed-at-intake-" + ThreadLocalRandom.current().nextInt(1_000_000);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final HttpClient HTTP = TestServer.httpClient(HttpClient.Redirect.NEVER);

    private static final String SENTINEL_PARTNER_SECTION = "SENTINELPARTNERSECTION";
    private static final String PARTNER_HOMEWORK = "Partner own homework QXJOURNAL";
    private static final String SENTINEL_PRIVATE = "SENTINELPRIVATEPROCESS";
    private static final String SENTINEL_RISK = "SENTINELRISKDETAIL";
    private static final String SENTINEL_JOINT_SECTION = "SENTINELJOINTSECTION";
    private static final String SENTINEL_CLINICIAN = "SENTINELCLINICIANNOTE";
    private static final String SENTINEL_HIDDEN_MILESTONE = "SENTINELHIDDENMILESTONE";
    private static final String PARTNER_MILESTONE = "Partner milestone QXFIRSTCALL";

    private static MailSettings mailSettings;
    private static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void startMailServer() {
        String offset = System.getProperty("tenfold.it.offset");
        if (offset == null) {
            throw new IllegalStateException("System property tenfold.it.offset is not set: run with Maven");
        }
        mailSettings = MailSettings.forTests(Integer.parseInt(offset));
        smtp = new GreenMail(new ServerSetup(mailSettings.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.withConfiguration(GreenMailConfiguration.aConfig().withUser(mailSettings.user() + "@tenfold.test",
                mailSettings.user(), mailSettings.password()));
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** A couple with everything a report reads, and the period it covers. */
    record Couple(Person counsellor, long caseId, long zoe, long partner, String zoeEmail, LocalDate from,
            LocalDate to, String coupleGoal, String zoeGoal, String partnerGoal, String coupleMilestone,
            String jointHomework) {
    }

    @Test
    void eachReportHoldsWhatItsClientMaySeeAndNothingElse() throws Exception {
        Couple c = couple();
        Api api = c.counsellor().api();

        JsonObject joint = draft(api, c, c.zoe(), "JOINT");
        JsonObject zoeOwn = draft(api, c, c.zoe(), "PARTNER_OWN");
        JsonObject partnerOwn = draft(api, c, c.partner(), "PARTNER_OWN");
        summary(api, id(joint), "You have both worked hard on listening this month.");
        summary(api, id(zoeOwn), "Zoë, your evening routine is holding well.");

        String jointText = text(pdf(api, id(joint)).body());
        String zoeText = text(pdf(api, id(zoeOwn)).body());
        String partnerText = text(pdf(api, id(partnerOwn)).body());

        for (String t : List.of(jointText, zoeText)) {
            assertTrue(t.contains(ZOE), "the name renders: " + t);
            assertTrue(t.contains(DAY.format(c.from())) && t.contains(DAY.format(c.to())), "the period: " + t);
            assertTrue(t.contains(c.coupleGoal()), "the couple's goal: " + t);
            assertTrue(t.contains(c.coupleMilestone()), "the couple's milestone: " + t);
            assertTrue(t.contains(c.jointHomework()), "homework of a joint session: " + t);
            assertFalse(t.contains(c.partnerGoal()), "never the partner's own goal");
            assertFalse(t.contains(PARTNER_HOMEWORK), "never the partner's individual-session content");
            assertFalse(t.contains(PARTNER_MILESTONE), "never the partner's own milestone");
        }
        assertTrue(jointText.contains("2 held, 1 cancelled, 0 missed"), "joint sessions only: " + jointText);
        assertTrue(jointText.contains("You have both worked hard on listening this month."), jointText);
        assertTrue(jointText.contains("Our progress report"), jointText);
        assertFalse(jointText.contains(c.zoeGoal()), "a joint report holds the couple's goals");
        assertTrue(zoeText.contains("2 held, 1 cancelled, 1 missed"), "joint and Zoë's own sessions: " + zoeText);
        assertTrue(zoeText.contains(c.zoeGoal()), "Zoë's own goal in her own report: " + zoeText);
        assertTrue(zoeText.contains("your evening routine is holding well."), zoeText);
        assertTrue(partnerText.contains("3 held, 1 cancelled, 0 missed"), partnerText);
        assertTrue(partnerText.contains(c.partnerGoal()) && partnerText.contains(PARTNER_HOMEWORK)
                && partnerText.contains(PARTNER_MILESTONE), "the partner's own report holds their own: " + partnerText);
        for (String t : List.of(jointText, zoeText, partnerText)) {
            for (String sentinel : List.of(SENTINEL_PARTNER_SECTION, SENTINEL_PRIVATE, SENTINEL_RISK,
                    SENTINEL_JOINT_SECTION, SENTINEL_CLINICIAN, SENTINEL_HIDDEN_MILESTONE)) {
                assertFalse(t.contains(sentinel), sentinel + " must never reach a report");
            }
        }
        assertTrue(auditRows(c.counsellor().username(), "PROGRESS_REPORT_GENERATE", "SUCCESS", c.zoe()) >= 2);
        assertTrue(auditRows(c.counsellor().username(), "PROGRESS_REPORT_VIEW", "SUCCESS", c.zoe()) >= 2);
    }

    @Test
    void aReleasedReportIsKeptByteForByteAndNeverChanges() throws Exception {
        Couple c = couple();
        Api api = c.counsellor().api();
        JsonObject joint = draft(api, c, c.zoe(), "JOINT");
        long id = id(joint);
        summary(api, id, "Released summary.");
        Api.Reply released = api.post("api/progress-reports/" + id + "/release", "");
        assertEquals(200, released.status(), released.toString());
        assertEquals("RELEASED", released.json().getString("status"));
        String sha = released.json().getString("sha256");
        assertEquals(c.counsellor().username(), released.json().getString("releasedBy"));

        Bytes first = pdf(api, id);
        Bytes second = pdf(api, id);
        assertEquals(200, first.status());
        assertArrayEquals(first.body(), second.body(), "the kept bytes, not a new rendering");
        assertEquals(sha, sha256(first.body()));
        assertEquals(sha, first.sha256Header());
        assertEquals(sha, TestServer.queryOne("SELECT released_sha256 FROM progress_report WHERE id = ?", id));
        assertTrue(text(first.body()).contains("Released summary."));

        Api.Reply current = api.get("api/progress-reports/" + id);
        ClientData.assertProblem(api.put("api/progress-reports/" + id + "/summary", "{\"summary\":\"later\"}",
                current.etag()), 409, "conflict");
        ClientData.assertProblem(api.post("api/progress-reports/" + id + "/release", ""), 409, "conflict");
        try (Connection db = TestServer.database(); Statement s = db.createStatement()) {
            java.sql.SQLException e = assertThrows(java.sql.SQLException.class,
                    () -> s.executeUpdate("UPDATE progress_report SET summary = 'x' WHERE id = " + id));
            assertEquals("45000", e.getSQLState(), "the database refuses too");
        }
        assertTrue(auditRows(c.counsellor().username(), "PROGRESS_REPORT_RELEASE", "SUCCESS", c.partner()) >= 1,
                "a joint report's release is audited for both partners");
        assertTrue(auditRows(c.counsellor().username(), "PROGRESS_REPORT_DOWNLOAD", "SUCCESS", c.zoe()) >= 2);
    }

    @Test
    void frontDeskDownloadsReleasedReportsOnlyAndOthersAreRefused() throws Exception {
        Couple c = couple();
        Api api = c.counsellor().api();
        long released = id(draft(api, c, c.zoe(), "JOINT"));
        assertEquals(200, api.post("api/progress-reports/" + released + "/release", "").status());
        long draft = id(draft(api, c, c.zoe(), "PARTNER_OWN"));

        Api frontDesk = PlanData.frontDesk();
        Bytes got = pdf(frontDesk, released);
        assertEquals(200, got.status());
        assertArrayEquals(pdf(api, released).body(), got.body());
        assertEquals(403, pdf(frontDesk, draft).status(), "no drafts, no previews for front desk");
        Api.Reply meta = frontDesk.get("api/progress-reports/" + released);
        assertEquals(200, meta.status(), meta.toString());
        assertTrue(!meta.json().containsKey("summary") || meta.json().isNull("summary"), "no clinical text");
        ClientData.assertProblem(frontDesk.get("api/progress-reports/" + draft), 403, "forbidden");
        Api.Reply list = frontDesk.get("api/clients/" + c.zoe() + "/progress-reports");
        assertEquals(200, list.status(), list.toString());
        List<Long> listed = list.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertTrue(listed.contains(released) && !listed.contains(draft), list.toString());
        ClientData.assertProblem(frontDesk.post("api/clients/" + c.zoe() + "/progress-reports", body(c, "JOINT")),
                403, "forbidden");

        Person offCase = PlanData.newStaff("off", "COUNSELLOR");
        assertEquals(403, pdf(offCase.api(), draft).status());
        assertEquals(403, pdf(offCase.api(), released).status(), "released, yet not theirs");
        ClientData.assertProblem(offCase.api().post("api/clients/" + c.zoe() + "/progress-reports",
                body(c, "JOINT")), 403, "forbidden");
        assertTrue(auditRows(offCase.username(), "PROGRESS_REPORT_VIEW", "DENIED", c.zoe()) >= 1,
                "the refusal is audited with the client's id");
        assertTrue(auditRows(offCase.username(), "PROGRESS_REPORT_GENERATE", "DENIED", c.zoe()) >= 1);
        assertTrue(auditRows("frontdesk", "PROGRESS_REPORT_DOWNLOAD", "SUCCESS", c.zoe()) >= 1);
    }

    @Test
    void badInputStaleVersionsAndMissingPreconditions() throws Exception {
        Couple c = couple();
        Api api = c.counsellor().api();
        JsonObject problem = ClientData.assertProblem(api.post("api/clients/" + c.zoe() + "/progress-reports",
                "{\"from\":\"2026-13-01\"}"), 400, "invalid-input");
        assertTrue(problem.getJsonObject("errors").containsKey("from"), problem.toString());
        problem = ClientData.assertProblem(api.post("api/clients/" + c.zoe() + "/progress-reports",
                Json.createObjectBuilder().add("from", "2026-02-01").add("to", "2026-01-01").build().toString()), 400,
                "invalid-input");
        assertTrue(problem.getJsonObject("errors").keySet().containsAll(List.of("caseId", "kind", "to")),
                problem.toString());
        problem = ClientData.assertProblem(api.post("api/clients/" + c.zoe() + "/progress-reports",
                body(c, "INDIVIDUAL")), 400, "invalid-input");
        assertTrue(problem.getJsonObject("errors").containsKey("kind"), problem.toString());

        long id = id(draft(api, c, c.zoe(), "JOINT"));
        ClientData.assertProblem(api.put("api/progress-reports/" + id + "/summary", "{\"summary\":\"x\"}", null), 428,
                "precondition-required");
        Api.Reply current = api.get("api/progress-reports/" + id);
        assertEquals(200, api.put("api/progress-reports/" + id + "/summary", "{\"summary\":\"first\"}",
                current.etag()).status());
        ClientData.assertProblem(api.put("api/progress-reports/" + id + "/summary", "{\"summary\":\"second\"}",
                current.etag()), 412, "stale");
        ClientData.assertProblem(api.post("api/progress-reports/" + id + "/deliver", "{\"channel\":\"LINK\"}"), 409,
                "conflict");
        ClientData.assertProblem(api.post("api/progress-reports/" + id + "/deliver", "{\"channel\":\"FAX\"}"), 400,
                "invalid-input");
        ClientData.assertProblem(api.get("api/progress-reports/99999999"), 404, "not-found");
    }

    @Test
    void encryptedEmailOpensOnlyWithThePasswordAndALinkOpensOnce() throws Exception {
        Couple c = couple();
        Api api = c.counsellor().api();
        long id = id(draft(api, c, c.zoe(), "PARTNER_OWN"));
        assertEquals(200, api.post("api/progress-reports/" + id + "/release", "").status());
        byte[] kept = pdf(api, id).body();

        ClientData.assertProblem(api.post("api/progress-reports/" + id + "/deliver",
                "{\"channel\":\"EMAIL\",\"password\":\"\"}"), 400, "invalid-input");
        Api.Reply sent = api.post("api/progress-reports/" + id + "/deliver", Json.createObjectBuilder()
                .add("channel", "EMAIL").add("password", PASSWORD).build().toString());
        assertEquals(200, sent.status(), sent.toString());
        MimeMessage mail = awaitMailTo(c.zoeEmail());
        String subject = mail.getSubject().toLowerCase(Locale.ROOT);
        assertFalse(subject.contains("progress") || subject.contains("counsel") || subject.contains("therap"),
                "a discreet subject: " + subject);
        byte[] attachment = attachment(mail);
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(attachment).close(), "locked without it");
        assertThrows(InvalidPasswordException.class, () -> Loader.loadPDF(attachment, "wrong-password").close());
        try (PDDocument d = Loader.loadPDF(attachment, PASSWORD)) {
            assertTrue(d.isEncrypted());
            assertEquals(256, d.getEncryption().getLength(), "AES-256");
            assertTrue(new PDFTextStripper().getText(d).contains(ZOE));
        }
        assertTrue(auditRows(c.counsellor().username(), "PROGRESS_REPORT_EMAIL", "SUCCESS", c.zoe()) >= 1);

        // the partner has not agreed to email
        long partners = id(draft(api, c, c.partner(), "PARTNER_OWN"));
        assertEquals(200, api.post("api/progress-reports/" + partners + "/release", "").status());
        ClientData.assertProblem(api.post("api/progress-reports/" + partners + "/deliver", Json.createObjectBuilder()
                .add("channel", "EMAIL").add("password", PASSWORD).build().toString()), 409, "conflict");

        Api.Reply link = api.post("api/progress-reports/" + id + "/deliver", "{\"channel\":\"LINK\"}");
        assertEquals(201, link.status(), link.toString());
        String token = link.json().getString("token");
        assertNotNull(link.json().getString("expiresAt"));
        assertEquals(0L, ClientData.count("SELECT COUNT(*) FROM progress_report_link WHERE token_sha256 = ?", token),
                "the token itself is never stored");
        Bytes opened = get(null, "api/report-links/" + token);
        assertEquals(200, opened.status());
        assertArrayEquals(kept, opened.body(), "the released file");
        assertEquals(404, get(null, "api/report-links/" + token).status(), "one time only");
        assertEquals(404, get(null, "api/report-links/" + "A".repeat(43)).status());
        assertEquals(1L, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'PROGRESS_REPORT_LINK_OPEN'"
                + " AND outcome = 'SUCCESS' AND client_id = ?", c.zoe()));
    }

    @Test
    void aMonthlyBatchMakesDraftsInTheBackgroundAndKeepsItsProgress() throws Exception {
        Couple c = couple();
        Api api = c.counsellor().api();
        Api.Reply started = api.post("api/progress-report-batches", Json.createObjectBuilder()
                .add("from", c.from().toString()).add("to", c.to().toString()).build().toString());
        assertEquals(202, started.status(), started.toString());
        assertEquals(3, started.json().getInt("total"), "the joint report and each partner's own");
        long batch = id(started.json());
        JsonObject state = started.json();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ("RUNNING".equals(state.getString("status")) && System.nanoTime() < until) {
            Thread.sleep(300);
            Api.Reply polled = api.get("api/progress-report-batches/" + batch);
            assertEquals(200, polled.status(), polled.toString());
            state = polled.json();
        }
        assertEquals("DONE", state.getString("status"), state.toString());
        assertEquals(3, state.getInt("done"), state.toString());
        assertEquals(100, state.getInt("percent"));
        assertEquals(3L, ClientData.count("SELECT COUNT(*) FROM progress_report WHERE batch_id = ?", batch));
        Api.Reply listed = api.get("api/clients/" + c.zoe() + "/progress-reports");
        assertEquals(2, listed.json().getJsonArray("items").size(), "Zoë's: the joint report and her own");
        assertEquals(404, PlanData.newStaff("other", "COUNSELLOR").api().get("api/progress-report-batches/" + batch)
                .status(), "someone else's batch is not there for them");
        ClientData.assertProblem(PlanData.frontDesk().post("api/progress-report-batches", "{}"), 403, "forbidden");
    }

    @Test
    void aRecordsRequestExportsTheClientsRecordAsAZipForTheCareTeamOnly() throws Exception {
        Couple c = couple();
        Api api = c.counsellor().api();
        long id = id(draft(api, c, c.zoe(), "PARTNER_OWN"));
        assertEquals(200, api.post("api/progress-reports/" + id + "/release", "").status());
        Bytes zip = get(api, "api/clients/" + c.zoe() + "/record-export");
        assertEquals(200, zip.status());
        assertEquals("application/zip", zip.contentType());
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip.body()))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        assertTrue(new String(files.get("client.json"), java.nio.charset.StandardCharsets.UTF_8).contains("Đặng-Nguyễn"),
                files.keySet().toString());
        assertTrue(files.containsKey("cases.json") && files.containsKey("progress-reports.json"), files.keySet().toString());
        assertEquals(2, files.keySet().stream().filter(n -> n.startsWith("notes/")).count(), "the two joint notes");
        byte[] pdf = files.entrySet().stream().filter(e -> e.getKey().startsWith("progress-reports/"))
                .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
        assertArrayEquals(pdf(api, id).body(), pdf, "the released file as kept");
        String all = files.values().stream().map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8))
                .reduce("", String::concat);
        assertFalse(all.contains(SENTINEL_PARTNER_SECTION) || all.contains(PARTNER_HOMEWORK),
                "never the other partner's individual notes");
        assertFalse(all.contains(SENTINEL_PRIVATE), "never the private process sections");
        assertTrue(auditRows(c.counsellor().username(), "CLIENT_RECORD_EXPORT", "SUCCESS", c.zoe()) == 1);

        Person offCase = PlanData.newStaff("offexp", "COUNSELLOR");
        assertEquals(403, get(offCase.api(), "api/clients/" + c.zoe() + "/record-export").status());
        assertEquals(1L, auditRows(offCase.username(), "CLIENT_RECORD_EXPORT", "DENIED", c.zoe()));
        assertEquals(403, get(PlanData.frontDesk(), "api/clients/" + c.zoe() + "/record-export").status());
    }

    // --- data

    private static Couple couple() throws Exception {
        Person counsellor = PlanData.newStaff("rep", "COUNSELLOR");
        String zoeEmail = ClientData.uniqueWord("zoe").toLowerCase(Locale.ROOT) + "@example.org";
        long zoe = intakeDone(counsellor, ClientData.client("Zoë", ClientData.uniqueWord("Đặng-Nguyễn"))
                .add("preferredName", ZOE).add("email", zoeEmail).add("consentEmail", true));
        long partner = intakeDone(counsellor, ClientData.client("Sam", ClientData.uniqueWord("Rep")));
        Api api = counsellor.api();
        Api.Reply opened = api.post("api/cases", Json.createObjectBuilder().add("kind", "COUPLE")
                .add("primaryCounsellorId", counsellor.id()).add("members", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("clientId", zoe).add("role", "IN_RECOVERY"))
                        .add(Json.createObjectBuilder().add("clientId", partner).add("role", "PARTNER")))
                .build().toString());
        assertEquals(201, opened.status(), opened.toString());
        long caseId = opened.json().getJsonNumber("id").longValue();

        String word = ClientData.uniqueWord("");
        String coupleGoal = "Talk through one hard evening a week " + word;
        String zoeGoal = "Keep an evening routine without screens " + word;
        String partnerGoal = "Name feelings before reacting " + word;
        JsonObject plan = PlanData.createPlan(api, caseId, false);
        List<String> steps = stepCodes();
        goal(api, id(plan), steps.get(1), null, coupleGoal);
        goal(api, id(plan), steps.get(2), zoe, zoeGoal);
        goal(api, id(plan), steps.get(2), partner, partnerGoal);
        assertEquals(200, PlanData.setReview(api, id(plan), LocalDate.now(ZoneOffset.UTC).plusDays(60)).status());
        PlanData.sign(api, id(plan));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.minusDays(40);
        LocalDate to = today.minusDays(10);
        String coupleMilestone = "A calm weekend away together " + word;
        milestone(api, caseId, null, today.minusDays(20), coupleMilestone, true);
        milestone(api, caseId, partner, today.minusDays(20), PARTNER_MILESTONE, true);
        milestone(api, caseId, null, today.minusDays(20), SENTINEL_HIDDEN_MILESTONE, false);

        // sessions in the period: two joint held, one joint cancelled, Zoë's own missed, the partner's own held
        long joint1 = session(counsellor, caseId, List.of(zoe, partner), from.plusDays(2), "COMPLETED");
        long joint2 = session(counsellor, caseId, List.of(zoe, partner), from.plusDays(9), "CHECKED_IN");
        session(counsellor, caseId, List.of(zoe, partner), from.plusDays(16), "CANCELLED");
        session(counsellor, caseId, List.of(zoe), from.plusDays(17), "NO_SHOW");
        long partnerOwn = session(counsellor, caseId, List.of(partner), from.plusDays(18), "COMPLETED");
        session(counsellor, caseId, List.of(zoe, partner), today.plusDays(30), null);

        String jointHomework = "Evening walk together " + word;
        note(counsellor, joint1, caseId, null, List.of(zoe, partner), new int[] {4, 6}, steps, jointHomework,
                SENTINEL_JOINT_SECTION, SENTINEL_RISK, SENTINEL_PRIVATE);
        note(counsellor, joint2, caseId, null, List.of(zoe, partner), new int[] {7, 8}, steps, null, null, null, null);
        note(counsellor, partnerOwn, caseId, partner, List.of(partner), new int[] {9, 9}, steps, PARTNER_HOMEWORK,
                SENTINEL_PARTNER_SECTION, SENTINEL_RISK, SENTINEL_PRIVATE);
        return new Couple(counsellor, caseId, zoe, partner, zoeEmail, from, to, coupleGoal, zoeGoal, partnerGoal,
                coupleMilestone, jointHomework);
    }

    private static List<String> stepCodes() throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection db = TestServer.database(); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT code FROM framework_step ORDER BY step_number")) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        return codes;
    }

    private static void goal(Api api, long planId, String stepCode, Long clientId, String statement) {
        var b = Json.createObjectBuilder().add("stepCode", stepCode).add("statement", statement)
                .add("interventions", "Practised in session").add("clinicianNote", SENTINEL_CLINICIAN);
        if (clientId == null) {
            b.add("couple", true);
        } else {
            b.add("clientId", clientId);
        }
        Api.Reply r = api.post("api/plans/" + planId + "/goals", b.build().toString());
        assertEquals(201, r.status(), r.toString());
    }

    private static void milestone(Api api, long caseId, Long clientId, LocalDate on, String text, boolean visible) {
        var b = Json.createObjectBuilder().add("achievedOn", on.toString()).add("description", text)
                .add("visibleToClient", visible);
        if (clientId != null) {
            b.add("clientId", clientId);
        }
        Api.Reply r = api.post("api/cases/" + caseId + "/milestones", b.build().toString());
        assertEquals(201, r.status(), r.toString());
    }

    /** A client whose intake this counsellor held and submitted (as the plan tests make them). */
    private static long intakeDone(Person counsellor, jakarta.json.JsonObjectBuilder client) {
        return PlanData.intakeDone(counsellor, client, futureSlot());
    }

    /** A free future slot for the test's own counsellor, a week apart from the others. */
    private static Instant futureSlot() {
        LocalDate day = TestDays.fresh(DayOfWeek.TUESDAY);
        return day.atTime(9 + ThreadLocalRandom.current().nextInt(8), 0).toInstant(ZoneOffset.UTC);
    }

    /**
     * A session of the case booked through the API, then moved to its day and given its outcome in the
     * database (the API books forward only). {@code status} null leaves it booked.
     */
    private static long session(Person counsellor, long caseId, List<Long> clients, LocalDate day, String status)
            throws Exception {
        var ids = Json.createArrayBuilder();
        clients.forEach(ids::add);
        Api.Reply booked = PlanData.admin().post("api/appointments", Json.createObjectBuilder()
                .add("counsellorId", counsellor.id()).add("clientIds", ids)
                .add("type", clients.size() > 1 ? "COUPLE" : "INDIVIDUAL").add("start", futureSlot().toString())
                .add("videoLink", "https://video.example.org/s").add("caseId", caseId)
                .add("overrideReason", "test session").build().toString());
        assertEquals(201, booked.status(), booked.toString());
        long id = booked.json().getJsonNumber("id").longValue();
        LocalDateTime start = day.atTime(10, 0);
        try (Connection db = TestServer.database(); PreparedStatement s = db.prepareStatement(
                "UPDATE appointment SET starts_at = ?, ends_at = ?, status = COALESCE(?, status) WHERE id = ?")) {
            s.setObject(1, start);
            s.setObject(2, start.plusMinutes(clients.size() > 1 ? 80 : 50));
            s.setString(3, status);
            s.setLong(4, id);
            assertEquals(1, s.executeUpdate());
        }
        return id;
    }

    /**
     * A signed note as the notes service stores it: written as a draft with its steps rated, a private
     * process section and a risk update, then signed.
     */
    private static void note(Person author, long appointmentId, long caseId, Long owner, List<Long> clients,
            int[] ratings, List<String> steps, String homework, String section, String risk, String privateText)
            throws Exception {
        try (Connection db = TestServer.database()) {
            long noteId;
            try (PreparedStatement s = db.prepareStatement("INSERT INTO session_note (appointment_id, case_id,"
                    + " owner_client_id, author_id, note_format, status, section_1, section_2, risk_update, risk_concern,"
                    + " homework_text, created_at, updated_at) VALUES (?, ?, ?, ?, 'DAP', 'DRAFT', ?, ?, ?, ?, ?,"
                    + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, appointmentId);
                s.setLong(2, caseId);
                s.setObject(3, owner);
                s.setLong(4, author.id());
                s.setString(5, section);
                s.setString(6, section);
                s.setString(7, risk == null ? null : "NEW_CONCERN");
                s.setString(8, risk);
                s.setString(9, homework);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    noteId = keys.getLong(1);
                }
            }
            for (long client : clients) {
                try (PreparedStatement s = db.prepareStatement(
                        "INSERT INTO session_note_client (note_id, client_id) VALUES (?, ?)")) {
                    s.setLong(1, noteId);
                    s.setLong(2, client);
                    s.executeUpdate();
                }
            }
            for (int i = 0; i < ratings.length; i++) {
                try (PreparedStatement s = db.prepareStatement("INSERT INTO session_note_step (note_id, step_code,"
                        + " rating, step_comment, sort_order) VALUES (?, ?, ?, ?, ?)")) {
                    s.setLong(1, noteId);
                    s.setString(2, steps.get(i));
                    s.setInt(3, ratings[i]);
                    s.setString(4, section);
                    s.setInt(5, i);
                    s.executeUpdate();
                }
            }
            if (privateText != null) {
                try (PreparedStatement s = db.prepareStatement("INSERT INTO session_note_private (note_id, author_id,"
                        + " body, updated_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6))")) {
                    s.setLong(1, noteId);
                    s.setLong(2, author.id());
                    s.setString(3, privateText);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = db.prepareStatement("UPDATE session_note SET status = 'SIGNED', signed_by = ?,"
                    + " signed_at = UTC_TIMESTAMP(6) WHERE id = ?")) {
                s.setString(1, author.username());
                s.setLong(2, noteId);
                assertEquals(1, s.executeUpdate());
            }
        }
    }

    // --- reports over HTTP

    private static String body(Couple c, String kind) {
        return Json.createObjectBuilder().add("caseId", c.caseId()).add("from", c.from().toString())
                .add("to", c.to().toString()).add("kind", kind).build().toString();
    }

    private static JsonObject draft(Api api, Couple c, long clientId, String kind) {
        Api.Reply r = api.post("api/clients/" + clientId + "/progress-reports", body(c, kind));
        assertEquals(201, r.status(), r.toString());
        assertEquals("DRAFT", r.json().getString("status"));
        assertEquals(kind, r.json().getString("kind"));
        return r.json();
    }

    private static void summary(Api api, long id, String text) {
        Api.Reply current = api.get("api/progress-reports/" + id);
        assertEquals(200, current.status(), current.toString());
        Api.Reply r = api.put("api/progress-reports/" + id + "/summary",
                Json.createObjectBuilder().add("summary", text).build().toString(), current.etag());
        assertEquals(200, r.status(), r.toString());
    }

    record Bytes(int status, String contentType, String sha256Header, byte[] body) {
    }

    private static Bytes pdf(Api api, long id) {
        Bytes b = get(api, "api/progress-reports/" + id + "/pdf");
        if (b.status() == 200) {
            assertEquals("application/pdf", b.contentType());
        }
        return b;
    }

    private static Bytes get(Api api, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/pdf, application/problem+json");
        if (api != null) {
            request.header("Authorization", "Bearer " + api.token());
        }
        try {
            HttpResponse<byte[]> r = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(r.statusCode(), r.headers().firstValue("Content-Type").orElse("").split(";")[0],
                    r.headers().firstValue("X-Content-SHA256").orElse(null), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static long auditRows(String actor, String action, String outcome, long clientId) throws Exception {
        return ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ? AND outcome = ?"
                + " AND client_id = ?", actor, action, outcome, clientId);
    }

    private static MimeMessage awaitMailTo(String address) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients() != null && List.of(m.getAllRecipients()).stream()
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address))) {
                    return m;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail to " + address);
    }

    private static byte[] attachment(MimeMessage m) throws Exception {
        Multipart parts = (Multipart) m.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart p = parts.getBodyPart(i);
            if (p.getFileName() != null && p.getFileName().endsWith(".pdf")) {
                try (InputStream in = p.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    in.transferTo(out);
                    return out.toByteArray();
                }
            }
        }
        throw new AssertionError("no PDF attached");
    }
}
