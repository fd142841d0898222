package org.tenfold.it.clinic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Case;
import org.tenfold.it.plan.PlanData.Person;

/**
 * The clinic's letterhead: an administrator sets the address and contact lines and uploads a logo
 * (PNG or JPEG, at most 256 KB, checked by decoding); plan PDFs then carry both. Wrong files and bad
 * lines are 400 with field errors; anyone but an administrator is refused. The demo clinic's letterhead
 * is put back at the end.
 */
@ExtendWith(ArquillianExtension.class)
class LetterheadIT {

    private static final HttpClient HTTP = TestServer.httpClient(HttpClient.Redirect.NEVER);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    record Bytes(int status, String contentType, byte[] body) {
    }

    @Test
    void theAddressAndLogoShowOnThePlanPdfAndOnlyAdministratorsChangeThem() throws Exception {
        Api admin = PlanData.admin();
        JsonObject original = admin.get("api/settings/letterhead").json();
        byte[] originalLogo = original.isNull("logo") ? null : send(admin, "GET", "api/settings/logo", null).body();
        try {
            String tag = ClientData.uniqueWord("").toUpperCase(Locale.ROOT);
            String street = "12 Harbour Lane " + tag;
            long audited = ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = 'admin'"
                    + " AND action = 'SETTINGS_UPDATE' AND detail LIKE 'letterhead%'");
            Api.Reply saved = admin.put("api/settings/letterhead", letterhead(street + "\r\n\r\nPortsmouth PO1 2AB",
                    "023 9200 0000", "hello@tenfold.test", "tenfold.test"), null);
            assertEquals(200, saved.status(), saved.toString());
            assertEquals(street + "\nPortsmouth PO1 2AB", saved.json().getString("address"), "blank lines dropped");
            assertEquals("hello@tenfold.test", saved.json().getString("email"));
            assertEquals(audited + 1, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = 'admin'"
                    + " AND action = 'SETTINGS_UPDATE' AND detail LIKE 'letterhead%'"), "the change is audited");

            // bad lines: 400 naming the fields, nothing saved
            JsonObject problem = ClientData.assertProblem(admin.put("api/settings/letterhead",
                    letterhead("x".repeat(301), "", "not an address", ""), null), 400, "invalid-input");
            assertTrue(problem.getJsonObject("errors").containsKey("address"), problem.toString());
            assertTrue(problem.getJsonObject("errors").containsKey("email"), problem.toString());
            assertEquals(street + "\nPortsmouth PO1 2AB",
                    admin.get("api/settings/letterhead").json().getString("address"));

