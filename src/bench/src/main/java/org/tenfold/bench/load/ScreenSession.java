package org.tenfold.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's signed-in session on the screens, over HTTPS: the real sign-in form, the session
 * cookie, and the calendar as the browser loads it. A calendar render is what the browser does: GET
 * the page (which makes a view, with its ViewState), then the schedule's request for the events of
 * the visible range: {@code GET /schedule/calendar-events?start=…&end=…&zone=…} with the session
 * cookie, start and end ISO instants as the widget's {@code events} callback sends them and the zone
 * the page names, answered with the events as JSON. (Before, the schedule posted back the page's whole
 * view for its events: {@code cal:schedule_start}/{@code _end} in a JSF partial request.)
 */
public final class ScreenSession {

    static final String CALENDAR = "/schedule/calendar.xhtml";
    private static final Pattern LOGIN_FORM = Pattern.compile("<form\\b[^>]*\\bid=\"login\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern CODE_FORM = Pattern.compile("<form\\b[^>]*\\bid=\"code\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern CAL_FORM = Pattern.compile("<form\\b[^>]*\\bid=\"cal\"[^>]*>");
    private static final Pattern FIELD = Pattern.compile("<(input|button)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*\\bvalue=\"([^\"]+)\"");
    /** Where the page's schedule fetches its events, and the time zone it sends: the page's own script. */
    private static final Pattern EVENTS_SOURCE = Pattern.compile(
            "tenfoldEvents = \\{url: '([^']+)', zone: '([^']+)'\\}");
    private static final Pattern EVENTS = Pattern.compile("^(\\{\"events\":\\[.*\\]\\})\\s*$", Pattern.DOTALL);

    private final String base;
    private final String username;
    private final String sessionId;

    private ScreenSession(String base, String username, String sessionId) {
        this.base = base;
        this.username = username;
        this.sessionId = sessionId;
    }

    /** A range of the calendar as the schedule asks for it, and the page's ?date= that shows it. */
    public record View(LocalDate date, String start, String end) {
        /** The widget's range: local midnights, sent as ISO instants the way FullCalendar formats them. */
        public static View of(LocalDate first, LocalDate endExclusive) {
            return new View(first, first + "T00:00:00.000Z", endExclusive + "T00:00:00.000Z");
        }
    }

    /**
     * Signs in through the form as a browser does (with the nonce PrimeFaces' script adds to a post, and
     * the demo accounts' second step where the account has one); fails clearly when the account cannot.
     */
    public static ScreenSession signIn(TenfoldHttp http, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> signedIn = post(http, "/login.xhtml", null, LOGIN_FORM, Map.of(":username", username,
                ":password", password));
        String session = sessionOf(signedIn);
        if (signedIn.statusCode() == 302 && signedIn.headers().firstValue("Location").orElse("").contains("login-code")) {
            signedIn = post(http, "/login-code.xhtml", session, CODE_FORM, Map.of(":code", TenfoldHttp.demoCode()));
            session = sessionOf(signedIn);
        }
        if (signedIn.statusCode() != 302 || session == null) {
            throw new IllegalStateException("Signing in as " + username + " failed: HTTP " + signedIn.statusCode()
                    + " " + signedIn.headers().firstValue("Location").orElse(""));
        }
        return new ScreenSession(http.base(), username, session);
    }

    private static HttpResponse<String> post(TenfoldHttp http, String path, String session, Pattern formPattern,
            Map<String, String> typed) throws IOException, InterruptedException {
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(http.base() + path)).timeout(Duration.ofSeconds(60));
        if (session != null) {
            get.header("Cookie", "JSESSIONID=" + session);
        }
        HttpResponse<String> page = http.once(get.GET().build());
        Matcher form = formPattern.matcher(page.body());
        Matcher nonce = NONCE.matcher(page.body());
        if (page.statusCode() != 200 || !form.find() || !nonce.find()) {
            throw new IllegalStateException("No form at " + path + ": HTTP " + page.statusCode());
        }
        String formTag = page.body().substring(form.start(), page.body().indexOf('>', form.start()) + 1);
        String action = unescape(attributes(formTag).get("action"));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(form.group(1));
        while (field.find()) {
            Map<String, String> a = attributes(field.group(2));
            String name = a.get("name");
            if (name == null || "checkbox".equals(a.get("type"))) {
                continue;
            }
            String value = typed.entrySet().stream().filter(t -> name.endsWith(t.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(unescape(a.getOrDefault("value", "")));
            fields.put(name, value);
        }
        fields.put("primefaces.nonce", nonce.group(1));
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(http.base() + action))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        if (session != null) {
            post.header("Cookie", "JSESSIONID=" + session);
        }
        return http.once(post.build());
    }

