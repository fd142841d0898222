package org.tenfold.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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

    private List<StaffView> staff;
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

    public void edit(StaffView s) {
        editingId = s.id();
        editingVersion = s.version();
        form = new StaffAccount();
        form.setUsername(s.username());
        form.setDisplayName(s.displayName());
        form.setEmail(s.email());
        form.setRoles(s.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(s.roles()));
        password = null;
    }

    public void save() {
        try {
            if (editingId == null) {
                StaffView created = staffService.create(form, password == null ? new char[0] : password.toCharArray());
                Screens.info("Account " + created.username() + " created.");
            } else {
                StaffView updated = staffService.update(editingId, editingVersion, form);
                Screens.info("Account " + updated.username() + " saved.");
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
            StaffView s = staffService.resetPassword(editingId, password == null ? new char[0] : password.toCharArray());
            Screens.info("Password of " + s.username() + " reset; the account is unlocked.");
            startNew();
            reload();
        } catch (BusinessException e) {
            Screens.show(e);
        } finally {
            password = null;
        }
    }

    public void deactivate(StaffView s) {
        act(() -> staffService.deactivate(s.id()), s.username() + " deactivated: signed out everywhere.");
    }

    public void reactivate(StaffView s) {
        act(() -> staffService.reactivate(s.id()), s.username() + " reactivated.");
    }

    public void resetSecondFactor(StaffView s) {
        act(() -> staffService.resetSecondFactor(s.id()), "The second step of " + s.username()
                + " was reset; they set it up again at their next sign-in.");
    }

    public void unlock(StaffView s) {
        act(() -> staffService.unlock(s.id()), s.username() + " unlocked.");
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

    public boolean isLocked(StaffView s) {
        return s.locked();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<StaffView> getStaff() { return staff; }
    public Long getEditingId() { return editingId; }
    public boolean isEditing() { return editingId != null; }
    public StaffAccount getForm() { return form; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    /** The roles as a mutable list, for a many-checkbox (which neither binds to a Set nor fills an immutable list). */
    public List<Role> getFormRoles() { return new java.util.ArrayList<>(form.getRoles()); }
    public void setFormRoles(List<Role> roles) { form.setRoles(roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)); }
}
