package org.tenfold.feed;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.SecretTokens;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;

/**
 * A counsellor's own calendar feed: make it (or a new address, which ends the old one), choose how
 * much of a name it shows, revoke it. Only for staff who take appointments, and only their own.
 */
@Stateless
public class CalendarFeedService {

    private static final String STAFF = "Staff";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    @RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
    public Optional<FeedStatus> mine() {
        return feedOf(self(LockModeType.NONE)).map(FeedStatus::of);
    }

    /** A new secret address; an existing one stops working at once. */
    @RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
    public IssuedFeed issue(FeedDetail detail) {
        // the owner's row is locked so two clicks at once cannot both create a feed
        Staff owner = self(LockModeType.PESSIMISTIC_WRITE);
        String token = SecretTokens.newToken();
        Instant now = Instant.now();
        Optional<CalendarFeed> existing = feedOf(owner);
        CalendarFeed feed;
        if (existing.isPresent()) {
            feed = existing.get();
            feed.replaceToken(SecretTokens.sha256(token), now);
            if (detail != null) {
                feed.changeDetail(detail);
            }
        } else {
            feed = new CalendarFeed(owner, SecretTokens.sha256(token), detail, now);
            em.persist(feed);
        }
        audit.record(existing.isPresent() ? AuditAction.CALENDAR_FEED_REGENERATE : AuditAction.CALENDAR_FEED_CREATE,
                AuditOutcome.SUCCESS, STAFF, owner.getId(), null, "detail " + feed.getDetail());
        return new IssuedFeed(token, FeedStatus.of(feed), existing.isPresent());
    }

    /** Initials or first names from the next read on; the address stays the same. */
    @RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
    public FeedStatus changeDetail(FeedDetail detail) {
        Staff owner = self(LockModeType.NONE);
        CalendarFeed feed = feedOf(owner).orElseThrow(() -> new BusinessException(
                BusinessException.Kind.NOT_FOUND, "You have no calendar feed yet."));
        feed.changeDetail(detail);
        audit.record(AuditAction.CALENDAR_FEED_DETAIL, AuditOutcome.SUCCESS, STAFF, owner.getId(), null,
                "detail " + feed.getDetail());
        return FeedStatus.of(feed);
    }

    /** The address stops working; true when there was one. */
    @RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
    public boolean revoke() {
        Staff owner = self(LockModeType.PESSIMISTIC_WRITE);
        Optional<CalendarFeed> feed = feedOf(owner);
        feed.ifPresent(f -> {
            em.remove(f);
            audit.record(AuditAction.CALENDAR_FEED_REVOKE, AuditOutcome.SUCCESS, STAFF, owner.getId(), null, null);
        });
        return feed.isPresent();
    }

    private Optional<CalendarFeed> feedOf(Staff owner) {
        return em.createNamedQuery("CalendarFeed.findByStaff", CalendarFeed.class).setParameter("staff", owner)
                .getResultStream().findFirst();
    }

    private Staff self(LockModeType lock) {
        Staff me = em.createNamedQuery("Staff.findByUsername", Staff.class)
                .setParameter("username", context.getCallerPrincipal().getName()).setLockMode(lock)
                .getResultStream().findFirst().orElse(null);
        if (!CalendarFeed.takesAppointments(me)) {
            throw new EJBAccessException("Only counsellors and supervisors have a calendar feed");
        }
        return me;
    }
}
