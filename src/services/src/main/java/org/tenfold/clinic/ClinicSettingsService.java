package org.tenfold.clinic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.staff.Roles;

/** Administrators change the clinic's name and time zone. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ClinicSettingsService {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @RolesAllowed(Roles.ADMIN)
    public void update(String clinicName, String timeZone) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = clinicName == null ? "" : clinicName.strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.put("clinicName", "The clinic's name is required, at most 200 characters.");
        }
        String zone = timeZone == null ? "" : timeZone.strip();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            errors.put("timeZone", "\"" + zone + "\" is not a time zone; use a name such as Europe/London.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        put(SettingKey.CLINIC_NAME, name);
        put(SettingKey.TIME_ZONE, zone);
        audit.record(AuditAction.SETTINGS_UPDATE, AuditOutcome.SUCCESS, "ClinicSetting", null, null,
                "name and time zone");
    }

    private void put(SettingKey key, String value) {
        ClinicSetting setting = em.find(ClinicSetting.class, key.name());
        if (setting == null) {
            em.persist(new ClinicSetting(key, value));
        } else {
            setting.changeValue(value);
        }
    }
}
