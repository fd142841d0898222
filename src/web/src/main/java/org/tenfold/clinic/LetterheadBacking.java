package org.tenfold.clinic;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;
import org.primefaces.event.FileUploadEvent;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/** The letterhead of plan PDFs and progress reports: address, contact lines and the logo (with a preview). */
@Named
@ViewScoped
public class LetterheadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClinicSettingsService settings;

    private String address;
    private String phone;
    private String email;
    private String website;
    private LogoView logo;
    private String preview;

    @PostConstruct
    void init() {
        LetterheadSettings s = settings.letterhead();
        address = s.address();
        phone = s.phone();
        email = s.email();
        website = s.website();
        readLogo();
    }

    public void save() {
        try {
            LetterheadSettings saved = settings.updateLetterhead(new LetterheadSettings(address, phone, email, website));
            address = saved.address();
            Screens.info("Letterhead saved.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void upload(FileUploadEvent event) {
        try {
            settings.replaceLogo(event.getFile().getContent());
            readLogo();
            Screens.info("Logo saved; it shows on the next plan PDF or progress report.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void removeLogo() {
        try {
            settings.removeLogo();
            readLogo();
            Screens.info("Logo removed.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    private void readLogo() {
        logo = settings.logo();
        byte[] bytes = logo == null ? null : settings.logoBytes();
        preview = bytes == null ? null : "data:" + logo.contentType() + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getLogoFacts() {
        return logo == null ? "" : (LogoImages.PNG.equals(logo.contentType()) ? "PNG" : "JPEG") + ", "
                + (logo.size() + 1023) / 1024 + " KB,";
    }

    public String getLogoBy() { return logo == null ? "" : logo.updatedBy(); }
    public String getPreview() { return preview; }
    public boolean isHasLogo() { return logo != null; }
    public int getMaxLogoBytes() { return LogoImages.MAX_BYTES; }
}
