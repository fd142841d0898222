package org.tenfold.note;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tenfold.clinic.ClinicSettingsService;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/** The settings screen's session-notes part: hours after a held session before its note counts as missing. */
@Named
@ViewScoped
public class NoteSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClinicSettingsService settings;

    @Inject
    NoteQueries notes;

    private Integer missingAfterHours;

    @PostConstruct
    void init() {
        missingAfterHours = (int) notes.missingAfterHours();
    }

    public void save() {
        try {
            settings.updateNoteMissingAfterHours(missingAfterHours);
            Screens.info("Session note settings saved.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public int getMinHours() { return ClinicSettingsService.NOTE_MISSING_MIN_HOURS; }
    public int getMaxHours() { return ClinicSettingsService.NOTE_MISSING_MAX_HOURS; }
    public Integer getMissingAfterHours() { return missingAfterHours; }
    public void setMissingAfterHours(Integer missingAfterHours) { this.missingAfterHours = missingAfterHours; }
}
