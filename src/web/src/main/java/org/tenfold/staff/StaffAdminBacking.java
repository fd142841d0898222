package org.tenfold.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/** Lists staff accounts; one form below the table creates a new account or edits the chosen one. */
@Named
@ViewScoped
public class StaffAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffService staffService;

    private List<Staff> staff;
    private Long editingId;
    private long editingVersion;
    private StaffAccount form = new StaffAccount();
    private String password;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        staff = staffService.list();
    }

    public void startNew() {
        editingId = null;
        form = new StaffAccount();
        password = null;
    }

    public void edit(Staff s) {
        editingId = s.getId();
        editingVersion = s.getVersion();
        form = new StaffAccount();
        form.setUsername(s.getUsername());
        form.setDisplayName(s.getDisplayName());
        form.setEmail(s.getEmail());
        form.setRoles(EnumSet.copyOf(s.getRoles()));
        password = null;
    }

    public void save() {
        try {
            if (editingId == null) {
                Staff created = staffService.create(form, password == null ? new char[0] : password.toCharArray());
                Screens.info("Account " + created.getUsername() + " created.");
            } else {
                Staff updated = staffService.update(editingId, editingVersion, form);
                Screens.info("Account " + updated.getUsername() + " saved.");
            }
            startNew();
            reload();
        } catch (BusinessException e) {
            Screens.show(e);
        } finally {
            password = null;
        }
    }

    public void resetPassword() {
        try {
            Staff s = staffService.resetPassword(editingId, password == null ? new char[0] : password.toCharArray());
            Screens.info("Password of " + s.getUsername() + " reset; the account is unlocked.");
            startNew();
            reload();
        } catch (BusinessException e) {
            Screens.show(e);
        } finally {
            password = null;
        }
    }

    public void deactivate(Staff s) {
        act(() -> staffService.deactivate(s.getId()), s.getUsername() + " deactivated: signed out everywhere.");
    }

    public void reactivate(Staff s) {
        act(() -> staffService.reactivate(s.getId()), s.getUsername() + " reactivated.");
    }

    public void resetSecondFactor(Staff s) {
        act(() -> staffService.resetSecondFactor(s.getId()), "The second step of " + s.getUsername()
                + " was reset; they set it up again at their next sign-in.");
    }

    public void unlock(Staff s) {
        act(() -> staffService.unlock(s.getId()), s.getUsername() + " unlocked.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Screens.info(done);
        } catch (BusinessException e) {
            Screens.show(e);
        }
        reload();
    }

    public boolean isLocked(Staff s) {
        return s.isLockedAt(Instant.now());
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<Staff> getStaff() { return staff; }
    public Long getEditingId() { return editingId; }
    public boolean isEditing() { return editingId != null; }
    public StaffAccount getForm() { return form; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    /** The roles as a mutable list, for a many-checkbox (which neither binds to a Set nor fills an immutable list). */
    public List<Role> getFormRoles() { return new java.util.ArrayList<>(form.getRoles()); }
    public void setFormRoles(List<Role> roles) { form.setRoles(roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)); }
}
