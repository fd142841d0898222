package org.tenfold.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a screen shows for a stored code (a status, a kind, a type): {@code code.<CODE>} in the messages
 * bundle, so "NOT_STARTED" reads "Not started" and "COUPLE" reads "Couple". A code without its own entry is
 * still shown as words, never as the code. Screens use {@code #{labels.of(x)}} for every such value.
 */
@Named
@ApplicationScoped
public class Labels {

    static final String BUNDLE = "org.tenfold.web.messages";
    static final String PREFIX = "code.";

    /** The label of an enum constant or of a code held as text; "" for nothing. */
    public String of(Object code) {
        if (code == null) {
            return "";
        }
        String name = code instanceof Enum<?> e ? e.name() : code.toString();
        if (name.isBlank()) {
            return "";
        }
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(PREFIX + name);
        } catch (MissingResourceException e) {
            return words(name);
        }
    }

    /** "NOT_STARTED" → "Not started"; text that is not a code is returned as it is. */
    static String words(String code) {
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            return code;
        }
        String lower = code.replace('_', ' ').toLowerCase(Locale.ENGLISH);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
