package org.tenfold.feed;

/**
 * How much of a client's name a feed shows. Never a surname: a phone's calendar is synced to
 * services the clinic does not control. Stored by name: never rename a constant.
 */
public enum FeedDetail {
    /** "J. S." for Jo Smith: enough for the counsellor to recognise, little for anyone else. */
    INITIALS("Initials only (J. S.)"),
    /** "Jo" for Jo Smith (the preferred name where there is one). */
    FIRST_NAMES("First names (Jo)");

    private final String label;

    FeedDetail(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
