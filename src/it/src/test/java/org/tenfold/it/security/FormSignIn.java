package org.tenfold.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenfold.it.TestServer;

/**
 * The sign-in form posted as a browser posts it, over HTTPS with cookies handled by hand: the form's fields,
 * the nonce PrimeFaces' script adds, and for an account with a second factor the demo accounts' code on the
 * second page. One place for the tests that need a screen session without a browser.
 */
final class FormSignIn {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*\\bid=\"login\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern CODE_FORM = Pattern.compile("<form\\b[^>]*\\bid=\"code\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern FIELD = Pattern.compile("<(input|button)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*\"([^\"]*)\"");

    private FormSignIn() {
    }

    /** A demo account's screen session id, signed in through the form. */
    static String session(String username) {
        Result r = signIn(username, TestServer.DEMO_PASSWORD, null);
        assertEquals(302, r.response().statusCode(), "signing in as " + username + ": " + Http.describe(r.response()));
        return Http.sessionId(r.response()).orElseThrow();
    }

    record Result(HttpResponse<String> response, List<String> cookiesSentBefore) {
    }

    /**
     * What a browser does: GET the sign-in page (with whatever cookie it holds), fill in the form it
     * finds, including hidden fields such as jakarta.faces.ViewState, and POST it with the button.
     */
    static Result signIn(String username, String password, String cookie) {
        List<String> held = new ArrayList<>();
        if (cookie != null) {
            held.add(cookie);
        }
        HttpResponse<String> page = Http.get("login.xhtml", cookie);
        assertEquals(200, page.statusCode(), Http.describe(page));
        Optional<String> fromPage = Http.sessionId(page);
        fromPage.ifPresent(held::add);
        String session = fromPage.orElse(cookie);

        Matcher form = FORM.matcher(page.body());
        assertTrue(form.find(), "the sign-in form: " + page.body());
        String formTag = page.body().substring(form.start(), page.body().indexOf('>', form.start()) + 1);
        String action = unescape(attributes(formTag).get("action"));
        assertNotNull(action, formTag);

        Map<String, String> fields = new LinkedHashMap<>();
        boolean sawUser = false;
        boolean sawPassword = false;
        boolean sawButton = false;
        Matcher field = FIELD.matcher(form.group(1));
        while (field.find()) {
            Map<String, String> a = attributes(field.group(2));
            String name = a.get("name");
            if (name == null) {
                continue;
            }
            if (field.group(1).equals("button")) {
                fields.put(name, "");
                sawButton = true;
            } else if (name.endsWith(":username")) {
                fields.put(name, username);
                sawUser = true;
            } else if (name.endsWith(":password")) {
                fields.put(name, password);
                sawPassword = true;
            } else if (!"checkbox".equals(a.get("type")) && !"submit".equals(a.get("type"))) {
                fields.put(name, unescape(a.getOrDefault("value", "")));
            } else if ("submit".equals(a.get("type"))) {
                fields.put(name, unescape(a.getOrDefault("value", "")));
                sawButton = true;
            }
        }
        assertTrue(sawUser && sawPassword && sawButton, "username, password and sign-in button: " + fields.keySet());
        // what PrimeFaces' script adds to every form a browser posts: the nonce the page was given
        Matcher nonce = NONCE.matcher(page.body());
        assertTrue(nonce.find(), "the page's CSP nonce: " + page.body());
        fields.put("primefaces.nonce", nonce.group(1));

        String path = action.startsWith("/") ? action.substring(1) : action;
        HttpResponse<String> first = Http.postForm(path, fields, session);
        if (!first.headers().firstValue("Location").orElse("").contains("login-code.xhtml")) {
            return new Result(first, held);
        }
        // the second step, as a browser with the demo accounts' authenticator: the session id was renewed
        String pending = Http.sessionId(first).orElseThrow(() -> new AssertionError("a fresh session id for the"
                + " second step: " + Http.describe(first)));
        held.add(pending);
        HttpResponse<String> step = Http.get("login-code.xhtml", pending);
        assertEquals(200, step.statusCode(), Http.describe(step));
        Matcher codeForm = CODE_FORM.matcher(step.body());
        assertTrue(codeForm.find(), "the second step's form: " + step.body());
        String codeTag = step.body().substring(codeForm.start(), step.body().indexOf('>', codeForm.start()) + 1);
        Map<String, String> second = new LinkedHashMap<>();
        Matcher input = FIELD.matcher(codeForm.group(1));
        while (input.find()) {
            Map<String, String> a = attributes(input.group(2));
            String name = a.get("name");
            if (name == null || "checkbox".equals(a.get("type"))) {
                continue;
            }
            second.put(name, name.equals("code:code") ? TestServer.demoCode() : unescape(a.getOrDefault("value", "")));
        }
        assertTrue(second.containsKey("code:code") && second.containsKey("code:verify"), second.keySet().toString());
        Matcher stepNonce = NONCE.matcher(step.body());
        assertTrue(stepNonce.find(), step.body());
        second.put("primefaces.nonce", stepNonce.group(1));
        String codeAction = unescape(attributes(codeTag).get("action"));
        return new Result(Http.postForm(codeAction.startsWith("/") ? codeAction.substring(1) : codeAction, second,
                pending), held);
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
}
