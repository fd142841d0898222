package org.tenfold.backup;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tenfold.clinic.ClinicSettingsService;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/** Backups: make one now, see the recent runs, set when the daily one runs and how long backups are kept. */
@Named
@ViewScoped
public class BackupsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BackupService backups;

    @Inject
    ClinicSettingsService settingsService;

    private String time;
    private Integer retentionDays;
    private List<BackupRunView> runs;

    public void load() {
        BackupSettings s = backups.settings();
        time = s.at().toString();
        retentionDays = s.retentionDays();
        runs = backups.recent();
    }

    public void backUpNow() {
        BackupRunView run = backups.backUpNow();
        runs = backups.recent();
        if ("DONE".equals(run.status())) {
            Screens.info(message("backups.done") + " " + run.fileName());
        } else {
            Screens.error(message("backups.failed") + " " + run.message());
        }
    }

    public void save() {
        try {
            settingsService.updateBackups(time, retentionDays);
            Screens.info(message("backups.saved"));
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    private static String message(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    public String getDestination() { return backups.destination(); }
    public boolean isConfigured() { return backups.configured(); }
    public List<BackupRunView> getRuns() { return runs; }
    public String getTime() { return time; }
    public void setTime(String time) { this.time = time; }
    public Integer getRetentionDays() { return retentionDays; }
    public void setRetentionDays(Integer retentionDays) { this.retentionDays = retentionDays; }
}
