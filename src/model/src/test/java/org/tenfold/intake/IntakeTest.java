package org.tenfold.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntakeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    static IntakeAnswers complete() {
        IntakeAnswers a = new IntakeAnswers();
        a.setPresentingConcerns("Wants to stop a habit that harms the relationship.");
        a.setBehaviourWhat("Late-night browsing.");
        a.setBehaviourSince("About five years");
        a.setBehaviourFrequency("Most evenings");
        a.setBehaviourMostRecent("Last week");
        a.setRelationshipStatus(RelationshipStatus.MARRIED);
        a.setPartnerInCare(PartnerInCare.WILL_BE);
        a.setSelfHarmThoughts(false);
        a.setProtectiveFactors("Supportive sibling, work.");
        a.setViolenceAtHome(false);
        a.setSafeAtHome(true);
        a.setRiskToOthers(false);
        return a;
    }

    @Test
    void aDraftTakesPartialAnswersAndSubmitNamesEveryMissingField() {
        Intake intake = new Intake(1, "counsellor", NOW);
        IntakeAnswers partial = new IntakeAnswers();
        partial.setPresentingConcerns("  Something  ");
        assertEquals(Map.of(), intake.save(partial, "counsellor", NOW));
        assertEquals("Something", intake.getAnswers().getPresentingConcerns());

        Map<String, String> missing = intake.submit("counsellor", NOW);
        assertEquals(List.of("behaviourWhat", "behaviourSince", "behaviourFrequency", "behaviourMostRecent",
                "relationshipStatus", "partnerInCare", "selfHarmThoughts", "protectiveFactors", "violenceAtHome",
                "safeAtHome", "riskToOthers"), List.copyOf(missing.keySet()));
        assertEquals(IntakeStatus.DRAFT, intake.getStatus());
    }

    @Test
    void aCompleteIntakeSubmitsThenMustStayComplete() {
        Intake intake = new Intake(1, "counsellor", NOW);
        intake.save(complete(), "counsellor", NOW);
        assertEquals(Map.of(), intake.submit("counsellor", NOW));
        assertEquals(IntakeStatus.SUBMITTED, intake.getStatus());
        IntakeAnswers emptied = complete();
        emptied.setPresentingConcerns(" ");
        assertEquals(List.of("presentingConcerns"), List.copyOf(intake.save(emptied, "counsellor", NOW).keySet()));
        assertEquals("Wants to stop a habit that harms the relationship.",
                intake.getAnswers().getPresentingConcerns(), "nothing half-saved");
        assertThrows(IllegalStateException.class, () -> intake.submit("counsellor", NOW));
        intake.review("counsellor", NOW);
        assertEquals(IntakeStatus.REVIEWED, intake.getStatus());
    }

    @Test
    void thoughtsOfSelfHarmAskForPlanMeansAndDetails() {
        IntakeAnswers a = complete();
        a.setSelfHarmThoughts(true);
        assertTrue(a.positiveRisk());
        assertEquals(List.of("suicidePlan", "suicideMeans", "riskDetails"), List.copyOf(a.missingForSubmit().keySet()));
        a.setSuicidePlan(false);
        a.setSuicideMeans(false);
        a.setRiskDetails("Passing thoughts; safety plan agreed.");
        assertEquals(Map.of(), a.missingForSubmit());
    }

    @Test
    void everyRiskQuestionCanBePositive() {
        assertFalse(complete().positiveRisk());
        IntakeAnswers notSafe = complete();
        notSafe.setSafeAtHome(false);
        assertTrue(notSafe.positiveRisk());
        IntakeAnswers violence = complete();
        violence.setViolenceAtHome(true);
        assertTrue(violence.positiveRisk());
        IntakeAnswers others = complete();
        others.setRiskToOthers(true);
        assertTrue(others.positiveRisk());
        assertEquals(List.of("riskDetails"), List.copyOf(others.missingForSubmit().keySet()));
    }

    @Test
    void frontDeskPartIsOnlyTheRelationshipBasics() {
        IntakeAnswers clinical = complete();
        IntakeAnswers fromDesk = new IntakeAnswers();
        fromDesk.setRelationshipStatus(RelationshipStatus.SEPARATED);
        fromDesk.setPresentingConcerns("ignored");
        IntakeAnswers merged = clinical.withFrontDeskPart(fromDesk);
        assertEquals(RelationshipStatus.SEPARATED, merged.getRelationshipStatus());
        assertEquals(null, merged.getPartnerInCare());
        assertEquals(clinical.getPresentingConcerns(), merged.getPresentingConcerns());
        assertEquals(null, clinical.frontDeskPart().getPresentingConcerns());
    }
}
