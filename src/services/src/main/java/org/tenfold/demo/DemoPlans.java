package org.tenfold.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseKind;
import org.tenfold.plan.FrameworkStep;
import org.tenfold.plan.GoalStatus;
import org.tenfold.plan.ObjectiveStatus;
import org.tenfold.plan.PlanGoal;
import org.tenfold.plan.PlanTemplates;
import org.tenfold.plan.StepView;
import org.tenfold.plan.TreatmentPlan;

/**
 * The demo couple's treatment plan: version 1 from the couple's template, signed by their counsellor
 * two weeks ago and due for review in ten days, so it shows on the home page of the counsellors and
 * the supervisor. Morgan's case has no plan yet, to start one on screen.
 */
final class DemoPlans {

    private DemoPlans() {
    }

    static void load(EntityManager em) {
        CareCase couple = em.createQuery("SELECT c FROM CareCase c WHERE c.kind = :kind ORDER BY c.id", CareCase.class)
                .setParameter("kind", CaseKind.COUPLE).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (couple == null) {
            return;
        }
        List<StepView> steps = em.createNamedQuery("FrameworkStep.findAll", FrameworkStep.class).getResultList()
                .stream().map(StepView::of).toList();
        Instant signed = Instant.now().minus(Duration.ofDays(14));
        TreatmentPlan plan = new TreatmentPlan(couple.getId(), 1, true, null,
                LocalDate.now(ZoneOffset.UTC).plusDays(10), "counsellor", signed);
        for (PlanTemplates.Suggestion s : PlanTemplates.suggestionsFor(couple, steps)) {
            boolean started = s.stepCode().equals("ACKNOWLEDGE") || s.stepCode().equals("COMMUNICATE");
            PlanGoal goal = plan.addGoal(UUID.randomUUID().toString(), s.stepCode(), s.clientId(), s.statement(),
                    s.interventions(), started ? GoalStatus.IN_PROGRESS : GoalStatus.NOT_STARTED,
                    s.stepCode().equals("ACKNOWLEDGE") ? "Ready to begin disclosure preparation; pace set by Jordan."
                            : null);
            if (s.stepCode().equals("COMMUNICATE")) {
                goal.addObjective(UUID.randomUUID().toString(), "Hold a 20-minute check-in every Sunday for six weeks",
                        LocalDate.now(ZoneOffset.UTC).plusDays(28), ObjectiveStatus.IN_PROGRESS);
            }
        }
        // goals go in while the plan is a draft: the database refuses them on a signed plan
        em.persist(plan);
        em.flush();
        plan.sign("counsellor", signed);
        em.flush();
    }
}
