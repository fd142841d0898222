package org.tenfold.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.StaleDataException;
import org.tenfold.staff.Roles;

/**
 * The clinic's ten steps: every member of staff reads them (from {@link FrameworkCatalogue});
 * administrators reword a step's title and description. Codes and numbers never change.
 */
@Stateless
public class FrameworkService {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    FrameworkCatalogue catalogue;

    @Inject
    AuditTrail audit;

    @Inject
    Principal principal;

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public FrameworkCatalogue.Snapshot steps() {
        return catalogue.snapshot();
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public StepView step(String code) {
        return catalogue.step(code).orElseThrow(() -> new NotFoundException("Step", code));
    }

    /**
     * New wording for a step. {@code expectedVersion} is the version the administrator read (required:
     * two administrators must not overwrite each other's wording).
     */
    @RolesAllowed(Roles.ADMIN)
    public StepView reword(String code, long expectedVersion, String title, String description) {
        FrameworkStep step = code == null ? null : em.find(FrameworkStep.class, code);
        if (step == null) {
            throw new NotFoundException("Step", code);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String t = title == null ? "" : title.strip();
        String d = description == null ? "" : description.strip();
        if (t.isEmpty() || t.length() > FrameworkStep.TITLE_MAX) {
            errors.put("title", "The title is required, at most " + FrameworkStep.TITLE_MAX + " characters.");
        }
        if (d.isEmpty() || d.length() > FrameworkStep.DESCRIPTION_MAX) {
            errors.put("description", "The description is required, at most " + FrameworkStep.DESCRIPTION_MAX
                    + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (step.getVersion() != expectedVersion) {
            throw new StaleDataException("This step");
        }
        String before = step.getTitle();
        step.reword(t, d, principal.getName(), Instant.now());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleDataException("This step");
        }
        audit.record(AuditAction.FRAMEWORK_STEP_UPDATE, AuditOutcome.SUCCESS, "FrameworkStep", code, null,
                "step " + step.getNumber() + " reworded" + (before.equals(t) ? "" : ": title \"" + t + "\""));
        catalogue.invalidate();
        return StepView.of(step);
    }

    /** All steps straight from the database (for the administrator's screen, which must not edit a stale copy). */
    @RolesAllowed(Roles.ADMIN)
    public List<StepView> stepsForEditing() {
        catalogue.invalidate();
        return catalogue.steps();
    }
}
