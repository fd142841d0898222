package org.tenfold.care;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tenfold.care.AccessRule.CaseFacts;
import org.tenfold.care.AccessRule.Caller;
import org.tenfold.care.AccessRule.Member;

/** Every cell of the access matrix, as pure logic. */
class AccessRuleTest {

    // staff ids
    static final long PRIMARY = 1, SECOND = 2, OWN_A = 3, OWN_B = 4, OTHER = 5, SUP_OF_PRIMARY = 6,
            SUP_OF_OWN_B = 7, SUP_OF_OTHER = 8, ADMIN = 9, FRONT = 10, INTAKE = 11;
    // clients
    static final long A = 100, B = 200, STRANGER = 300;

    static CaseFacts couple(boolean aShares, boolean bShares) {
        return new CaseFacts(50, PRIMARY, SECOND, List.of(new Member(A, OWN_A, aShares), new Member(B, OWN_B, bShares)));
    }

    static Caller counsellor(long id) {
        return new Caller(id, true, false, Set.of(), Set.of());
    }

    static Caller supervisor(long id, Long... supervisees) {
        return new Caller(id, true, true, Set.of(supervisees), Set.of());
    }

    @Test
    void caseCounsellorsSeeEveryMember() {
        for (long id : new long[] {PRIMARY, SECOND}) {
            assertEquals(true, AccessRule.mayUseMember(counsellor(id), couple(false, false), A));
            assertEquals(true, AccessRule.mayUseMember(counsellor(id), couple(false, false), B));
            assertEquals(true, AccessRule.mayUseCase(counsellor(id), couple(false, false)));
        }
    }

    @Test
    void aMembersOwnCounsellorSeesTheOtherMemberOnlyWhenTheyShare() {
        assertEquals(true, AccessRule.mayUseMember(counsellor(OWN_A), couple(false, false), A));
        assertEquals(false, AccessRule.mayUseMember(counsellor(OWN_A), couple(false, false), B));
        assertEquals(true, AccessRule.mayUseMember(counsellor(OWN_A), couple(false, true), B));
        assertEquals(false, AccessRule.mayUseMember(counsellor(OWN_B), couple(false, true), A),
                "B sharing says nothing about A");
        assertEquals(true, AccessRule.mayUseMember(counsellor(OWN_B), couple(true, false), A));
        assertEquals(true, AccessRule.mayUseCase(counsellor(OWN_B), couple(false, false)));
    }

    @Test
    void supervisorsSeeWhatTheirSuperviseesSee() {
        assertEquals(true, AccessRule.mayUseMember(supervisor(SUP_OF_PRIMARY, PRIMARY), couple(false, false), A));
        assertEquals(true, AccessRule.mayUseMember(supervisor(SUP_OF_OWN_B, OWN_B), couple(false, false), B));
        assertEquals(false, AccessRule.mayUseMember(supervisor(SUP_OF_OWN_B, OWN_B), couple(false, false), A));
        assertEquals(true, AccessRule.mayUseMember(supervisor(SUP_OF_OWN_B, OWN_B), couple(true, false), A));
        assertEquals(false, AccessRule.mayUseMember(supervisor(SUP_OF_OTHER, OTHER), couple(true, true), A));
        assertEquals(false, AccessRule.mayUseCase(supervisor(SUP_OF_OTHER, OTHER), couple(true, true)));
        Caller lostTheRole = new Caller(SUP_OF_PRIMARY, true, false, Set.of(PRIMARY), Set.of());
        assertEquals(false, AccessRule.mayUseMember(lostTheRole, couple(false, false), A),
                "supervision counts only for someone who holds the SUPERVISOR role");
    }

    @Test
    void nobodyElseEvenAdminOrFrontDesk() {
        assertEquals(false, AccessRule.mayUseMember(counsellor(OTHER), couple(true, true), A));
        assertEquals(false, AccessRule.mayUseCase(counsellor(OTHER), couple(true, true)));
        Caller admin = new Caller(ADMIN, false, false, Set.of(), Set.of());
        Caller front = new Caller(FRONT, false, false, Set.of(), Set.of(50L));
        assertEquals(false, AccessRule.mayUseMember(admin, couple(true, true), A));
        assertEquals(false, AccessRule.mayUseMember(front, couple(true, true), A), "a grant needs a clinical role");
        Caller primaryWithoutRole = new Caller(PRIMARY, false, false, Set.of(), Set.of());
        assertEquals(false, AccessRule.mayUseCase(primaryWithoutRole, couple(false, false)));
        assertEquals(false, AccessRule.mayUseMember(counsellor(PRIMARY), couple(false, false), STRANGER),
                "a case gives access to its own members only");
    }

    @Test
    void breakTheGlassOpensTheWholeCase() {
        Caller withGrant = new Caller(OTHER, true, false, Set.of(), Set.of(50L));
        assertEquals(true, AccessRule.mayUseMember(withGrant, couple(false, false), A));
        assertEquals(true, AccessRule.mayUseMember(withGrant, couple(false, false), B));
        assertEquals(true, AccessRule.mayUseCase(withGrant, couple(false, false)));
        assertEquals(false, AccessRule.worksOnCase(withGrant, couple(false, false)), "a grant is not working on it");
        Caller otherCaseGrant = new Caller(OTHER, true, false, Set.of(), Set.of(51L));
        assertEquals(false, AccessRule.mayUseCase(otherCaseGrant, couple(false, false)));
    }

    @Test
    void theIntakeCounsellorAndTheirSupervisorSeeTheClientBeforeAnyCase() {
        assertEquals(true, AccessRule.mayUseClient(counsellor(INTAKE), STRANGER, List.of(), Set.of(INTAKE)));
        assertEquals(true, AccessRule.mayUseClient(supervisor(SUP_OF_OTHER, INTAKE), STRANGER, List.of(),
                Set.of(INTAKE)));
        assertEquals(false, AccessRule.mayUseClient(counsellor(OTHER), STRANGER, List.of(), Set.of(INTAKE)));
        assertEquals(false, AccessRule.mayUseClient(new Caller(INTAKE, false, false, Set.of(), Set.of()), STRANGER,
                List.of(), Set.of(INTAKE)), "without a clinical role nothing counts");
        assertEquals(true, AccessRule.mayUseClient(counsellor(OWN_A), A, List.of(couple(false, false)), Set.of()));
        assertEquals(false, AccessRule.mayUseClient(counsellor(OWN_A), B, List.of(couple(false, false)), Set.of()));
    }
}
