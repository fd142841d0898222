package org.tenfold.it.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import org.tenfold.it.Api;

/** Questionnaire test data made through the API, as staff would (also for the screen tests). */
public final class MeasureData {

    private MeasureData() {
    }

    /** A response typed in from paper; its id. */
    public static long paper(Api api, long client, long caseId, String code, String comment) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("caseId", caseId).add("instrumentCode", code);
        if (comment != null) {
            b.add("comment", comment);
        }
        Api.Reply r = api.post("api/clients/" + client + "/measures/responses", b.build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonObject("summary").getJsonNumber("id").longValue();
    }

    public static Api.Reply answer(Api api, long response, int item, int value) {
        return api.put("api/measure-responses/" + response + "/answers/" + item,
                Json.createObjectBuilder().add("value", value).build().toString(), null);
    }

    /** Answers items 1, 2, 3, ... with these values. */
    public static void answers(Api api, long response, int... values) {
        for (int i = 0; i < values.length; i++) {
            Api.Reply r = answer(api, response, i + 1, values[i]);
            assertEquals(200, r.status(), r.toString());
        }
    }

    public static JsonObject submitted(Api api, long response) {
        Api.Reply r = api.post("api/measure-responses/" + response + "/submit", "");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    /** Typed in, answered and sent in: the response's view. */
    public static JsonObject given(Api api, long client, long caseId, String code, int... values) {
        long id = paper(api, client, caseId, code, null);
        answers(api, id, values);
        return submitted(api, id);
    }

    public static Api.Reply assign(Api api, long caseId, long client, String code, String schedule, String delivery,
            JsonObjectBuilder extra) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("clientId", client).add("instrumentCode", code)
                .add("schedule", schedule).add("delivery", delivery);
        if (extra != null) {
            extra.build().forEach(b::add);
        }
        return api.post("api/cases/" + caseId + "/measures/assignments", b.build().toString());
    }

    public static void consent(Api api, long client, String decision) {
        Api.Reply r = api.post("api/clients/" + client + "/consents", Json.createObjectBuilder()
                .add("kind", "PARTNER_SHARING").add("version", 1).add("decision", decision).build().toString());
        assertEquals(201, r.status(), r.toString());
    }

    public static long id(JsonObject response) {
        return response.getJsonObject("summary").getJsonNumber("id").longValue();
    }

    public static JsonObject score(JsonObject response) {
        return response.getJsonObject("summary").getJsonObject("score");
    }

    /** The charts of a scores reply, by instrument code. */
    public static JsonObject chart(Api.Reply scores, String code) {
        assertEquals(200, scores.status(), scores.toString());
        return scores.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " chart: " + scores));
    }

    public static List<Double> totals(JsonObject series) {
        return series.getJsonArray("points").stream().map(p -> p.asJsonObject().getJsonNumber("score").doubleValue())
                .toList();
    }

    public static JsonArray items(Api.Reply list) {
        assertEquals(200, list.status(), list.toString());
        return list.json().getJsonArray("items");
    }

    /** Gives the client an email address and their agreement to email (front desk keeps contact data); the address. */
    public static String withEmail(long client) {
        Api frontDesk = org.tenfold.it.plan.PlanData.frontDesk();
        Api.Reply current = frontDesk.get("api/clients/" + client);
        assertEquals(200, current.status(), current.toString());
        String email = "m" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "@example.org";
        JsonObjectBuilder b = org.tenfold.it.api.ClientData.editable(current.json()).add("email", email)
                .add("consentEmail", true);
        Api.Reply saved = frontDesk.put("api/clients/" + client, b.build().toString(), current.etag());
        assertEquals(200, saved.status(), saved.toString());
        return email;
    }
}
