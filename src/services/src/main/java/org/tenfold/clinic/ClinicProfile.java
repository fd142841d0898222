package org.tenfold.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The clinic's name and zone as every screen shows them, including the sign-in page, so reading
 * them needs no role. Read per call: one primary-key lookup, and a change shows at once on every server.
 */
@ApplicationScoped
public class ClinicProfile {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    public String name() {
        return value(SettingKey.CLINIC_NAME);
    }

    public ZoneId zone() {
        try {
            return ZoneId.of(value(SettingKey.TIME_ZONE));
        } catch (RuntimeException e) {
            return ZoneId.of(SettingKey.TIME_ZONE.defaultValue());
        }
    }

    /** Whether every member of staff needs the second factor, not only administrators. */
    public boolean secondFactorForEveryone() {
        return "true".equals(value(SettingKey.MFA_REQUIRED_FOR_ALL));
    }

    /** Days a device may skip the second factor: 0 (never) to 30. */
    public int rememberDeviceDays() {
        try {
            return Math.max(0, Math.min(30, Integer.parseInt(value(SettingKey.MFA_REMEMBER_DAYS).strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public Map<SettingKey, String> all() {
        return java.util.Arrays.stream(SettingKey.values())
                .collect(Collectors.toMap(k -> k, this::value, (a, b) -> a, () -> new java.util.EnumMap<>(SettingKey.class)));
    }

    /** A setting's value, or its default when none is stored. */
    public String value(SettingKey key) {
        ClinicSetting setting = em.find(ClinicSetting.class, key.name());
        return setting == null ? key.defaultValue() : setting.getValue();
    }
}
