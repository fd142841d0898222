package org.tenfold.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a rule; carries one message per offending field. */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(Kind.INVALID_INPUT, sentences(fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    /** "A is required. B is too long." — each message one sentence, whether or not it ended with a stop. */
    static String sentences(java.util.Collection<String> messages) {
        StringBuilder b = new StringBuilder();
        for (String m : messages) {
            String t = m.strip();
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(t);
            if (!t.endsWith(".") && !t.endsWith("!") && !t.endsWith("?")) {
                b.append('.');
            }
        }
        return b.toString();
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
