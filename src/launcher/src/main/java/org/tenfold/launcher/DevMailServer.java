package org.tenfold.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Development only: an SMTP server inside the run command that keeps every message and prints its
 * recipient and subject (and a portal invitation's or a questionnaire's one-time link, to open it as the client
 * would), so a demo shows reminders, invitations and questionnaires going out without mailing anyone.
 */
final class DevMailServer {

    private final GreenMail mail;
    private final Thread printer;

    private DevMailServer(GreenMail mail) {
        this.mail = mail;
        this.printer = new Thread(this::printArrivals, "tenfold-dev-mail");
        printer.setDaemon(true);
    }

    /** On a free port of 127.0.0.1. */
    static DevMailServer start() {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        DevMailServer server = new DevMailServer(greenMail);
        server.printer.start();
        Log.step("Catching outgoing mail on 127.0.0.1:" + server.port() + " (development only; set TENFOLD_SMTP_HOST"
                + " to send for real)");
        return server;
    }

    int port() {
        return mail.getSmtp().getPort();
    }

    void stop() {
        printer.interrupt();
        mail.stop();
    }

    private void printArrivals() {
        int seen = 0;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                MimeMessage[] all = mail.getReceivedMessages();
                for (; seen < all.length; seen++) {
                    Log.step("Mail caught: to " + recipients(all[seen]) + ", \"" + all[seen].getSubject() + "\""
                            + clientLink(all[seen]));
                }
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            } catch (MessagingException | RuntimeException e) {
                Log.warn("Could not read a caught message: " + e.getMessage());
                seen++;
            }
        }
    }

    /**
     * A portal invitation's, new password's or questionnaire's one-time link, so that a demo can open it as the
     * client would (development only: the message is caught here and never delivered).
     */
    private static String clientLink(MimeMessage m) {
        try {
            Object content = m.getContent();
            java.util.regex.Matcher link = java.util.regex.Pattern
                    .compile("https?://\\S+/(portal/start|answer\\.xhtml)\\?t=\\S+")
                    .matcher(content instanceof String text ? text : "");
            return link.find() ? "; its link: " + link.group() : "";
        } catch (MessagingException | java.io.IOException e) {
            return "";
        }
    }

    private static String recipients(MimeMessage m) throws MessagingException {
        Address[] to = m.getAllRecipients();
        return to == null ? "(nobody)" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
    }
}
