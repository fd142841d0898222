package org.tenfold.measure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tenfold.measure.MeasureViews.InstrumentSummary;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/**
 * The administrator's Questionnaires page: every instrument version with its source and licence, the import of a
 * clinic's own definition (pasted; a new instrument or a new version, no code), and the questionnaire settings
 * (the crisis text clients see, the links' sender name, lifetime and address).
 */
@Named("instrumentsAdmin")
@ViewScoped
public class InstrumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstrumentService instruments;

    @Inject
    MeasureSettingsService settings;

    private transient List<InstrumentSummary> list;
    private String definition;
    private String crisisText;
    private String senderName;
    private Integer linkDays;
    private String linkAddress;

    public void load() {
        MeasureSettingsService.Values v = settings.get();
        crisisText = v.crisisText();
        senderName = v.senderName();
        linkDays = v.linkDays();
        linkAddress = v.linkAddress();
    }

    public List<InstrumentSummary> getList() {
        if (list == null) {
            list = instruments.list(true);
        }
        return list;
    }

    public void importDefinition() {
        try {
            InstrumentSummary s = instruments.importDefinition(definition);
            Screens.info(s.code() + " version " + s.version() + " is in the catalogue.");
            definition = null;
            list = null;
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void saveSettings() {
        try {
            settings.update(new MeasureSettingsService.Values(crisisText, senderName, linkDays == null ? 0 : linkDays,
                    linkAddress));
            Screens.info("Questionnaire settings saved.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public String getCrisisText() { return crisisText; }
    public void setCrisisText(String crisisText) { this.crisisText = crisisText; }
    public String getSenderName() { return senderName; }
    public void setSenderName(String senderName) { this.senderName = senderName; }
    public Integer getLinkDays() { return linkDays; }
    public void setLinkDays(Integer linkDays) { this.linkDays = linkDays; }
    public String getLinkAddress() { return linkAddress; }
    public void setLinkAddress(String linkAddress) { this.linkAddress = linkAddress; }
}
