package org.tenfold.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tenfold.it.api.ClientData.assertProblem;
import static org.tenfold.it.api.ClientData.client;
import static org.tenfold.it.api.ClientData.count;
import static org.tenfold.it.api.ClientData.create;
import static org.tenfold.it.api.ClientData.encode;
import static org.tenfold.it.api.ClientData.ids;
import static org.tenfold.it.api.ClientData.search;
import static org.tenfold.it.api.ClientData.signedIn;
import static org.tenfold.it.api.ClientData.text;
import static org.tenfold.it.api.ClientData.uniqueWord;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;

/**
 * The client API as front desk uses it: register, read back, find by name (accents and all) and
 * phone, the duplicate warning, and validation that refuses bad input with a problem body and saves
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ClientApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private final Api frontDesk = signedIn("frontdesk");

    @Test
    void createdClientIsReturnedWithLocationEtagAndChartNumberAndReadsBackTheSame() {
        String last = uniqueWord("Create");
        Api.Reply created = frontDesk.post("api/clients", ClientData.fullClient("Robin", last).build().toString());

        assertEquals(201, created.status(), created.toString());
        assertTrue(created.contentType().startsWith("application/json"), created.toString());
        JsonObject body = created.json();
        long id = body.getJsonNumber("id").longValue();
        assertTrue(ClientData.CHART_NUMBER.matcher(body.getString("chartNumber")).matches(), created.toString());
        assertEquals(String.format("C-%06d", id), body.getString("chartNumber"), "chart number follows the id");
        assertEquals("Pref (Robin) " + last, body.getString("displayName"));

        assertNotNull(created.location(), "201 names the new client");
        URI location = URI.create(created.location());
        assertTrue(location.isAbsolute(), created.location());
        assertEquals("/api/clients/" + id, location.getPath());
        assertEquals("\"" + body.getJsonNumber("version").longValue() + "\"", created.etag(),
                "the ETag is the quoted version");

        Api.Reply read = frontDesk.get("api/clients/" + id);
        assertEquals(200, read.status(), read.toString());
        assertEquals(created.etag(), read.etag());
        JsonObject got = read.json();
        for (String field : List.of("legalFirstName", "legalLastName", "preferredName", "pronouns", "dateOfBirth",
                "email", "phone", "addressLine1", "addressLine2", "city", "region", "postalCode", "country",
                "emergencyContactName", "emergencyContactRelationship", "emergencyContactPhone", "status",
                "chartNumber")) {
            assertEquals(body.get(field), got.get(field), field);
        }
        for (String consent : List.of("consentEmail", "consentSms", "consentPhone", "consentPost")) {
            assertEquals(body.getBoolean(consent), got.getBoolean(consent), consent);
        }
        assertTrue(got.getBoolean("consentEmail"));
        assertFalse(got.getBoolean("consentSms"));
        assertEquals("ACTIVE", got.getString("status"));
        assertEquals("1990-04-01", got.getString("dateOfBirth"));
    }

    @Test
    void unknownClientIsA404Problem() {
        assertProblem(frontDesk.get("api/clients/999999999"), 404, "not-found");
    }

    @Test
    void accentedNameIsStoredExactlyAndFoundWithOrWithoutAccents() throws Exception {
        String first = "Zoë";
        String last = "Đặng-Nguyễn";
        String marker = uniqueWord("zoe");
        // another test run may have registered a Zoë Đặng-Nguyễn born the same day: this one is someone else
        Api.Reply reply = frontDesk.post("api/clients?confirmDuplicate=true",
                client(first, last).add("email", marker + "@example.org").build().toString());
        assertEquals(201, reply.status(), reply.toString());
        JsonObject created = reply.json();
        long id = created.getJsonNumber("id").longValue();

        assertEquals(first, created.getString("legalFirstName"));
        assertEquals(last, created.getString("legalLastName"));
        assertEquals(last, frontDesk.get("api/clients/" + id).json().getString("legalLastName"));
        assertEquals(first, text("SELECT legal_first_name FROM client WHERE id = ?", id), "stored as UTF-8");
        assertEquals(last, text("SELECT legal_last_name FROM client WHERE id = ?", id), "stored as UTF-8");

        for (String q : List.of("zoe", "ZOE", "Zoë", "Đặng", "dang", "nguyen", "Nguyễn", "Đặng-Nguyễn")) {
            Api.Reply found = search(frontDesk, "q=" + encode(q) + "&size=100&sort=-createdAt");
            assertTrue(ids(found).contains(id), "searching '" + q + "' finds " + last + ": " + found);
        }
        // two words must both match: the email marker narrows it to exactly this client
        Api.Reply narrowed = search(frontDesk, "q=" + encode("nguyen " + marker));
        assertEquals(List.of(id), ids(narrowed), narrowed.toString());
        assertEquals(1, narrowed.json().getInt("total"));
    }

    @Test
    void phoneIsFoundByItsLastDigitsWithOrWithoutSpaces() {
        String last = uniqueWord("Phone");
        String tail = "9" + ClientData.digits(3); // no leading zero: see the next test
        JsonObject created = create(frontDesk, client("Pat", last).add("phone", "+44 7700 90" + tail));
        long id = created.getJsonNumber("id").longValue();

        for (String q : List.of(tail, "90" + tail, "7700 90" + tail, "07700 90" + tail, "+44 7700 90" + tail)) {
            Api.Reply found = search(frontDesk, "q=" + encode(last + " " + q));
            assertEquals(List.of(id), ids(found), "'" + q + "' finds the phone number: " + found);
        }
        Api.Reply other = search(frontDesk, "q=" + encode(last + " 1" + tail));
        assertEquals(List.of(), ids(other), "other last digits do not match: " + other);
    }

    @Test
    void lastDigitsStartingWithZeroOnlyMatchPhonesEndingInThoseDigits() {
        String last = uniqueWord("Zerophone");
        JsonObject endsIn0018 = create(frontDesk, client("Ann", last).add("phone", "07700 900018"));
        JsonObject endsIn5518 = create(frontDesk, client("Bob", last).add("phone", "07700 905518"));

        Api.Reply found = search(frontDesk, "q=" + encode(last + " 0018"));
        assertEquals(List.of(endsIn0018.getJsonNumber("id").longValue()), ids(found),
                "'0018' names the last four digits; " + endsIn5518.getString("phone") + " does not end in them: "
                        + found);
    }

    @Test
    void chartNumberIsFoundWithOrWithoutItsPrefixAndZeros() {
        JsonObject created = create(frontDesk, client("Chart", uniqueWord("Chart")));
        long id = created.getJsonNumber("id").longValue();
        String chart = created.getString("chartNumber");
        for (String q : List.of(chart, chart.toLowerCase(), "C" + id, String.valueOf(id))) {
            Api.Reply found = search(frontDesk, "q=" + encode(q) + "&size=100");
            assertTrue(ids(found).contains(id), "'" + q + "' finds " + chart + ": " + found);
        }
    }

    @Test
    void charactersOutsideTheBasicPlaneAreStoredIntact() throws Exception {
        String last = uniqueWord("Emoji");
        JsonObject created = create(frontDesk, client("Ren", last).add("preferredName", "Ren 🌈")
                .add("pronouns", "xe/xem 😀").add("addressLine1", "𝒜 Street, 北京"));
        long id = created.getJsonNumber("id").longValue();
        JsonObject read = frontDesk.get("api/clients/" + id).json();
        assertEquals("Ren 🌈", read.getString("preferredName"));
        assertEquals("xe/xem 😀", read.getString("pronouns"));
        assertEquals("𝒜 Street, 北京", read.getString("addressLine1"));
        assertEquals("𝒜 Street, 北京", text("SELECT address_line1 FROM client WHERE id = ?", id));
    }

    @Test
    void markupInANameIsStoredAndReturnedVerbatimAsData() throws Exception {
        String script = "<script>alert(1)</script>";
        String last = uniqueWord("Markup") + "<b>\"&'";
        Api.Reply created = frontDesk.post("api/clients",
                client(script, last).add("preferredName", "<img src=x onerror=alert(2)>").build().toString());
        assertEquals(201, created.status(), created.toString());
        assertTrue(created.contentType().startsWith("application/json"), "JSON, never HTML: " + created);
        long id = created.json().getJsonNumber("id").longValue();

        JsonObject read = frontDesk.get("api/clients/" + id).json();
        assertEquals(script, read.getString("legalFirstName"));
        assertEquals(last, read.getString("legalLastName"));
        assertEquals("<img src=x onerror=alert(2)>", read.getString("preferredName"));
        assertEquals(script, text("SELECT legal_first_name FROM client WHERE id = ?", id), "stored unescaped");
        assertEquals(last, text("SELECT legal_last_name FROM client WHERE id = ?", id), "stored unescaped");
    }

    @Test
    void possibleDuplicateIsRefusedWith409UntilConfirmed() throws Exception {
        String last = uniqueWord("Dupé");
        JsonObject first = create(frontDesk, client("Zoë", last).add("dateOfBirth", "1977-03-04"));
        String chart = first.getString("chartNumber");

        // same person as far as the clinic can tell: case and accents differ, spaces around
        String twin = client("ZOE", " " + last.toUpperCase().replace('É', 'E') + " ").add("dateOfBirth", "1977-03-04")
                .build().toString();
        long before = count("SELECT COUNT(*) FROM client WHERE legal_last_name = ?", last);
        JsonObject problem = assertProblem(frontDesk.post("api/clients", twin), 409, "possible-duplicate");
        assertEquals(List.of(chart), problem.getJsonArray("chartNumbers").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), problem.toString());
        assertTrue(problem.getString("detail").contains(chart), problem.toString());
        assertEquals(before, count("SELECT COUNT(*) FROM client WHERE legal_last_name = ?", last),
                "nothing saved on 409");

        // a different date of birth is someone else
        Api.Reply otherDob = frontDesk.post("api/clients",
                client("Zoë", last).add("dateOfBirth", "1977-03-05").build().toString());
        assertEquals(201, otherDob.status(), otherDob.toString());

        Api.Reply confirmed = frontDesk.post("api/clients?confirmDuplicate=true", twin);
        assertEquals(201, confirmed.status(), confirmed.toString());
        assertNotEquals(chart, confirmed.json().getString("chartNumber"));
        assertEquals(last.toUpperCase().replace('É', 'E'), confirmed.json().getString("legalLastName"),
                "names are trimmed but otherwise kept as typed");
        assertEquals(before + 2, count("SELECT COUNT(*) FROM client WHERE legal_last_name = ?", last));
    }

    @Test
    void blankNamesAreRefusedWithAnErrorPerField() throws Exception {
        String marker = uniqueWord("blank");
        JsonObject problem = assertProblem(frontDesk.post("api/clients",
                client("  ", "").add("email", marker + "@example.org").build().toString()), 400, "invalid-input");
        JsonObject errors = problem.getJsonObject("errors");
        assertNotNull(errors, problem.toString());
        assertTrue(errors.containsKey("legalFirstName"), problem.toString());
        assertTrue(errors.containsKey("legalLastName"), problem.toString());
        assertEquals(0, count("SELECT COUNT(*) FROM client WHERE email = ?", marker + "@example.org"));
    }

    @Test
    void badEmailFutureBirthDateAndBadPhoneAreRefusedWithAnErrorPerField() throws Exception {
        String last = uniqueWord("Invalid");
        JsonObject problem = assertProblem(frontDesk.post("api/clients", client("Sam", last)
                .add("email", "not an email").add("dateOfBirth", LocalDate.now().plusDays(30).toString())
                .add("phone", "call me maybe").build().toString()), 400, "invalid-input");
        JsonObject errors = problem.getJsonObject("errors");
        assertEquals(List.of("dateOfBirth", "email", "phone"), errors.keySet().stream().sorted().toList(),
                problem.toString());

        JsonObject tooLong = assertProblem(frontDesk.post("api/clients",
                client("x".repeat(101), last).build().toString()), 400, "invalid-input");
        assertTrue(tooLong.getJsonObject("errors").containsKey("legalFirstName"), tooLong.toString());

        assertEquals(0, count("SELECT COUNT(*) FROM client WHERE legal_last_name = ?", last), "nothing saved");
    }

    @Test
    void malformedJsonWrongTypesAndMissingBodiesAre400Problems() throws Exception {
        String last = uniqueWord("Malformed");
        assertProblem(frontDesk.post("api/clients", "{\"legalFirstName\": \"A\", \"legalLastName\": \"" + last),
                400, null);
        assertProblem(frontDesk.post("api/clients", "not json at all"), 400, null);
        assertProblem(frontDesk.post("api/clients", "[1, 2, 3]"), 400, null);
        assertProblem(frontDesk.post("api/clients", client("A", last).add("dateOfBirth", "04/01/1990").build()
                .toString()), 400, null);
        assertProblem(frontDesk.post("api/clients", client("A", last).add("status", "BOGUS").build().toString()),
                400, null);
        assertProblem(frontDesk.post("api/clients", client("A", last).add("legalFirstName",
                jakarta.json.Json.createObjectBuilder().add("x", 1)).build().toString()), 400, null);
        assertProblem(frontDesk.post("api/clients", ""), 400, null);

        assertEquals(0, count("SELECT COUNT(*) FROM client WHERE legal_last_name = ?", last), "nothing saved");
        assertEquals(200, frontDesk.get("api/clients?size=1").status(), "the API still answers");
    }
}
