package org.tenfold.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.staff.HashingGate;
import org.tenfold.staff.PasswordHasher;
import org.tenfold.staff.SecondFactor;
import org.tenfold.staff.SignInThrottle;

/**
 * A client's own account, before and after signing in: the account behind a session (re-read on every request, so
 * a closed account's sessions end at once), a password chosen from an emailed link (invitation or "forgot
 * password"), the "forgot password" email itself, and the optional second step. CDI rather than a role-guarded
 * EJB, because most of it runs before anyone is signed in; each method checks what it needs itself.
 */
@ApplicationScoped
@Transactional
public class PortalAccounts {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    PortalLinks links;

    @Inject
    PortalMail mail;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicProfile clinic;

    @Inject
    SignInThrottle throttle;

    @Inject
    HashingGate gate;

    private final PasswordHasher hasher = new PasswordHasher();

    /** The signed-in client behind a session: their principal name and first name. */
    public record Caller(long accountId, long clientId, String principal, String firstName) {
    }

    /** What an emailed link is for, and the address it signs in with. */
    public record LinkInfo(PortalLinkPurpose purpose, String email) {
    }

    /** A new secret and its QR code, for the client to scan before confirming with a first code. */
    public record Enrolment(String secret, String qrImage) {
    }

    /** The account of a session, while it may still be used. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> current(long accountId) {
        PortalAccount a = em.find(PortalAccount.class, accountId);
        if (a == null || !a.mayUse()) {
            return Optional.empty();
        }
        Client c = em.find(Client.class, a.getClientId());
        return Optional.of(new Caller(a.getId(), c.getId(), PortalRoles.principalOf(c.getChartNumber()),
                PortalInvitations.firstName(c)));
    }

    /** What a link is for, while it still works. */
    public Optional<LinkInfo> link(String token) {
        return links.usable(token).flatMap(l -> Optional.ofNullable(em.find(PortalAccount.class, l.getAccountId()))
                .filter(a -> a.getStatus() != PortalAccountStatus.DISABLED)
                .map(a -> new LinkInfo(l.getPurpose(), a.getEmail())));
    }

    /**
     * Sets the password chosen from a link (the rules of {@link PasswordRules}); the link is used up, and the
     * sign-in throttle forgets the attempts counted against the address (a correct use costs none). A refusal says
     * why ({@code password}), or that the link no longer works ({@code link}).
     */
    public void setPassword(String token, char[] password, String sourceAddress) {
        PortalLink link = links.usable(token).orElseThrow(() -> new InvalidInputException("link",
                "This link has expired or was used already. Ask for a new one on the sign-in page."));
        PortalAccount account = em.find(PortalAccount.class, link.getAccountId());
        if (account == null || account.getStatus() == PortalAccountStatus.DISABLED) {
            throw new InvalidInputException("link", "This account is closed.");
        }
        Client client = em.find(Client.class, account.getClientId());
        PasswordRules.problem(password, account.getEmail(), client.getLegalFirstName(), client.getLegalLastName(),
                client.getPreferredName()).ifPresent(p -> {
                    throw new InvalidInputException("password", p);
                });
        String hash = gate.run(() -> hasher.hash(password)).orElseThrow(() -> new InvalidInputException("password",
                "The server is busy. Wait a moment, then try again."));
        if (!links.useUp(link)) {
            throw new InvalidInputException("link", "This link was used already. Ask for a new one on the sign-in page.");
        }
        account.setPassword(hash, Instant.now());
        // a link used rightly proves the mailbox: the attempts that asking for it took are given back, as a whole
        // sign-in gives them back, so the first sign-in after it is not held up by them
        throttle.succeeded(sourceAddress, PortalSignIn.THROTTLE_PREFIX + account.getEmail());
        audit.recordAs(PortalRoles.principalOf(client.getChartNumber()), sourceAddress, AuditAction.PORTAL_ACCOUNT_UPDATE,
                AuditOutcome.SUCCESS, PortalSignInRecords.ENTITY, account.getId(), client.getId(),
                link.getPurpose() == PortalLinkPurpose.INVITATION ? "first password set from the invitation"
                        : "new password set from a link");
    }

