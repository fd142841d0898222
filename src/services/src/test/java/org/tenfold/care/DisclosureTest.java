package org.tenfold.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tenfold.care.AccessRule.CaseFacts;
import org.tenfold.care.AccessRule.Caller;
import org.tenfold.care.AccessRule.Member;
import org.tenfold.care.Disclosure.Purpose;

/**
 * Every purpose against every owner: the couple's items, the subject's own, the other partner's own with
 * and without their sharing choice, made by the lead counsellor and by each partner's own counsellor.
 */
class DisclosureTest {

    static final long LEAD = 1, OWN_A = 3, OWN_J = 4, STRANGER = 5;
    static final long A = 100, J = 200;

    static CaseFacts couple(boolean aShares, boolean jShares) {
        return new CaseFacts(50, LEAD, null, List.of(new Member(A, OWN_A, aShares), new Member(J, OWN_J, jShares)));
    }

    static Caller counsellor(long id) {
        return new Caller(id, true, false, Set.of(), Set.of());
    }

    static Disclosure of(Purpose p, long maker, CaseFacts facts, Long subject) {
        return p == Purpose.STAFF ? Disclosure.forStaff(counsellor(maker), facts)
                : Disclosure.forClients(p, counsellor(maker), facts, subject);
    }

    /** What each purpose shows of A's, J's and the couple's items when A shares and J does not. */
    @Test
    void theMatrixWhenOnePartnerDoesNotShare() {
        CaseFacts facts = couple(true, false);
        record Row(Purpose purpose, long maker, Long subject, boolean couple, boolean a, boolean j) {
        }
        List<Row> rows = List.of(
                new Row(Purpose.STAFF, LEAD, null, true, true, true),
                new Row(Purpose.STAFF, OWN_A, null, true, true, false),
                new Row(Purpose.STAFF, OWN_J, null, true, true, true),
                new Row(Purpose.STAFF, STRANGER, null, true, false, false),
                new Row(Purpose.JOINT_REPORT, LEAD, null, true, true, false),
                new Row(Purpose.JOINT_REPORT, OWN_J, null, true, true, false),
                new Row(Purpose.PLAN_CLIENT_COPY, LEAD, null, true, true, false),
                new Row(Purpose.PLAN_CLIENT_COPY, OWN_A, null, true, true, false),
                new Row(Purpose.OWN_REPORT, LEAD, A, true, true, false),
                new Row(Purpose.OWN_REPORT, LEAD, J, true, false, true),
                new Row(Purpose.OWN_REPORT, OWN_A, J, true, false, false),
                new Row(Purpose.RECORD_EXPORT, LEAD, A, true, true, false),
                new Row(Purpose.RECORD_EXPORT, LEAD, J, true, false, true),
                new Row(Purpose.RECORD_EXPORT, OWN_A, A, true, true, false),
                new Row(Purpose.RECORD_EXPORT, OWN_J, J, true, false, true));
        List<String> wrong = new ArrayList<>();
        for (Row r : rows) {
            Disclosure d = of(r.purpose(), r.maker(), facts, r.subject());
            List<Boolean> seen = List.of(d.mayShow(null), d.mayShow(A), d.mayShow(J));
            if (!seen.equals(List.of(r.couple(), r.a(), r.j()))) {
                wrong.add(r + " gave couple/A/J " + seen);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theOtherPartnersOwnItemsNeverReachAnOwnReportOrExportEvenWhenShared() {
        CaseFacts bothShare = couple(true, true);
        for (Purpose p : List.of(Purpose.OWN_REPORT, Purpose.RECORD_EXPORT)) {
            assertEquals(false, of(p, LEAD, bothShare, A).mayShow(J), p + " of A");
            assertEquals(true, of(p, LEAD, bothShare, A).mayShow(A), p + " of A");
        }
        assertEquals(true, of(Purpose.JOINT_REPORT, LEAD, bothShare, null).mayShow(J), "shared: in the joint report");
    }

    @Test
    void anIndividualCaseGivesItsClientEverything() {
        CaseFacts single = new CaseFacts(60, LEAD, null, List.of(new Member(A, null, false)));
        for (Purpose p : Purpose.values()) {
            if (p == Purpose.PORTAL) {
                continue; // read by the client, made by no one: aPortalShowsTheCouplesItemsAndOnlyTheReadersOwn
            }
            Long subject = p == Purpose.OWN_REPORT || p == Purpose.RECORD_EXPORT ? A : null;
            if (p != Purpose.JOINT_REPORT) {
                assertEquals(true, of(p, LEAD, single, subject).mayShow(A), p.name());
            }
            assertEquals(false, of(p, STRANGER, single, subject).mayShow(A), p + " by someone off the case");
        }
    }

    @Test
    void aNonMemberIsNeverShownAndWithheldMembersAreNamed() {
        Disclosure d = of(Purpose.STAFF, OWN_A, couple(true, false), null);
        assertEquals(false, d.mayShow(999L));
        assertEquals(Set.of(J), d.withheldMembers());
        assertEquals(List.of(10, 30), d.keep(List.of(10, 20, 30), i -> i == 20 ? Long.valueOf(J) : i == 10 ? null : Long.valueOf(A)));
    }

    @Test
    void aPurposeAboutOneMemberNeedsThatMember() {
        CaseFacts facts = couple(true, false);
        assertThrows(IllegalArgumentException.class, () -> of(Purpose.RECORD_EXPORT, LEAD, facts, null));
        assertThrows(IllegalArgumentException.class, () -> of(Purpose.OWN_REPORT, LEAD, facts, 999L));
        assertThrows(IllegalArgumentException.class, () -> of(Purpose.JOINT_REPORT, LEAD, facts, A));
        assertThrows(IllegalArgumentException.class, () -> Disclosure.forClients(Purpose.STAFF, counsellor(LEAD),
                facts, null));
    }

    /** A client's own portal: the couple's items and their own, never the partner's own, whatever either shares. */
    @Test
    void aPortalShowsTheCouplesItemsAndOnlyTheReadersOwn() {
        for (boolean aShares : new boolean[] {true, false}) {
            for (boolean jShares : new boolean[] {true, false}) {
                CaseFacts facts = couple(aShares, jShares);
                Disclosure alex = Disclosure.forPortal(facts, A);
                Disclosure jordan = Disclosure.forPortal(facts, J);
                String when = "A shares " + aShares + ", J shares " + jShares;
                assertEquals(List.of(true, true, false), List.of(alex.mayShow(null), alex.mayShow(A), alex.mayShow(J)),
                        "Alex's portal, " + when);
                assertEquals(List.of(true, false, true), List.of(jordan.mayShow(null), jordan.mayShow(A),
                        jordan.mayShow(J)), "Jordan's portal, " + when);
                assertEquals(Set.of(J), alex.withheldMembers(), when);
                assertEquals(Purpose.PORTAL, alex.purpose());
                assertEquals(A, alex.subject());
            }
        }
        assertEquals(false, Disclosure.forPortal(couple(true, true), A).mayShow(999L), "a stranger's item");
        assertThrows(IllegalArgumentException.class, () -> Disclosure.forPortal(couple(true, true), 999),
                "a portal is read by a member of the case");
        assertThrows(IllegalArgumentException.class,
                () -> Disclosure.forClients(Purpose.PORTAL, counsellor(LEAD), couple(true, true), A),
                "no member of staff makes a client's portal");
    }
}