            // wrong files: not an image, a PNG header on garbage, too big
            byte[] fakePng = new byte[64];
            System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}, 0, fakePng, 0, 8);
            for (byte[] wrong : List.of("just some text".getBytes(StandardCharsets.UTF_8), fakePng, noise(400))) {
                Bytes r = send(admin, "PUT", "api/settings/logo", wrong);
                assertEquals(400, r.status(), new String(r.body(), StandardCharsets.UTF_8));
                JsonObject p = Json.createReader(new java.io.StringReader(new String(r.body(), StandardCharsets.UTF_8)))
                        .readObject();
                assertTrue(p.getJsonObject("errors").containsKey("logo"), p.toString());
            }
            assertTrue(noise(400).length > 256 * 1024, "the noise image is over the limit");

            // a PNG logo
            byte[] png = image(120, 40, "png");
            Bytes put = send(admin, "PUT", "api/settings/logo", png);
            assertEquals(200, put.status(), new String(put.body(), StandardCharsets.UTF_8));
            JsonObject logo = Json.createReader(new java.io.StringReader(new String(put.body(), StandardCharsets.UTF_8)))
                    .readObject();
            assertEquals("image/png", logo.getString("contentType"));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)),
                    logo.getString("sha256"));
            assertEquals("admin", logo.getString("updatedBy"));
            Bytes stored = send(admin, "GET", "api/settings/logo", null);
            assertEquals(200, stored.status());
            assertTrue(stored.contentType().startsWith("image/png"), stored.contentType());
            assertArrayEquals(png, stored.body());
            assertTrue(ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = 'admin'"
                    + " AND action = 'SETTINGS_UPDATE' AND detail LIKE 'logo image/png%'") >= 1, "the upload is audited");

            // the client copy of a plan carries the address and the logo
            Person lead = PlanData.newStaff("lhlead", "COUNSELLOR");
            Case c = PlanData.individualCase(lead);
            long planId = PlanData.id(PlanData.createPlan(lead.api(), c.id(), false));
            String pdfPath = "api/plans/" + planId + "/pdf?audience=client";
            try (PDDocument pdf = pdf(lead.api(), pdfPath)) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertTrue(text.contains(street), "the address is on the letterhead:\n" + text);
                assertTrue(text.contains("Portsmouth PO1 2AB"), text);
                assertTrue(hasImage(pdf.getPage(0)), "the first page shows the logo");
            }

            // a JPEG replaces it; removing it leaves the name and address only
            Bytes jpeg = send(admin, "PUT", "api/settings/logo", image(60, 60, "jpg"));
            assertEquals(200, jpeg.status(), new String(jpeg.body(), StandardCharsets.UTF_8));
            assertTrue(new String(jpeg.body(), StandardCharsets.UTF_8).contains("image/jpeg"));
            try (PDDocument pdf = pdf(lead.api(), pdfPath)) {
                assertTrue(hasImage(pdf.getPage(0)), "the replaced logo is shown");
            }
            assertEquals(204, send(admin, "DELETE", "api/settings/logo", null).status());
            assertEquals(404, send(admin, "GET", "api/settings/logo", null).status());
            assertTrue(admin.get("api/settings/letterhead").json().isNull("logo"));
            try (PDDocument pdf = pdf(lead.api(), pdfPath)) {
                assertFalse(hasImage(pdf.getPage(0)), "no logo after removing it");
                assertTrue(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ").contains(street));
            }

            // only administrators
            for (Api other : List.of(PlanData.frontDesk(), lead.api())) {
                ClientData.assertProblem(other.get("api/settings/letterhead"), 403, "forbidden");
                ClientData.assertProblem(other.put("api/settings/letterhead", letterhead("x", "", "", ""), null),
                        403, "forbidden");
                assertEquals(403, send(other, "PUT", "api/settings/logo", png).status());
                assertEquals(403, send(other, "DELETE", "api/settings/logo", null).status());
                assertEquals(403, send(other, "GET", "api/settings/logo", null).status());
            }
            assertTrue(admin.get("api/settings/letterhead").json().isNull("logo"), "nothing changed by the refused");
        } finally {
            Api.Reply back = admin.put("api/settings/letterhead", letterhead(original.getString("address"),
                    original.getString("phone"), original.getString("email"), original.getString("website")), null);
            assertEquals(200, back.status(), back.toString());
            if (originalLogo == null) {
                send(admin, "DELETE", "api/settings/logo", null);
            } else {
                assertEquals(200, send(admin, "PUT", "api/settings/logo", originalLogo).status());
            }
        }
    }

    private static String letterhead(String address, String phone, String email, String website) {
        return Json.createObjectBuilder().add("address", address).add("phone", phone).add("email", email)
                .add("website", website).build().toString();
    }

    private static boolean hasImage(PDPage page) throws IOException {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                return true;
            }
        }
        return false;
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(20, 90, 120));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out));
        return out.toByteArray();
    }

    /** A PNG of random pixels: it does not compress, so it is larger than the limit. */
    private static byte[] noise(int side) throws IOException {
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                img.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static PDDocument pdf(Api api, String path) throws Exception {
        Bytes r = send(api, "GET", path, null);
        assertEquals(200, r.status(), () -> path + " -> " + new String(r.body(), StandardCharsets.UTF_8));
        return Loader.loadPDF(r.body());
    }

    private static Bytes send(Api api, String method, String path, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + api.token())
                .header("Accept", "application/pdf, image/png, image/jpeg, application/json, application/problem+json");
        if (body != null) {
            b.header("Content-Type", "application/octet-stream")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Bytes(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }
}
