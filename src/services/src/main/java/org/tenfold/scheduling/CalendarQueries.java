package org.tenfold.scheduling;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseStatus;
import org.tenfold.client.Client;
import org.tenfold.platform.DateLimits;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.scheduling.ScheduleViews.AppointmentView;
import org.tenfold.scheduling.ScheduleViews.StaffRef;
import org.tenfold.staff.Role;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;


/**
 * Reading the schedule: the calendar of a range (one query with counsellor, room and clients), one
 * appointment, the cases front desk books for, whom appointments can be booked with. Counsellors and
 * supervisors read their own appointments; front desk and administrators the clinic's.
 */
@Stateless
public class CalendarQueries {

    static final Duration WIDEST_RANGE = Duration.ofDays(93);

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Resource
    SessionContext context;

    /**
     * The appointments in a range, with their counsellor, room and clients in one query. Counsellors
     * and supervisors see their own calendar; front desk and administrators the clinic's.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<AppointmentView> calendar(Instant from, Instant to, Long counsellorId, Long roomId, Long clientId) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("from", "Give a range: from before to.");
        }
        DateLimits.check("from", from);
        DateLimits.check("to", to);
        if (Duration.between(from, to).compareTo(WIDEST_RANGE) > 0) {
            throw new InvalidInputException("to", "A calendar range is at most 93 days.");
        }
        boolean ownOnly = !context.isCallerInRole(Roles.FRONT_DESK) && !context.isCallerInRole(Roles.ADMIN);
        if (ownOnly && counsellorId != null) {
            Staff self = em.createNamedQuery("Staff.findByUsername", Staff.class).setParameter("username", caller())
                    .getSingleResult();
            if (!counsellorId.equals(self.getId())) {
                throw new jakarta.ejb.EJBAccessException("Counsellors read their own calendar only");
            }
        }
        // one statement for the appointments with their counsellor (and the counsellor's roles, which
        // an account always loads), room and clients; the lower bound on the start keeps the index range
        // short. No LIMIT: with one, the last appointment's clients would be read again; the range is
        // at most 93 days.
        StringBuilder jpql = new StringBuilder("SELECT DISTINCT a FROM Appointment a JOIN FETCH a.counsellor "
                + "LEFT JOIN FETCH a.room LEFT JOIN FETCH a.clients WHERE a.startsAt < :to AND a.endsAt > :from"
                + " AND a.startsAt > :earliest");
        if (ownOnly) {
            jpql.append(" AND a.counsellor.username = :me");
        } else if (counsellorId != null) {
            jpql.append(" AND a.counsellor.id = :counsellor");
        }
        if (roomId != null) {
            jpql.append(" AND a.room.id = :room");
        }
        if (clientId != null) {
            jpql.append(" AND EXISTS (SELECT 1 FROM Appointment b JOIN b.clients bc WHERE b = a AND bc.id = :client)");
        }
        jpql.append(" ORDER BY a.startsAt, a.id");
        var query = em.createQuery(jpql.toString(), Appointment.class).setParameter("from", from)
                .setParameter("to", to).setParameter("earliest", from.minus(Overlaps.LONGEST_APPOINTMENT))
                .setHint("eclipselink.left-join-fetch", "a.counsellor.roles");
        if (ownOnly) {
            query.setParameter("me", caller());
        } else if (counsellorId != null) {
            query.setParameter("counsellor", counsellorId);
        }
        if (roomId != null) {
            query.setParameter("room", roomId);
        }
        if (clientId != null) {
            query.setParameter("client", clientId);
        }
        return AppointmentView.of(query.getResultList());
    }

    /** One appointment: front desk and administrators any, counsellors and supervisors their own. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public AppointmentView appointment(long id) {
        Appointment a = em.find(Appointment.class, id);
        if (a == null) {
            throw new NotFoundException("Appointment", id);
        }
        boolean clinicWide = context.isCallerInRole(Roles.FRONT_DESK) || context.isCallerInRole(Roles.ADMIN);
        if (!clinicWide && !a.getCounsellor().getUsername().equals(caller())) {
            throw new jakarta.ejb.EJBAccessException("Counsellors read their own appointments only");
        }
        return AppointmentView.of(a);
    }

    /**
     * The open cases of a client, as front desk books for them: kind, members' names and primary
     * counsellor, nothing clinical. Three queries whatever the number of cases.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public List<CaseChoice> openCasesOf(long clientId) {
        List<CareCase> cases = em.createQuery("SELECT DISTINCT c FROM CareCase c JOIN c.members m"
                + " WHERE m.clientId = :client AND c.status = :open ORDER BY c.id", CareCase.class)
                .setParameter("client", clientId).setParameter("open", CaseStatus.OPEN).getResultList();
        return caseChoices(cases);
    }

    /** How the calendar names the case of an appointment: the same words front desk books with. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public CaseChoice caseChoice(long caseId) {
        CareCase c = em.find(CareCase.class, caseId);
        if (c == null) {
            throw new NotFoundException("Case", caseId);
        }
        return caseChoices(List.of(c)).get(0);
    }

    private List<CaseChoice> caseChoices(List<CareCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Set<Long> clientIds = new java.util.HashSet<>();
        Set<Long> staffIds = new java.util.HashSet<>();
        cases.forEach(c -> {
            clientIds.addAll(c.clientIds());
            staffIds.add(c.getPrimaryCounsellorId());
        });
        Map<Long, Client> clients = new java.util.HashMap<>();
        em.createQuery("SELECT c FROM Client c WHERE c.id IN :ids", Client.class).setParameter("ids", clientIds)
                .getResultList().forEach(c -> clients.put(c.getId(), c));
        Map<Long, String> staff = new java.util.HashMap<>();
        em.createQuery("SELECT s.id, s.displayName FROM Staff s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", staffIds).getResultList().forEach(r -> staff.put((Long) r[0], (String) r[1]));
        List<CaseChoice> choices = new ArrayList<>();
        for (CareCase c : cases) {
            // in the order of their roles (in recovery, then partner), the same every time
            List<Client> members = c.getMembers().stream()
                    .sorted(java.util.Comparator.comparing(m -> m.getRole().ordinal()))
                    .map(m -> clients.get(m.getClientId())).toList();
            String label = CaseChoice.label(c.getKind(), members.stream().map(m -> new CaseChoice.Name(
                    m.getPreferredName() != null ? m.getPreferredName() : m.getLegalFirstName(), m.getLegalLastName()))
                    .toList(), staff.get(c.getPrimaryCounsellorId()));
            choices.add(new CaseChoice(c.getId(), c.getKind(), label, members.stream()
                    .map(m -> new CaseChoice.Member(m.getId(), m.getDisplayName(), m.getChartNumber())).toList(),
                    c.getPrimaryCounsellorId()));
        }
        return choices;
    }

    /** The active counsellors and supervisors, by name: whom appointments can be booked with. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<StaffRef> counsellors() {
        return em.createNamedQuery("Staff.findAll", Staff.class).getResultStream()
                .filter(s -> s.isActive() && (s.hasRole(Role.COUNSELLOR) || s.hasRole(Role.SUPERVISOR)))
                .map(StaffRef::of).toList();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
