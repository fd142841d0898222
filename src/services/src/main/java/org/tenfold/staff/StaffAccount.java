package org.tenfold.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** What an administrator types to create or change a staff account. */
public class StaffAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Username is required")
    @Pattern(regexp = "^[A-Za-z0-9._-]{3,64}$",
            message = "Username is 3 to 64 letters, digits, dots, dashes or underscores")
    private String username;

    @NotBlank(message = "Display name is required")
    @Size(max = 200, message = "Display name is at most 200 characters")
    private String displayName;

    @Email(message = "Email is not a valid address")
    @Size(max = 254, message = "Email is at most 254 characters")
    private String email;

    @NotEmpty(message = "Choose at least one role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { displayName = v; }
    public String getEmail() { return email == null || email.isBlank() ? null : email.strip(); }
    public void setEmail(String v) { email = v; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> v) { roles = v == null || v.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(v); }
}
