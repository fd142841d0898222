package org.tenfold.launcher;

/**
 * The servers we start run in a session of their own: Ctrl-C in the terminal then reaches only the
 * launcher, which stops Payara first and the database after it, instead of both dying at once.
 */
final class Sessions {

    static final String SETSID = "/usr/bin/setsid";

    private Sessions() {
    }
}
