package org.tenfold.reminder;

/** A written message: a neutral subject and a plain-text body. */
public record Letter(String subject, String body) {
}
