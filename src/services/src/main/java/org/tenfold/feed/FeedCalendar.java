package org.tenfold.feed;

import java.time.Instant;
import java.util.List;

/**
 * A counsellor's feed as an iCalendar document. Each appointment keeps one UID for life and its
 * row version as SEQUENCE, so a moved or cancelled appointment updates the event a calendar already
 * has. Cancelled appointments stay in the feed with STATUS:CANCELLED (calendars that honour it drop
 * or strike them; the summary says "Cancelled" for those that do not) and do not block time.
 * No description, attendees or video links: nothing beyond the summary and the room.
 */
final class FeedCalendar {

    static final String NAME = "Appointments (Tenfold)";
    /** How often a calendar app is asked to refresh; most decide for themselves. */
    static final String REFRESH = "PT1H";

    private FeedCalendar() {
    }

    static String write(List<FeedEvent> events, String uidDomain, Instant now) {
        IcsWriter ics = new IcsWriter().begin("VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", "-//Tenfold//Calendar feed//EN")
                .raw("CALSCALE", "GREGORIAN")
                .text("X-WR-CALNAME", NAME)
                .raw("REFRESH-INTERVAL;VALUE=DURATION", REFRESH)
                .raw("X-PUBLISHED-TTL", REFRESH);
        for (FeedEvent e : events) {
            ics.begin("VEVENT")
                    .text("UID", uid(e.appointmentId(), uidDomain))
                    .utc("DTSTAMP", now)
                    .utc("DTSTART", e.start())
                    .utc("DTEND", e.end())
                    .raw("SEQUENCE", Long.toString(e.sequence()))
                    .raw("STATUS", e.cancelled() ? "CANCELLED" : "CONFIRMED")
                    .text("SUMMARY", (e.cancelled() ? "Cancelled: " : "") + e.summary())
                    .text("LOCATION", e.location())
                    .raw("CLASS", "PRIVATE")
                    .raw("TRANSP", e.cancelled() ? "TRANSPARENT" : "OPAQUE")
                    .end("VEVENT");
        }
        return ics.end("VCALENDAR").toString();
    }

    static String uid(long appointmentId, String uidDomain) {
        return "appointment-" + appointmentId + "@" + uidDomain;
    }
}
