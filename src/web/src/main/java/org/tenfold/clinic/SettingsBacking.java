package org.tenfold.clinic;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/** The clinic's name (shown on every screen) and time zone (in which times are shown). */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClinicSettingsService settings;

    @Inject
    ClinicProfile profile;

    private String clinicName;
    private String timeZone;

    @PostConstruct
    void init() {
        clinicName = profile.name();
        timeZone = profile.zone().getId();
    }

    public void save() {
        try {
            settings.update(clinicName, timeZone);
            Screens.info("Settings saved.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public String getClinicName() { return clinicName; }
    public void setClinicName(String clinicName) { this.clinicName = clinicName; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
}
