package org.tenfold.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.clinic.ClinicSettingsService;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/** Reminders by email: on or off, hours before, initials-only greeting, the sender's neutral name. */
@Named
@ViewScoped
public class ReminderSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClinicSettingsService settings;

    @Inject
    ClinicProfile profile;

    private boolean enabled;
    private Integer leadHours;
    private boolean initialsOnly;
    private String senderName;

    @PostConstruct
    void init() {
        ReminderSettings current = ReminderSettings.of(profile.all());
        enabled = current.enabled();
        leadHours = current.leadHours();
        initialsOnly = current.initialsOnly();
        senderName = current.senderName();
    }

    public void save() {
        try {
            settings.updateReminders(new ReminderSettings(enabled, leadHours == null ? 0 : leadHours, initialsOnly,
                    senderName));
            Screens.info("Reminder settings saved.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Integer getLeadHours() { return leadHours; }
    public void setLeadHours(Integer leadHours) { this.leadHours = leadHours; }
    public boolean isInitialsOnly() { return initialsOnly; }
    public void setInitialsOnly(boolean initialsOnly) { this.initialsOnly = initialsOnly; }
    public String getSenderName() { return senderName; }
    public void setSenderName(String senderName) { this.senderName = senderName; }
    public int getMaxLeadHours() { return ReminderSettings.MAX_LEAD_HOURS; }
}
