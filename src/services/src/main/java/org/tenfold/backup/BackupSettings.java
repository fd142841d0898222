package org.tenfold.backup;

import java.time.LocalTime;
import java.util.Map;
import org.tenfold.clinic.SettingKey;

/** When the daily backup runs (clinic time) and how many days a backup is kept. */
public record BackupSettings(LocalTime at, int retentionDays) {

    public static final int MIN_RETENTION_DAYS = 1;
    public static final int MAX_RETENTION_DAYS = 3650;

    public static BackupSettings of(Map<SettingKey, String> settings) {
        return new BackupSettings(LocalTime.parse(settings.get(SettingKey.BACKUP_TIME)),
                Integer.parseInt(settings.get(SettingKey.BACKUP_RETENTION_DAYS)));
    }
}
