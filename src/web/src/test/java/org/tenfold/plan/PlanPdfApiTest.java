package org.tenfold.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.report.Audience;

class PlanPdfApiTest {

    @Test
    void clinicianAndClientInAnyCaseAndNothingElse() {
        assertEquals(Audience.CLINICIAN, PlanPdfApi.audience("clinician"));
        assertEquals(Audience.CLIENT, PlanPdfApi.audience(" CLIENT "));
        for (String bad : new String[] {null, "", "everyone", "CLINICIAN_ONLY"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> PlanPdfApi.audience(bad));
            assertTrue(e.fieldErrors().containsKey("audience"), String.valueOf(bad));
        }
    }
}
