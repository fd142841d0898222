package org.tenfold.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import org.tenfold.staff.Authentication;

/** The identity store on the staff table: PBKDF2-checked passwords, lockout, audited attempts. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    ClientAddress clientAddress;

    @Inject
    Authentication authentication;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return authentication.verifyPassword(credential.getCaller(), credential.getPassword().getValue(),
                        clientAddress.of(request))
                .map(s -> new CredentialValidationResult(s.username(), s.roleNames()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
