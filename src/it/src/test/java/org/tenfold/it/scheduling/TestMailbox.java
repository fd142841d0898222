package org.tenfold.it.scheduling;

import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tenfold.launcher.MailSettings;

/**
 * The real SMTP server (GreenMail) that the test server's mail session sends to: on 2525 plus this run's port
 * offset, accepting only the password the launcher put into the server's environment. Stopping it (close) and
 * starting another is how a test takes the mail server down.
 */
public final class TestMailbox implements AutoCloseable {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(40);

    private final GreenMail smtp;

    private TestMailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    public static TestMailbox start() {
        String offset = System.getProperty("tenfold.it.offset");
        if (offset == null) {
            throw new IllegalStateException("System property tenfold.it.offset is not set: run with Maven");
        }
        return start(Integer.parseInt(offset));
    }

    /** The SMTP server of the test server (or cluster) started with this port offset. */
    public static TestMailbox start(int offset) {
        MailSettings settings = MailSettings.forTests(offset);
        GreenMail smtp = new GreenMail(new ServerSetup(settings.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.withConfiguration(GreenMailConfiguration.aConfig().withUser(settings.user() + "@tenfold.test",
                settings.user(), settings.password()));
        smtp.start();
        return new TestMailbox(smtp);
    }

    /** Every message that reached this address so far. */
    public List<MimeMessage> to(String email) throws MessagingException {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            Address[] all = m.getAllRecipients();
            if (all != null && Arrays.stream(all).anyMatch(a -> email.equals(((InternetAddress) a).getAddress()))) {
                mine.add(m);
            }
        }
        return mine;
    }

    /** Waits until exactly one message with this subject has reached the address; fails on a second one. */
    public MimeMessage awaitOne(String email, String subject) throws Exception {
        Instant deadline = Instant.now().plus(MAIL_WAIT);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage m : to(email)) {
                if (subject.equals(m.getSubject())) {
                    found.add(m);
                }
            }
            if (found.size() > 1) {
                fail(found.size() + " messages \"" + subject + "\" to " + email);
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No \"" + subject + "\" reached " + email + " within " + MAIL_WAIT.toSeconds()
                + " s; messages to it: " + to(email).size());
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
