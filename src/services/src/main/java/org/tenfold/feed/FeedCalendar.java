package org.tenfold.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A counsellor's feed as an iCalendar document, written by ical4j (escaping, folding at 75 octets,
 * CRLF). Each appointment keeps one UID for life, built from the clinic's configured host name (never the
 * address the request used), and its row version as SEQUENCE, so a moved or cancelled appointment updates
 * the event a calendar already has. Cancelled appointments stay in the feed with STATUS:CANCELLED
 * (calendars that honour it drop or strike them; the summary says "Cancelled" for those that do not) and
 * do not block time. No description, attendees or video links: nothing beyond the summary and the room.
 */
final class FeedCalendar {

    static final String NAME = "Appointments (Tenfold)";
    /** How often a calendar app is asked to refresh; most decide for themselves. */
    static final Duration REFRESH = Duration.ofHours(1);

    private FeedCalendar() {
    }

    static String write(List<FeedEvent> events, String uidDomain, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Tenfold//Calendar feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Name(NAME));
        calendar.add(new XProperty("X-WR-CALNAME", NAME));
        calendar.add(new RefreshInterval(new ParameterList(), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (FeedEvent e : events) {
            VEvent event = new VEvent(e.start(), e.end(), (e.cancelled() ? "Cancelled: " : "") + e.summary());
            event.replace(new DtStamp(now));
            event.add(new Uid(uid(e.appointmentId(), uidDomain)));
            event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, e.sequence())));
            event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            event.add(new Location(e.location()));
            event.add(ImmutableClazz.PRIVATE);
            event.add(e.cancelled() ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE);
            calendar.add(event);
        }
        StringWriter out = new StringWriter(4096);
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String uid(long appointmentId, String uidDomain) {
        return "appointment-" + appointmentId + "@" + uidDomain;
    }

    /**
     * A strong validator of what the feed says, whatever the time it is read: the events as shown, the UID
     * host. Equal tags mean equal events, so a calendar that polls with If-None-Match gets 304.
     */
    static String etag(List<FeedEvent> events, String uidDomain) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(uidDomain.getBytes(StandardCharsets.UTF_8));
            for (FeedEvent e : events) {
                sha.update(("\n" + e.appointmentId() + "|" + e.sequence() + "|" + e.start() + "|" + e.end() + "|"
                        + e.cancelled() + "|" + e.summary() + "|" + e.location()).getBytes(StandardCharsets.UTF_8));
            }
            return "\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