    /**
     * "Forgot password": when the address has a usable account whose client still agrees to email, a link to
     * choose a new password goes to it. The answer is the same either way, and the same throttle as signing in
     * applies, so the form tells nobody which addresses have accounts.
     */
    public void forgotPassword(String email, String sourceAddress, String requestBase) {
        String name = PortalAccount.normalisedEmail(email);
        if (!throttle.admit(sourceAddress, PortalSignIn.THROTTLE_PREFIX + name).admitted() || name.isEmpty()
                || name.length() > 254) {
            return;
        }
        Optional<PortalAccount> found = em.createNamedQuery("PortalAccount.findByEmail", PortalAccount.class)
                .setParameter("email", name).getResultStream().findFirst().filter(PortalAccount::mayUse);
        if (found.isEmpty()) {
            return;
        }
        PortalAccount account = found.get();
        Client client = em.find(Client.class, account.getClientId());
        if (!client.isConsentEmail() || !name.equals(PortalAccount.normalisedEmail(client.getEmail()))) {
            return;
        }
        String token = links.issue(account, PortalLinkPurpose.NEW_PASSWORD);
        PortalSettings settings = PortalSettings.of(clinic.all());
        mail.send(name, settings.name(), PortalLetters.newPassword(PortalInvitations.firstName(client), settings.name(),
                links.linkTo(requestBase, token), PortalLinks.NEW_PASSWORD_LIFETIME));
        audit.recordAs(PortalRoles.principalOf(client.getChartNumber()), sourceAddress, AuditAction.PORTAL_ACCOUNT_UPDATE,
                AuditOutcome.SUCCESS, PortalSignInRecords.ENTITY, account.getId(), client.getId(),
                "a new-password link was emailed");
    }

    /** A secret to add a second step with, for the signed-in client to scan. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Enrolment newEnrolment(long accountId) {
        PortalAccount a = usable(accountId);
        String secret = SecondFactor.newSecret();
        return new Enrolment(secret, SecondFactor.qrImage(secret, a.getEmail(), PortalSettings.of(clinic.all()).name()));
    }

    /** Adds the second step once the client typed the secret's current code. */
    public void enrol(long accountId, String secret, String code) {
        PortalAccount a = usable(accountId);
        if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
            throw new InvalidInputException("code", "Start again: the key was not recognised.");
        }
        OptionalLong step = SecondFactor.matchingStep(secret, code, Instant.now().getEpochSecond());
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "That code does not match. Type the six digits the app shows now.");
        }
        a.enrolSecondFactor(secret);
        em.flush();
        em.createNamedQuery("PortalAccount.acceptTotpStep").setParameter("id", accountId)
                .setParameter("step", step.getAsLong()).executeUpdate();
        audit.record(AuditAction.PORTAL_ACCOUNT_UPDATE, AuditOutcome.SUCCESS, PortalSignInRecords.ENTITY, accountId,
                a.getClientId(), "second step added by the client");
    }

    /** Removes the second step; the client proves it with a current code. */
    public void removeSecondStep(long accountId, String code) {
        PortalAccount a = usable(accountId);
        OptionalLong step = SecondFactor.matchingStep(a.getTotpSecret(), code, Instant.now().getEpochSecond());
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "That code does not match. Type the six digits the app shows now.");
        }
        a.removeSecondFactor();
        audit.record(AuditAction.PORTAL_ACCOUNT_UPDATE, AuditOutcome.SUCCESS, PortalSignInRecords.ENTITY, accountId,
                a.getClientId(), "second step removed by the client");
    }

    /** Audits a sign-out (or "leave quickly") of the account. */
    public void signedOut(long accountId, String sourceAddress) {
        PortalAccount a = em.find(PortalAccount.class, accountId);
        if (a != null) {
            Client c = em.find(Client.class, a.getClientId());
            audit.recordAs(PortalRoles.principalOf(c.getChartNumber()), sourceAddress, AuditAction.LOGOUT,
                    AuditOutcome.SUCCESS, PortalSignInRecords.ENTITY, accountId, c.getId(), null);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasSecondStep(long accountId) {
        return usable(accountId).hasSecondFactor();
    }

    private PortalAccount usable(long accountId) {
        PortalAccount a = em.find(PortalAccount.class, accountId);
        if (a == null || !a.mayUse()) {
            throw new InvalidInputException("account", "Sign in again.");
        }
        return a;
    }
}
