package org.tenfold.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tenfold.care.CaseKind;
import org.tenfold.scheduling.CaseChoice.Name;

/** How front desk reads a case: kind, members' names, primary counsellor. */
class CaseChoiceTest {

    @Test
    void partnersWhoShareALastNameAreNamedOnce() {
        assertEquals("Couple case — Alex & Jordan Demoulin — counsellor Casey Counsellor", CaseChoice.label(
                CaseKind.COUPLE, List.of(new Name("Alex", "Demoulin"), new Name("Jordan", "Demoulin")),
                "Casey Counsellor"));
    }

    @Test
    void partnersWithTwoLastNamesAreNamedInFull() {
        assertEquals("Couple case — Rae Okafor & Sol Lindqvist — counsellor Casey Counsellor", CaseChoice.label(
                CaseKind.COUPLE, List.of(new Name("Rae", "Okafor"), new Name("Sol", "Lindqvist")), "Casey Counsellor"));
    }

    @Test
    void anIndividualCaseNamesItsClient() {
        assertEquals("Individual case — Morgan Fictional — counsellor Kim Two", CaseChoice.label(CaseKind.INDIVIDUAL,
                List.of(new Name("Morgan", "Fictional")), "Kim Two"));
    }
}
