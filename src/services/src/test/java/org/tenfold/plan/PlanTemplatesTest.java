package org.tenfold.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseKind;
import org.tenfold.care.CaseMember;
import org.tenfold.care.CaseRole;

class PlanTemplatesTest {

    private static final List<StepView> STEPS = List.of(
            step("ACKNOWLEDGE", 1, StepConcern.IN_RECOVERY), step("COMMUNICATE", 2, StepConcern.BOTH),
            step("PROFESSIONAL_HELP", 3, StepConcern.BOTH), step("BOUNDARIES", 4, StepConcern.BOTH),
            step("PATIENCE", 5, StepConcern.BOTH), step("EMPATHY", 6, StepConcern.EACH),
            step("MILESTONES", 7, StepConcern.BOTH), step("EDUCATION", 8, StepConcern.BOTH),
            step("SELF_CARE", 9, StepConcern.EACH), step("INTIMACY", 10, StepConcern.COUPLE));

    private static StepView step(String code, int number, StepConcern concerns) {
        return new StepView(code, number, code, code, concerns, null, null, 0);
    }

    @Test
    void aCoupleGetsGoalsUnderEveryStepForWhomTheStepConcerns() {
        CareCase c = new CareCase(CaseKind.COUPLE, 1, null, List.of(new CaseMember(10, CaseRole.IN_RECOVERY, null),
                new CaseMember(20, CaseRole.PARTNER, null)), LocalDate.of(2026, 1, 5), "c", Instant.EPOCH);
        Map<String, List<PlanTemplates.Suggestion>> byStep = PlanTemplates.suggestionsFor(c, STEPS).stream()
                .collect(Collectors.groupingBy(PlanTemplates.Suggestion::stepCode));
        assertEquals(10, byStep.size(), "every step");
        assertEquals(10L, byStep.get("ACKNOWLEDGE").get(0).clientId());
        assertNull(byStep.get("BOUNDARIES").get(0).clientId(), "agreed together: the couple's goal");
        assertNull(byStep.get("INTIMACY").get(0).clientId());
        for (String each : List.of("EMPATHY", "SELF_CARE")) {
            assertEquals(List.of(10L, 20L), byStep.get(each).stream().map(PlanTemplates.Suggestion::clientId).toList());
        }
        assertTrue(byStep.values().stream().flatMap(List::stream)
                .allMatch(s -> !s.statement().isBlank() && !s.interventions().isBlank()));
    }

    @Test
    void anIndividualInRecoveryGetsTheStepsThatConcernThem() {
        CareCase c = new CareCase(CaseKind.INDIVIDUAL, 1, null, List.of(new CaseMember(30, CaseRole.INDIVIDUAL, null)),
                LocalDate.of(2026, 1, 5), "c", Instant.EPOCH);
        List<PlanTemplates.Suggestion> s = PlanTemplates.suggestionsFor(c, STEPS);
        assertEquals(9, s.size());
        assertTrue(s.stream().allMatch(g -> g.clientId() == 30L));
        assertFalse(s.stream().anyMatch(g -> g.stepCode().equals("INTIMACY")));
    }
}
