package org.tenfold.portal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/** The portal's settings on the administrator's settings screen. */
@Named
@RequestScoped
public class PortalSettingsBacking {

    @Inject
    PortalSettingsService service;

    private String name;
    private int idleMinutes;
    private int cancelNoticeHours;
    private String address;
    private String leaveAddress;
    private boolean notifyOnRelease;

    @PostConstruct
    void load() {
        PortalSettings s = service.get();
        name = s.name();
        idleMinutes = s.idleMinutes();
        cancelNoticeHours = s.cancelNoticeHours();
        address = s.address();
        leaveAddress = s.leaveAddress();
        notifyOnRelease = s.notifyOnRelease();
    }

    public void save() {
        try {
            service.update(new PortalSettings(name, idleMinutes, cancelNoticeHours, address == null ? "" : address,
                    leaveAddress, notifyOnRelease));
            Screens.info("The portal's settings are saved.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getIdleMinutes() { return idleMinutes; }
    public void setIdleMinutes(int idleMinutes) { this.idleMinutes = idleMinutes; }
    public int getCancelNoticeHours() { return cancelNoticeHours; }
    public void setCancelNoticeHours(int cancelNoticeHours) { this.cancelNoticeHours = cancelNoticeHours; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getLeaveAddress() { return leaveAddress; }
    public void setLeaveAddress(String leaveAddress) { this.leaveAddress = leaveAddress; }
    public boolean isNotifyOnRelease() { return notifyOnRelease; }
    public void setNotifyOnRelease(boolean notifyOnRelease) { this.notifyOnRelease = notifyOnRelease; }
}
