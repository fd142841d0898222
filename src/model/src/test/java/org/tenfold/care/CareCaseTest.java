package org.tenfold.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A case's members, who attends its sessions, and closing and reopening it. */
class CareCaseTest {

    private static final LocalDate OPENED = LocalDate.of(2027, 1, 4);
    private static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

    private static CareCase couple() {
        return new CareCase(CaseKind.COUPLE, 5, null, List.of(new CaseMember(11, CaseRole.IN_RECOVERY, null),
                new CaseMember(12, CaseRole.PARTNER, 6L)), OPENED, "counsellor", NOW);
    }

    private static CareCase individual() {
        return new CareCase(CaseKind.INDIVIDUAL, 5, null, List.of(new CaseMember(11, CaseRole.INDIVIDUAL, null)), OPENED,
                "counsellor", NOW);
    }

    @Test
    void aCaseHasTheMembersItsKindNeeds() {
        assertNull(CareCase.membersProblem(CaseKind.COUPLE, couple().getMembers()));
        assertThrows(IllegalArgumentException.class, () -> new CareCase(CaseKind.COUPLE, 5, null,
                List.of(new CaseMember(11, CaseRole.IN_RECOVERY, null), new CaseMember(11, CaseRole.PARTNER, null)),
                OPENED, "c", NOW), "two different clients");
        assertThrows(IllegalArgumentException.class, () -> new CareCase(CaseKind.COUPLE, 5, null,
                List.of(new CaseMember(11, CaseRole.PARTNER, null), new CaseMember(12, CaseRole.PARTNER, null)),
                OPENED, "c", NOW), "one in recovery, one partner");
        assertThrows(IllegalArgumentException.class, () -> new CareCase(CaseKind.INDIVIDUAL, 5, null,
                List.of(new CaseMember(11, CaseRole.PARTNER, null)), OPENED, "c", NOW));
        assertThrows(IllegalArgumentException.class, () -> new CareCase(CaseKind.INDIVIDUAL, 5, 5L,
                List.of(new CaseMember(11, CaseRole.INDIVIDUAL, null)), OPENED, "c", NOW), "a second counsellor is someone else");
    }

    @Test
    void aCoupleSessionIsForBothPartnersAndAnIndividualOneForOne() {
        CareCase c = couple();
        assertEquals(List.of(11L, 12L), c.attendees(List.of(), true, false), "none named: both");
        assertEquals(List.of(12L), c.attendees(List.of(12L), false, true));
        assertThrows(IllegalArgumentException.class, () -> c.attendees(List.of(11L), true, false));
        assertThrows(IllegalArgumentException.class, () -> c.attendees(List.of(), false, true), "choose which partner");
        CareCase.AttendanceRefused stranger = assertThrows(CareCase.AttendanceRefused.class,
                () -> c.attendees(List.of(11L, 99L), true, false));
        assertTrue(stranger.getMessage().contains("Client 99 is not a member"), stranger.getMessage());
        assertEquals("clientIds", stranger.field());
        assertEquals(List.of(11L, 12L), c.attendees(List.of(11L, 12L), false, false), "an intake may have both");
    }

    @Test
    void anIndividualCaseHasNoCoupleSessions() {
        CareCase c = individual();
        assertEquals(List.of(11L), c.attendees(List.of(), false, true));
        CareCase.AttendanceRefused e = assertThrows(CareCase.AttendanceRefused.class, () -> c.attendees(List.of(), true, false));
        assertTrue(e.getMessage().contains("individual case"), e.getMessage());
        assertEquals("type", e.field(), "the session's type is what to change");
    }

    @Test
    void aClosedCaseReopensOnceAndCloseIsNotRepeated() {
        CareCase c = individual();
        c.close(CloseReason.values()[0], LocalDate.of(2027, 6, 1));
        assertEquals(CaseStatus.CLOSED, c.getStatus());
        assertThrows(IllegalStateException.class, () -> c.close(CloseReason.values()[0], LocalDate.of(2027, 6, 2)));
        c.reopen();
        assertEquals(CaseStatus.OPEN, c.getStatus());
        assertNull(c.getClosedOn());
        assertThrows(IllegalStateException.class, c::reopen);
    }
}
