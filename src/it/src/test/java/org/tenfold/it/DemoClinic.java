package org.tenfold.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the demo clinic provides to tests: its staff accounts by username, and its rooms. */
public final class DemoClinic {

    private DemoClinic() {
    }

    /** The staff accounts by username, as the staff API lists them (an administrator's call). */
    public static Map<String, JsonObject> staff(Api admin) {
        return admin.get("api/staff").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(s -> s.getString("username"), s -> s));
    }

    /** The ids of the rooms; the demo clinic has at least two. */
    public static List<Long> roomIds(Api api) {
        List<Long> rooms = api.get("api/rooms").json().getJsonArray("items").stream()
                .map(r -> id(r.asJsonObject())).toList();
        assertTrue(rooms.size() >= 2, "the demo clinic has rooms: " + rooms);
        return rooms;
    }

    public static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
