package org.tenfold.care;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The clinical access rule as pure logic over facts (no database, no container), so every cell of
 * the matrix is unit-tested. {@link ClinicalAccess} gathers the facts and applies it.
 *
 * <p>A member of staff may read and write a client's clinical records (intake, risk flags, consent
 * history and sharing choices, the case) only when they hold the COUNSELLOR or SUPERVISOR role and:
 * <ol>
 * <li>they are the primary or second counsellor of a case the client is in (all members' records);</li>
 * <li>they are the client's own counsellor in a case;</li>
 * <li>they are another member's own counsellor in a couple case, and the client's current
 *     PARTNER_SHARING choice is SHARE (no choice on file means DO_NOT_SHARE);</li>
 * <li>they are the counsellor of the client's intake appointment (before and after a case opens);</li>
 * <li>they hold the SUPERVISOR role and supervise someone whom 1–4 allow; or</li>
 * <li>they hold an unexpired break-the-glass grant on a case the client is in.</li>
 * </ol>
 * Nothing else gives access: not ADMIN, not FRONT_DESK. Case-level reads and writes (the case,
 * closing, reopening, its break-the-glass list) are for the case's primary and second counsellors,
 * every member's own counsellor, their supervisors and holders of a grant on it.
 */
public final class AccessRule {

    private AccessRule() {
    }

    /** Who asks: their staff id, roles, whom they supervise, and the cases they hold a live grant on. */
    public record Caller(long staffId, boolean counsellor, boolean supervisor, Set<Long> supervisees,
            Set<Long> breakGlassCases) {
        public Caller {
            supervisees = Set.copyOf(supervisees);
            breakGlassCases = Set.copyOf(breakGlassCases);
        }

        boolean clinical() {
            return counsellor || supervisor;
        }

        /** The same caller without their break-the-glass grants: what they may use by their own place in care. */
        public Caller withoutGrants() {
            return new Caller(staffId, counsellor, supervisor, supervisees, Set.of());
        }
    }

    /** A case as the rule needs it. */
    public record CaseFacts(long caseId, long primaryCounsellor, Long secondCounsellor, List<Member> members) {
        public CaseFacts {
            members = List.copyOf(members);
        }
    }

    /** A member: the client, their own counsellor (or null), and whether they chose SHARE. */
    public record Member(long clientId, Long ownCounsellor, boolean shares) {
    }

    /** May the caller use this client's records, given the cases they are in and their intake counsellors? */
    public static boolean mayUseClient(Caller caller, long clientId, List<CaseFacts> casesOfClient,
            Set<Long> intakeCounsellors) {
        if (!caller.clinical()) {
            return false;
        }
        if (coveredBy(caller, intakeCounsellors)) {
            return true;
        }
        return casesOfClient.stream().anyMatch(c -> mayUseMember(caller, c, clientId));
    }

    /** May the caller use this member's records through this case? */
    public static boolean mayUseMember(Caller caller, CaseFacts c, long clientId) {
        if (!caller.clinical()) {
            return false;
        }
        Member target = c.members().stream().filter(m -> m.clientId() == clientId).findFirst().orElse(null);
        if (target == null) {
            return false;
        }
        if (caller.breakGlassCases().contains(c.caseId())) {
            return true;
        }
        Set<Long> allowed = caseCounsellors(c);
        if (target.ownCounsellor() != null) {
            allowed.add(target.ownCounsellor());
        }
        if (target.shares()) {
            c.members().stream().filter(m -> m.clientId() != clientId && m.ownCounsellor() != null)
                    .forEach(m -> allowed.add(m.ownCounsellor()));
        }
        return coveredBy(caller, allowed);
    }

    /** May the caller use the case itself (its details, closing and reopening it, its break-the-glass list)? */
    public static boolean mayUseCase(Caller caller, CaseFacts c) {
        if (!caller.clinical()) {
            return false;
        }
        if (caller.breakGlassCases().contains(c.caseId())) {
            return true;
        }
        Set<Long> allowed = caseCounsellors(c);
        c.members().stream().filter(m -> m.ownCounsellor() != null).forEach(m -> allowed.add(m.ownCounsellor()));
        return coveredBy(caller, allowed);
    }

    /** Is the caller already one of the case's counsellors (or their supervisor), so breaking the glass is not needed? */
    public static boolean worksOnCase(Caller caller, CaseFacts c) {
        return mayUseCase(caller.withoutGrants(), c);
    }

    private static Set<Long> caseCounsellors(CaseFacts c) {
        Set<Long> s = new HashSet<>();
        s.add(c.primaryCounsellor());
        if (c.secondCounsellor() != null) {
            s.add(c.secondCounsellor());
        }
        return s;
    }

    /** The caller is one of these counsellors, or supervises one of them. */
    private static boolean coveredBy(Caller caller, Set<Long> counsellors) {
        if (counsellors.contains(caller.staffId())) {
            return true;
        }
        return caller.supervisor() && caller.supervisees().stream().anyMatch(counsellors::contains);
    }
}
