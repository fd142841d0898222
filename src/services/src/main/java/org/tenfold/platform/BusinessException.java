package org.tenfold.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user can act on. Rolls the transaction back; the web layer shows
 * {@link #getMessage()} on screen and maps {@link #kind()} to an HTTP status in one place.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in the terms the API's problem types use. */
    public enum Kind {
        INVALID_INPUT,
        NOT_FOUND,
        CONFLICT,
        STALE,
        FORBIDDEN
    }

    private final Kind kind;

    public BusinessException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
