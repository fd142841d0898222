package org.tenfold.security;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tenfold.clinic.ClinicSettingsService;
import org.tenfold.clinic.SignInSettings;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/** The clinic's sign-in policy: the second factor for everyone (administrators always), remembered devices. */
@Named
@ViewScoped
public class SignInSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClinicSettingsService settings;

    private boolean everyone;
    private Integer rememberDays;

    @PostConstruct
    void init() {
        SignInSettings current = settings.signIn();
        everyone = current.secondFactorForEveryone();
        rememberDays = current.rememberDeviceDays();
    }

    public void save() {
        try {
            settings.updateSignIn(new SignInSettings(everyone, rememberDays == null ? 0 : rememberDays));
            Screens.info("Sign-in settings saved.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public boolean isEveryone() { return everyone; }
    public void setEveryone(boolean everyone) { this.everyone = everyone; }
    public Integer getRememberDays() { return rememberDays; }
    public void setRememberDays(Integer rememberDays) { this.rememberDays = rememberDays; }
    public int getMaxRememberDays() { return SignInSettings.MAX_REMEMBER_DAYS; }
}
