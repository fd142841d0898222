package org.tenfold.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tenfold.privacy.NotMemberRecord;

/** One clinic-wide setting, by key. The keys are the constants of {@link SettingKey}. */
@NotMemberRecord("the clinic's settings")
@Entity
@Table(name = "clinic_setting")
public class ClinicSetting {

    @Id
    @Column(name = "setting_key", length = 64)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 1000)
    private String value;

    @Version
    private long version;

    protected ClinicSetting() {
    }

    public ClinicSetting(SettingKey key, String value) {
        this.key = key.name();
        this.value = value;
    }

    public String getKey() { return key; }
    public String getValue() { return value; }
    public void changeValue(String newValue) { this.value = newValue; }
    public long getVersion() { return version; }
}