    private static String sessionOf(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .reduce((a, b) -> b).map(c -> c.substring("JSESSIONID=".length()).split(";")[0]).orElse(null);
    }

    public String username() {
        return username;
    }

    /** One render of the calendar (page, then events), with the two parts as laps "tag: page" and "tag: events". */
    public Exchange render(View view, String tag) {
        return (http, laps) -> {
            long start = System.nanoTime();
            Loaded page = page(http, view);
            long between = System.nanoTime();
            laps.lap(tag + ": page", between - start);
            if (page.error() != null) {
                return page.error();
            }
            HttpResponse<String> events = http.send(eventsRequest(page, view), HttpResponse.BodyHandlers.ofString());
            laps.lap(tag + ": events", System.nanoTime() - between);
            return events.statusCode() == 200 && EVENTS.matcher(events.body()).find() ? null
                    : "events: HTTP " + events.statusCode() + " " + abbreviate(events.body());
        };
    }

    /** The page alone, for counting what it costs; returns the page's state for {@link #events}. */
    public Loaded page(HttpClient http, View view) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + CALENDAR + "?date=" + view.date()))
                .timeout(Duration.ofSeconds(60)).header("Cookie", "JSESSIONID=" + sessionId).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = VIEW_STATE.matcher(page.body());
        Matcher form = CAL_FORM.matcher(page.body());
        Matcher source = EVENTS_SOURCE.matcher(page.body());
        if (page.statusCode() != 200 || !state.find() || !form.find() || !source.find()) {
            return new Loaded(null, null, null, null, "page: HTTP " + page.statusCode() + " "
                    + page.headers().firstValue("Location").orElse(abbreviate(page.body())));
        }
        return new Loaded(unescape(attributes(form.group()).get("action")), unescape(state.group(1)), source.group(1),
                source.group(2), null);
    }

    /** The events request alone; returns the JSON of the events (throws when the answer is not one). */
    public String events(HttpClient http, Loaded page, View view) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(eventsRequest(page, view), HttpResponse.BodyHandlers.ofString());
        Matcher m = EVENTS.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("Calendar events for " + username + ": HTTP " + r.statusCode() + " "
                    + abbreviate(r.body()));
        }
        return m.group(1);
    }

    /**
     * What the calendar page left for its requests: the form's action and the ViewState (for its AJAX
     * actions), where its schedule fetches events and in which zone, or why not.
     */
    public record Loaded(String action, String viewState, String eventsUrl, String zone, String error) {
    }

    /** The schedule's request for the range's events, as its script sends it (no filter chosen). */
    private HttpRequest eventsRequest(Loaded page, View view) {
        String query = "start=" + query(view.start()) + "&end=" + query(view.end()) + "&zone=" + query(page.zone());
        return HttpRequest.newBuilder(URI.create(base + page.eventsUrl() + "?" + query)).timeout(Duration.ofSeconds(60))
                .header("Cookie", "JSESSIONID=" + sessionId).header("Accept", "application/json").GET().build();
    }

    /** As URLSearchParams writes a value. */
    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** How many events a JSON answer holds. */
    public static int countEvents(String json) {
        return json.split("\"id\"\\s*:", -1).length - 1;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> a = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            a.putIfAbsent(m.group(1), m.group(2));
        }
        return a;
    }

    private static String unescape(String html) {
        return html == null ? null : html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">");
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
