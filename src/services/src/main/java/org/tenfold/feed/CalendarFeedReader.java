package org.tenfold.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.client.Client;
import org.tenfold.platform.SecretTokens;
import org.tenfold.scheduling.Appointment;
import org.tenfold.staff.Staff;

/**
 * Serves a feed to whoever holds its secret URL: calendar apps cannot sign in, so the token is the
 * credential, and this is a CDI bean rather than a role-guarded EJB (like signing in). An unknown
 * or revoked token, or one whose owner is deactivated or no longer takes appointments, gives
 * nothing, and the caller cannot tell which. Every served read is audited with its count only.
 */
@ApplicationScoped
@Transactional
public class CalendarFeedReader {

    /** What the feed covers, around now. */
    public static final Duration PAST = Duration.ofDays(30);
    public static final Duration AHEAD = Duration.ofDays(180);
    private static final int MOST_EVENTS = 5000;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * The clinic's host name, for the events' UIDs: the same whatever address a calendar app uses, so an
     * event is never duplicated when the address changes (TENFOLD_CLINIC_HOST).
     */
    @Inject
    @ConfigProperty(name = "tenfold.clinic-host", defaultValue = "localhost")
    String clinicHost;

    /** The feed, or empty when the token opens nothing. */
    public Optional<FeedDocument> read(String token, String sourceAddress) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<CalendarFeed> found = em.createNamedQuery("CalendarFeed.findByHash", CalendarFeed.class)
                .setParameter("hash", SecretTokens.sha256(token)).getResultStream().findFirst()
                .filter(CalendarFeed::isServable);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CalendarFeed feed = found.get();
        Staff owner = feed.getStaff();
        Instant now = Instant.now();
        List<FeedEvent> events = em.createNamedQuery("Appointment.findOfCounsellorBetween", Appointment.class)
                .setParameter("counsellor", owner).setParameter("from", now.minus(PAST))
                .setParameter("to", now.plus(AHEAD)).setMaxResults(MOST_EVENTS).getResultStream()
                .map(a -> event(a, feed.getDetail())).toList();
        feed.recordRead(now);
        audit.recordAs(owner.getUsername(), sourceAddress, AuditAction.CALENDAR_FEED_READ, AuditOutcome.SUCCESS,
                "Staff", owner.getId(), null, "read through the secret address: " + events.size() + " appointments");
        return Optional.of(new FeedDocument(events, clinicHost, now));
    }

    private static FeedEvent event(Appointment a, FeedDetail detail) {
        List<DiscreetNames.Name> names = a.getClients().stream().map(CalendarFeedReader::nameOf).toList();
        return new FeedEvent(a.getId(), a.getVersion(), a.getStartsAt(), a.getEndsAt(),
                !a.getStatus().holdsSlot(), DiscreetNames.of(names, detail) + " · " + a.getType().label(),
                a.getRoom() != null ? a.getRoom().getName() : "Video");
    }

    private static DiscreetNames.Name nameOf(Client c) {
        String first = c.getPreferredName() != null && !c.getPreferredName().isBlank() ? c.getPreferredName()
                : c.getLegalFirstName();
        return new DiscreetNames.Name(first, c.getLegalLastName());
    }
}
