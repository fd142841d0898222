package org.tenfold.it.scheduling;

import org.tenfold.it.TestServer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.tenfold.it.Api;
import org.tenfold.it.api.ClientData;

/**
 * What the calendar feed tests share: a counsellor of their own (so nothing else books them),
 * reading a feed address as a calendar app does (no cookie, no token), and parsing it with ical4j,
 * an iCalendar implementation independent of the one that wrote it.
 */
public final class CalendarFeeds {

    public static final String PASSWORD = "feed-test-password-1";
    private static final HttpClient HTTP = TestServer.httpClient(HttpClient.Redirect.NEVER);

    private CalendarFeeds() {
    }

    /** A counsellor who works every day 06:00–22:00 clinic time; returns the username, id in {@code ids}. */
    public static long newCounsellor(Api admin, String username) {
        Api.Reply created = admin.post("api/staff", Json.createObjectBuilder().add("username", username)
                .add("displayName", "Feed " + username).add("password", PASSWORD)
                .add("roles", Json.createArrayBuilder().add("COUNSELLOR")).build().toString());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        JsonArrayBuilder week = Json.createArrayBuilder();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            week.add(Json.createObjectBuilder().add("day", day).add("start", "06:00").add("end", "22:00"));
        }
        Api.Reply hours = admin.put("api/staff/" + id + "/working-hours", week.build().toString(), null);
        assertEquals(200, hours.status(), hours.toString());
        return id;
    }

    public static String uniqueUsername(String prefix) {
        return ClientData.uniqueWord(prefix).toLowerCase(java.util.Locale.ROOT);
    }

    /** A feed read the way a calendar app reads it. */
    public record Read(int status, String contentType, String cacheControl, String etag, String body) {
    }

    public static Read read(String url) {
        return read(url, null);
    }

    /** A read that says which copy the app already has (If-None-Match), as a polling calendar does. */
    public static Read read(String url, String ifNoneMatch) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
            if (ifNoneMatch != null) {
                request.header("If-None-Match", ifNoneMatch);
            }
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Read(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Cache-Control").orElse(""), r.headers().firstValue("ETag").orElse(null),
                    r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("The feed is not valid iCalendar: " + e + "\n" + ics, e);
        }
    }

    /** Each event's properties by name (UID, DTSTART, SUMMARY, ...), keyed by UID. */
    public static Map<String, Map<String, String>> events(Calendar calendar) {
        Map<String, Map<String, String>> events = new TreeMap<>();
        for (VEvent e : calendar.<VEvent>getComponents(Component.VEVENT)) {
            Map<String, String> properties = e.getProperties().stream()
                    .collect(Collectors.toMap(Property::getName, Property::getValue, (a, b) -> a + "|" + b, TreeMap::new));
            events.put(properties.get(Property.UID), properties);
        }
        return events;
    }
}
