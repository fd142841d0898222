package org.tenfold.care;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.CareViews.StaffRef;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.staff.Role;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;

/**
 * Who supervises whom, kept by administrators. A supervisor (role SUPERVISOR) may read and write
 * what the counsellors they supervise may (see {@link AccessRule}).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SupervisionService {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The counsellors a supervisor supervises, by name. */
    @RolesAllowed(Roles.ADMIN)
    public List<StaffRef> supervisees(long supervisorId) {
        staff(supervisorId);
        List<?> rows = em.createNativeQuery("SELECT s.id, s.username, s.display_name FROM supervision v"
                + " JOIN staff s ON s.id = v.counsellor_id WHERE v.supervisor_id = ?1 ORDER BY s.display_name")
                .setParameter(1, supervisorId).getResultList();
        List<StaffRef> refs = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            refs.add(new StaffRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2]));
        }
        return refs;
    }

    /** Replaces the counsellors a supervisor supervises; each must hold the COUNSELLOR role. */
    @RolesAllowed(Roles.ADMIN)
    public List<StaffRef> setSupervisees(long supervisorId, List<Long> counsellorIds) {
        Staff supervisor = em.find(Staff.class, supervisorId, LockModeType.PESSIMISTIC_WRITE);
        if (supervisor == null) {
            throw new NotFoundException("Staff member", supervisorId);
        }
        if (!supervisor.hasRole(Role.SUPERVISOR)) {
            throw new InvalidInputException("supervisorId", supervisor.getDisplayName() + " is not a supervisor.");
        }
        Set<Long> wanted = new LinkedHashSet<>(counsellorIds == null ? List.of() : counsellorIds);
        Map<String, String> errors = new LinkedHashMap<>();
        for (Long id : wanted) {
            Staff s = id == null ? null : em.find(Staff.class, id);
            if (s == null || !s.hasRole(Role.COUNSELLOR)) {
                errors.put("counsellorIds", "Staff member " + id + " is not a counsellor.");
            } else if (id == supervisorId) {
                errors.put("counsellorIds", "No one supervises themselves.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNativeQuery("DELETE FROM supervision WHERE supervisor_id = ?1").setParameter(1, supervisorId)
                .executeUpdate();
        Instant now = Instant.now();
        for (Long id : wanted) {
            em.createNativeQuery("INSERT INTO supervision (supervisor_id, counsellor_id, since) VALUES (?1, ?2, ?3)")
                    .setParameter(1, supervisorId).setParameter(2, id)
                    .setParameter(3, java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(now,
                            java.time.ZoneOffset.UTC)))
                    .executeUpdate();
        }
        audit.record(AuditAction.SUPERVISION_UPDATE, AuditOutcome.SUCCESS, "Staff", supervisorId, null,
                supervisor.getUsername() + " supervises " + wanted);
        return supervisees(supervisorId);
    }

    private void staff(long id) {
        if (em.find(Staff.class, id) == null) {
            throw new NotFoundException("Staff member", id);
        }
    }
}
