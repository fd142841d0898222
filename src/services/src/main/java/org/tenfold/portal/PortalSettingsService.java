package org.tenfold.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.clinic.ClinicSetting;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.staff.Roles;

/** The portal's settings, kept by administrators; audited. */
@Stateless
public class PortalSettingsService {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicProfile clinic;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PortalSettings get() {
        return PortalSettings.of(clinic.all());
    }

    @RolesAllowed(Roles.ADMIN)
    public PortalSettings update(PortalSettings wanted) {
        if (wanted == null) {
            throw new InvalidInputException("portal", "Send the portal's settings.");
        }
        PortalSettings valid = wanted.validated();
        valid.values().forEach((key, value) -> {
            ClinicSetting setting = em.find(ClinicSetting.class, key.name());
            if (setting == null) {
                em.persist(new ClinicSetting(key, value));
            } else {
                setting.changeValue(value);
            }
        });
        audit.record(AuditAction.SETTINGS_UPDATE, AuditOutcome.SUCCESS, "ClinicSetting", null, null,
                "portal: name, idle " + valid.idleMinutes() + " min, notice " + valid.cancelNoticeHours() + " h, release"
                        + " emails " + (valid.notifyOnRelease() ? "on" : "off"));
        return valid;
    }
}
