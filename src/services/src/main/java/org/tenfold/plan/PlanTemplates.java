package org.tenfold.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseKind;
import org.tenfold.care.CaseMember;
import org.tenfold.care.CaseRole;

/**
 * Suggested goals for a new plan, in the clinic's words; the counsellor edits them in the draft.
 * A couple's plan gets goals under each of the ten steps, for whom the step concerns: the partner in
 * recovery, the couple (steps both work on together), or each partner separately. An individual
 * in recovery gets the steps that concern them (all but the couple's own step).
 */
public final class PlanTemplates {

    /** A suggested goal: the step, the member (null: the couple), the statement and interventions. */
    public record Suggestion(String stepCode, Long clientId, String statement, String interventions) {
    }

    private record Text(String statement, String interventions) {
    }

    private static final Map<String, Text> COUPLE = Map.of(
            "ACKNOWLEDGE", new Text("Give a full and honest account of the behaviour and its history, and take "
                    + "responsibility for its impact without minimising or blaming.",
                    "Accountability work in individual sessions; preparation for a structured disclosure."),
            "COMMUNICATE", new Text("Hold a weekly check-in where each partner speaks honestly about how they are "
                    + "and is heard without interruption.", "Speaker-listener technique practised in session."),
            "PROFESSIONAL_HELP", new Text("Attend couple sessions as agreed, and each partner has support of their "
                    + "own (individual counselling or a group).", "Couple sessions; referral to individual support."),
            "BOUNDARIES", new Text("Agree together on boundaries that help both partners feel safe, what happens if "
                    + "one is crossed, and when to review them.", "Boundary agreement drafted and reviewed in session."),
            "PATIENCE", new Text("Accept that trust returns gradually: name setbacks without giving up, and let the "
                    + "hurt partner set the pace.", "Psychoeducation on the stages of recovery and of trust."),
            "MILESTONES", new Text("Notice and mark progress together: time in recovery, hard conversations handled "
                    + "well, boundaries kept.", "Milestones reviewed at the start of each session."),
            "EDUCATION", new Text("Learn about addiction, recovery and betrayal trauma through agreed reading, a "
                    + "workshop or a support group.", "Reading and support groups suggested by the counsellor."),
            "INTIMACY", new Text("Rebuild emotional closeness first (shared time, affection without pressure), then "
                    + "physical intimacy at a pace both agree to.", "Graded intimacy exercises when both are ready."));

    private static final Map<String, Text> EACH_IN_RECOVERY = Map.of(
            "ACKNOWLEDGE", COUPLE.get("ACKNOWLEDGE"),
            "EMPATHY", new Text("Understand and acknowledge the impact of the betrayal on the partner, in the "
                    + "partner's own words.", "Impact letter work; empathic listening practice."),
            "SELF_CARE", new Text("Keep a weekly self-care routine (sleep, exercise, contact with supportive friends) "
                    + "that supports recovery.", "Self-care plan made and reviewed in session."));

    private static final Map<String, Text> EACH_PARTNER = Map.of(
            "EMPATHY", new Text("When ready, understand what lay behind the behaviour, without excusing it or taking "
                    + "responsibility for it.", "Psychoeducation on addiction; individual processing of the hurt."),
            "SELF_CARE", new Text("Keep a weekly self-care routine that supports their own wellbeing, whatever the "
                    + "partner's recovery does.", "Self-care plan made and reviewed in session; own support."));

    private static final Map<String, Text> INDIVIDUAL = Map.of(
            "ACKNOWLEDGE", COUPLE.get("ACKNOWLEDGE"),
            "COMMUNICATE", new Text("Speak honestly with the people who matter (partner, family) about recovery, and "
                    + "practise listening without defending.", "Communication skills practised in session."),
            "PROFESSIONAL_HELP", new Text("Attend sessions as agreed and join a recovery support group.",
                    "Individual sessions; referral to a support group."),
            "BOUNDARIES", new Text("Set personal boundaries that protect recovery (devices, places, times of day) and "
                    + "keep to them.", "Relapse-prevention plan; boundary review in session."),
            "PATIENCE", new Text("Accept that change and trust take time: expect setbacks, learn from them and keep "
                    + "going.", "Psychoeducation on the stages of recovery."),
            "EMPATHY", new Text("Understand the impact of the behaviour on others, and respond to their hurt without "
                    + "defending.", "Impact work; empathic listening practice."),
            "MILESTONES", new Text("Notice and mark progress: time in recovery, urges managed, commitments kept.",
                    "Milestones reviewed at the start of each session."),
            "EDUCATION", new Text("Learn about addiction and recovery through agreed reading, a workshop or a "
                    + "support group.", "Reading and support groups suggested by the counsellor."),
            "SELF_CARE", EACH_IN_RECOVERY.get("SELF_CARE"));

    private PlanTemplates() {
    }

    /** The suggested goals for this case, in step order. */
    public static List<Suggestion> suggestionsFor(CareCase c, List<StepView> steps) {
        List<Suggestion> out = new ArrayList<>();
        if (c.getKind() == CaseKind.INDIVIDUAL) {
            long client = c.getMembers().get(0).getClientId();
            for (StepView step : steps) {
                Text t = INDIVIDUAL.get(step.code());
                if (step.concerns() != StepConcern.COUPLE && t != null) {
                    out.add(new Suggestion(step.code(), client, t.statement(), t.interventions()));
                }
            }
            return out;
        }
        Long inRecovery = member(c, CaseRole.IN_RECOVERY);
        Long partner = member(c, CaseRole.PARTNER);
        for (StepView step : steps) {
            switch (step.concerns()) {
                case IN_RECOVERY -> add(out, step, inRecovery, EACH_IN_RECOVERY.getOrDefault(step.code(),
                        COUPLE.get(step.code())));
                case EACH -> {
                    add(out, step, inRecovery, EACH_IN_RECOVERY.get(step.code()));
                    add(out, step, partner, EACH_PARTNER.get(step.code()));
                }
                case BOTH, COUPLE -> add(out, step, null, COUPLE.get(step.code()));
            }
        }
        return out;
    }

    private static void add(List<Suggestion> out, StepView step, Long clientId, Text t) {
        if (t != null) {
            out.add(new Suggestion(step.code(), clientId, t.statement(), t.interventions()));
        }
    }

    private static Long member(CareCase c, CaseRole role) {
        return c.getMembers().stream().filter(m -> m.getRole() == role).map(CaseMember::getClientId).findFirst()
                .orElse(null);
    }
}
