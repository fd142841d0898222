package org.tenfold.measure;

import java.util.regex.Pattern;

/** Where a one-time link opens: the client's answering page, named with the token and nothing else. */
public final class MeasureLinks {

    /** The page, relative to the application's address; public (no sign-in) in web.xml. */
    public static final String PAGE = "answer.xhtml";
    /** The query parameter that carries the token. */
    public static final String PARAMETER = "t";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private MeasureLinks() {
    }

    public static String path(String token) {
        return PAGE + "?" + PARAMETER + "=" + token;
    }

    /** Whether the text has the shape of a token at all (checked before any database look-up). */
    public static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }
}
