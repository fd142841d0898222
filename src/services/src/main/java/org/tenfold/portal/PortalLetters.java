package org.tenfold.portal;

import java.time.Duration;

/**
 * The words of the portal's emails, in one place so a test can hold every one of them to the rule: a neutral
 * subject, a greeting by first name, a link, and nothing that says what kind of place sent it.
 */
public final class PortalLetters {

    /** A message: its subject and plain-text body. */
    public record Letter(String subject, String body) {
    }

    private PortalLetters() {
    }

    public static Letter invitation(String firstName, String portalName, String link, Duration valid) {
        return new Letter("Your " + portalName + " account", "Hello " + firstName + ",\n\nAn account at " + portalName
                + " has been set up for you. Open this link within " + valid.toDays() + " days to choose your"
                + " password:\n\n" + link + "\n\nIf you were not expecting this message, you can ignore it.\n\n"
                + portalName + "\n");
    }

    public static Letter newPassword(String firstName, String portalName, String link, Duration valid) {
        return new Letter("Your " + portalName + " password", "Hello " + firstName + ",\n\nSomeone asked for a new"
                + " password for your " + portalName + " account. Open this link within " + valid.toMinutes()
                + " minutes to choose one:\n\n" + link + "\n\nIf it was not you, ignore this message: your password"
                + " stays as it is.\n\n" + portalName + "\n");
    }

    public static Letter somethingNew(String firstName, String portalName, String link) {
        return new Letter("Something new in " + portalName, "Hello " + firstName + ",\n\nThere is something new for"
                + " you in " + portalName + ". Sign in to see it:\n\n" + link + "\n\n" + portalName + "\n");
    }

    /** A questionnaire waits: sign in to answer it (no link to the questions themselves, nothing about them). */
    public static Letter questionsWaiting(String firstName, String portalName, String link, String until) {
        return new Letter("A few questions for you", "Hello " + firstName + ",\n\nA few short questions are waiting"
                + " for you in " + portalName + " until " + until + ". Sign in and open Forms to answer them; each"
                + " answer is kept as you give it, so you can stop and come back:\n\n" + link + "\n\nIf you were not"
                + " expecting this message, you can ignore it.\n\n" + portalName + "\n");
    }
}
