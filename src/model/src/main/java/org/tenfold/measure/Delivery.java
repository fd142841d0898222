package org.tenfold.measure;

/** How a due questionnaire reaches the client. */
public enum Delivery {
    /** A one-time link by email (the client must have agreed to email). */
    EMAIL,
    /** In the session: a link opened on a device in the room, or paper entered by the counsellor. */
    IN_SESSION
}
