package org.tenfold.platform;

/** The record asked for does not exist. */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(Kind.NOT_FOUND, what + " " + id + " was not found.");
    }
}
