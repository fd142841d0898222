package org.tenfold.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TreatmentPlanTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    static TreatmentPlan plan() {
        TreatmentPlan p = new TreatmentPlan(7, 1, false, null, LocalDate.of(2026, 6, 1), "counsellor", NOW);
        PlanGoal g = p.addGoal("k1", "ACKNOWLEDGE", 11L, "Write a full account", "CBT", GoalStatus.NOT_STARTED,
                "private");
        g.addObjective("o1", "Share the account in session", LocalDate.of(2026, 4, 1), ObjectiveStatus.NOT_STARTED);
        p.addGoal("k2", "INTIMACY", null, "A weekly evening together", null, GoalStatus.IN_PROGRESS, null);
        return p;
    }

    @Test
    void theSameContentHashesTheSameAndAnyChangeChangesTheHash() {
        String first = PlanContent.sha256(plan());
        assertEquals(first, PlanContent.sha256(plan()));
        assertEquals(64, first.length());
        TreatmentPlan changed = plan();
        changed.getGoals().get(0).change("ACKNOWLEDGE", 11L, "Write a full account", "CBT", GoalStatus.NOT_STARTED,
                "private, edited");
        assertNotEquals(first, PlanContent.sha256(changed), "the clinician note is content too");
        TreatmentPlan objective = plan();
        objective.getGoals().get(0).getObjectives().get(0).change("Share the account in session", null,
                ObjectiveStatus.NOT_STARTED);
        assertNotEquals(first, PlanContent.sha256(objective));
    }

    @Test
    void valuesCannotMasqueradeAsOtherFields() {
        TreatmentPlan a = new TreatmentPlan(7, 1, false, null, null, "c", NOW);
        a.addGoal("k", "PATIENCE", 1L, "x\nstatus=5:PAUSED", null, GoalStatus.NOT_STARTED, null);
        TreatmentPlan b = new TreatmentPlan(7, 1, false, null, null, "c", NOW);
        b.addGoal("k", "PATIENCE", 1L, "x", null, GoalStatus.PAUSED, null);
        assertNotEquals(PlanContent.canonical(a), PlanContent.canonical(b));
    }

    @Test
    void aSignedPlanRefusesEveryChange() {
        TreatmentPlan p = plan();
        p.sign("counsellor", NOW);
        assertEquals(PlanStatus.SIGNED, p.getStatus());
        assertEquals(PlanContent.sha256(p), p.getContentSha256());
        PlanGoal g = p.getGoals().get(0);
        PlanObjective o = g.getObjectives().get(0);
        assertThrows(IllegalStateException.class, () -> p.setReviewOn(LocalDate.of(2027, 1, 1)));
        assertThrows(IllegalStateException.class, () -> p.addGoal("k3", "PATIENCE", null, "x", null,
                GoalStatus.NOT_STARTED, null));
        assertThrows(IllegalStateException.class, () -> p.removeGoal(g));
        assertThrows(IllegalStateException.class, () -> g.change("PATIENCE", null, "x", null, GoalStatus.PAUSED, null));
        assertThrows(IllegalStateException.class, () -> g.addObjective("o2", "x", null, ObjectiveStatus.NOT_STARTED));
        assertThrows(IllegalStateException.class, () -> g.removeObjective(o));
        assertThrows(IllegalStateException.class, () -> o.change("x", null, ObjectiveStatus.ACHIEVED));
        assertThrows(IllegalStateException.class, () -> p.sign("counsellor", NOW));
        p.supersede(NOW);
        assertEquals(PlanStatus.SUPERSEDED, p.getStatus());
        assertTrue(p.getContentSha256().equals(PlanContent.sha256(p)), "superseding leaves the content alone");
    }
}
