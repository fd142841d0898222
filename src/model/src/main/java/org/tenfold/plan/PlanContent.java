package org.tenfold.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical text of a plan's content, whose SHA-256 is stored when the plan is signed. Every
 * field is written as {@code name=length:value} on its own line, so no value can be mistaken for
 * another field, and goals and objectives come in their order on the plan (then by key). Identity
 * that is not content (database ids, optimistic-lock versions, who signed) is left out, so a copy of
 * the same content hashes the same.
 */
public final class PlanContent {

    private PlanContent() {
    }

    public static String canonical(TreatmentPlan plan) {
        StringBuilder b = new StringBuilder("tenfold-plan/1\n");
        field(b, "case", plan.getCaseId());
        field(b, "planVersion", plan.getPlanVersion());
        field(b, "reviewOn", plan.getReviewOn());
        List<PlanGoal> goals = plan.getGoals().stream()
                .sorted(Comparator.comparingInt(PlanGoal::getPosition).thenComparing(PlanGoal::getGoalKey)).toList();
        for (PlanGoal g : goals) {
            field(b, "goal", g.getGoalKey());
            field(b, "step", g.getStepCode());
            field(b, "member", g.isForCouple() ? "COUPLE" : g.getClientId());
            field(b, "statement", g.getStatement());
            field(b, "interventions", g.getInterventions());
            field(b, "status", g.getStatus());
            field(b, "clinicianNote", g.getClinicianNote());
            List<PlanObjective> objectives = g.getObjectives().stream()
                    .sorted(Comparator.comparingInt(PlanObjective::getPosition)
                            .thenComparing(PlanObjective::getObjectiveKey)).toList();
            for (PlanObjective o : objectives) {
                field(b, "objective", o.getObjectiveKey());
                field(b, "text", o.getText());
                field(b, "targetDate", o.getTargetDate());
                field(b, "objectiveStatus", o.getStatus());
            }
        }
        return b.toString();
    }

    public static String sha256(TreatmentPlan plan) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(plan).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void field(StringBuilder b, String name, Object value) {
        b.append(name).append('=');
        if (value == null) {
            b.append('-');
        } else {
            String s = value.toString();
            b.append(s.length()).append(':').append(s);
        }
        b.append('\n');
    }
}
