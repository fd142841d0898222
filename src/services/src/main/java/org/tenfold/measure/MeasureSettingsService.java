package org.tenfold.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.clinic.ClinicSetting;
import org.tenfold.clinic.SettingKey;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.staff.Roles;

/** The administrator's questionnaire settings: the crisis text, the links' sender name, lifetime and address. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MeasureSettingsService {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicProfile clinic;

    @Inject
    AuditTrail audit;

    /** The settings as they are now. */
    public record Values(String crisisText, String senderName, int linkDays, String linkAddress) {
    }

    @RolesAllowed(Roles.ADMIN)
    public Values get() {
        return new Values(clinic.value(SettingKey.CRISIS_TEXT), clinic.value(SettingKey.MEASURE_SENDER_NAME),
                parse(clinic.value(SettingKey.MEASURE_LINK_DAYS)), clinic.value(SettingKey.CLIENT_LINK_ADDRESS));
    }

    @RolesAllowed(Roles.ADMIN)
    public Values update(Values wanted) {
        Map<String, String> errors = new LinkedHashMap<>();
        String crisis = wanted == null || wanted.crisisText() == null ? "" : wanted.crisisText().strip();
        if (crisis.length() < 20 || crisis.length() > 1000) {
            errors.put("crisisText", "Write the crisis text clients see: where to get help now (20 to 1000 characters).");
        }
        String sender = wanted == null || wanted.senderName() == null ? "" : wanted.senderName().strip();
        if (sender.isEmpty() || sender.length() > 100) {
            errors.put("senderName", "Give a sender name of at most 100 characters, with no clinical words.");
        }
        int days = wanted == null ? 0 : wanted.linkDays();
        if (days < MeasureSettings.MIN_LINK_DAYS || days > MeasureSettings.MAX_LINK_DAYS) {
            errors.put("linkDays", "A link opens for " + MeasureSettings.MIN_LINK_DAYS + " to " + MeasureSettings.MAX_LINK_DAYS
                    + " days.");
        }
        String address = wanted == null || wanted.linkAddress() == null ? "" : wanted.linkAddress().strip();
        if (!address.isEmpty() && AssignmentService.cleanBase(address) == null) {
            errors.put("linkAddress", "Give the address clients reach Tenfold at, like https://clinic.example.org/, or leave"
                    + " it empty.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        put(SettingKey.CRISIS_TEXT, crisis);
        put(SettingKey.MEASURE_SENDER_NAME, sender);
        put(SettingKey.MEASURE_LINK_DAYS, String.valueOf(days));
        put(SettingKey.CLIENT_LINK_ADDRESS, address.isEmpty() ? "" : AssignmentService.cleanBase(address));
        audit.record(AuditAction.SETTINGS_UPDATE, AuditOutcome.SUCCESS, "ClinicSetting", null, null,
                "questionnaire settings: links open " + days + " days");
        return get();
    }

    private void put(SettingKey key, String value) {
        ClinicSetting setting = em.find(ClinicSetting.class, key.name());
        if (setting == null) {
            em.persist(new ClinicSetting(key, value));
        } else {
            setting.changeValue(value);
        }
    }

    private static int parse(String days) {
        try {
            return Integer.parseInt(days.strip());
        } catch (RuntimeException e) {
            return Integer.parseInt(SettingKey.MEASURE_LINK_DAYS.defaultValue());
        }
    }
}
