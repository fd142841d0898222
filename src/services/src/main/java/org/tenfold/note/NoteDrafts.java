package org.tenfold.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tenfold.note.NoteInputs.HomeworkInput;
import org.tenfold.note.NoteInputs.MilestoneInput;
import org.tenfold.note.NoteInputs.NoteDraft;
import org.tenfold.note.NoteInputs.StepInput;
import org.tenfold.plan.FrameworkCatalogue;
import org.tenfold.plan.ObjectiveStatus;
import org.tenfold.plan.PlanObjective;
import org.tenfold.platform.InvalidInputException;

/**
 * A draft's content: checked field by field against the note's format, the ten steps and the case's plan
 * and homework (every problem reported at once), compared with what is stored, and written to the note.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class NoteDrafts {

    static final int CONCERN_MAX = 5000;

    @Inject
    FrameworkCatalogue framework;

    @Inject
    NoteLinks links;

    // ---------------------------------------------------------------------------------------------

    /** A draft's content as the service compares and stores it. */
    record Content(NoteFormat format, List<String> sections, RiskUpdate riskUpdate, String riskConcern,
            Long riskClientId, String homeworkText, List<StepRow> steps, List<HomeworkRow> homework,
            List<MilestoneRow> milestones) {
    }

    record StepRow(String stepCode, Integer rating, String comment, Long goalId, Long objectiveId,
            ObjectiveStatus objectiveStatus) {
    }

    record HomeworkRow(HomeworkKind kind, Long refId, String detail) {
    }

    record MilestoneRow(Long clientId, String description) {
    }

    static Content content(SessionNote n) {
        return new Content(n.getFormat(), List.copyOf(nulls(n.sections())), n.getRiskUpdate(), n.getRiskConcern(),
                n.getRiskClientId(), n.getHomeworkText(),
                n.getSteps().stream().map(s -> new StepRow(s.getStepCode(), s.getRating(), s.getComment(),
                        s.getGoalId(), s.getObjectiveId(), s.getObjectiveStatus())).toList(),
                n.getHomework().stream().map(h -> new HomeworkRow(h.getKind(), h.getRefId(), h.getDetail())).toList(),
                n.getMilestones().stream().map(m -> new MilestoneRow(m.getClientId(), m.getDescription())).toList());
    }

    /** List.copyOf refuses nulls; sections may be empty, kept as "". */
    private static List<String> nulls(List<String> texts) {
        return texts.stream().map(t -> t == null ? "" : t).toList();
    }

    static void apply(SessionNote note, Content c) {
        note.write(c.format(), c.sections().stream().map(t -> t.isEmpty() ? null : t).toList(), c.riskUpdate(),
                c.riskConcern(), c.riskClientId(), c.homeworkText(), Instant.now());
        note.replaceSteps(c.steps().stream().map(s -> new NoteStep(s.stepCode(), s.rating(), s.comment(),
                s.goalId(), s.objectiveId(), s.objectiveStatus())).toList());
        note.replaceHomework(c.homework().stream().map(h -> new NoteHomework(h.kind(), h.refId(), h.detail()))
                .toList());
        note.replaceMilestones(c.milestones().stream().map(m -> new NoteMilestone(m.clientId(), m.description()))
                .toList());
    }

    Content validate(SessionNote note, NoteDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        NoteLinks.Names names = links.of(note.getCaseId());
        NoteFormat format = note.getFormat();
        if (d.format != null && !d.format.isBlank()) {
            try {
                format = NoteFormat.valueOf(d.format.strip());
            } catch (IllegalArgumentException e) {
                errors.put("format", "The format is one of DAP, SOAP or BIRP.");
            }
        }
        List<String> sections = new ArrayList<>();
        format.sections().forEach(s -> sections.add(""));
        if (d.sections != null) {
            for (Map.Entry<String, String> e : d.sections.entrySet()) {
                int i = format.indexOf(e.getKey());
                if (i < 0) {
                    errors.put("sections", "A " + format + " note has the sections " + format.sections().stream()
                            .map(NoteFormat.Section::code).collect(Collectors.joining(", ")) + ".");
                } else if (e.getValue() != null && e.getValue().length() > SessionNote.SECTION_MAX) {
                    errors.put("sections." + e.getKey(), "A section holds at most " + SessionNote.SECTION_MAX
                            + " characters.");
                } else {
                    sections.set(i, e.getValue() == null || e.getValue().isBlank() ? "" : e.getValue());
                }
            }
        }
        List<StepRow> steps = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<StepInput> stepInputs = d.steps == null ? List.of() : d.steps;
        for (int i = 0; i < stepInputs.size(); i++) {
            StepInput s = stepInputs.get(i);
            String f = "steps[" + i + "]";
            if (s == null || s.stepCode == null || framework.step(s.stepCode.strip()).isEmpty()) {
                errors.put(f + ".stepCode", "Choose one of the ten steps.");
                continue;
            }
            String code = s.stepCode.strip();
            if (!codes.add(code)) {
                errors.put(f + ".stepCode", "Step " + code + " is listed twice.");
            }
            if (s.rating != null && (s.rating < 0 || s.rating > 10)) {
                errors.put(f + ".rating", "A rating is from 0 to 10.");
            }
            String comment = blankToNull(s.comment);
            if (comment != null && comment.length() > NoteStep.COMMENT_MAX) {
                errors.put(f + ".comment", "A step's comment holds at most " + NoteStep.COMMENT_MAX + " characters.");
            }
            if (s.goalId != null && names.goal(s.goalId) == null) {
                errors.put(f + ".goalId", "That goal is not in this case's plan.");
            }
            ObjectiveStatus objectiveStatus = null;
            if (s.objectiveId != null) {
                PlanObjective o = names.objective(s.objectiveId);
                if (o == null || (s.goalId != null && !Objects.equals(o.getGoal().getId(), s.goalId))) {
                    errors.put(f + ".objectiveId", "That objective is not in this case's plan (or not of the goal).");
                }
            }
            if (s.objectiveStatus != null && !s.objectiveStatus.isBlank()) {
                try {
                    objectiveStatus = ObjectiveStatus.valueOf(s.objectiveStatus.strip());
                } catch (IllegalArgumentException e) {
                    errors.put(f + ".objectiveStatus", "The objective's status is one of NOT_STARTED, IN_PROGRESS, "
                            + "ACHIEVED or NOT_ACHIEVED.");
                }
                if (s.objectiveId == null) {
                    errors.put(f + ".objectiveStatus", "Link the objective whose status you record.");
                }
            }
            steps.add(new StepRow(code, s.rating, comment, s.goalId, s.objectiveId, objectiveStatus));
        }
        RiskUpdate riskUpdate = null;
        if (d.riskUpdate != null && !d.riskUpdate.isBlank()) {
            try {
                riskUpdate = RiskUpdate.valueOf(d.riskUpdate.strip());
            } catch (IllegalArgumentException e) {
                errors.put("riskUpdate", "The risk update is NO_CHANGE or NEW_CONCERN.");
            }
        }
        String concern = null;
        Long riskClient = null;
        if (riskUpdate == RiskUpdate.NEW_CONCERN) {
            concern = blankToNull(d.riskConcern);
            if (concern == null || concern.length() > CONCERN_MAX) {
                errors.put("riskConcern", "Describe the new concern (at most " + CONCERN_MAX + " characters).");
            }
            riskClient = d.riskClientId;
            if (riskClient != null && !note.getClientIds().contains(riskClient)) {
                errors.put("riskClientId", "The concern is about a client of this session.");
            }
        }
        List<HomeworkRow> homework = new ArrayList<>();
        List<HomeworkInput> hw = d.homework == null ? List.of() : d.homework;
        for (int i = 0; i < hw.size(); i++) {
            HomeworkInput h = hw.get(i);
            String f = "homework[" + i + "]";
            HomeworkKind kind = null;
            try {
                kind = h == null || h.kind == null ? null : HomeworkKind.valueOf(h.kind.strip());
            } catch (IllegalArgumentException e) {
                kind = null;
            }
            if (kind == null) {
                errors.put(f + ".kind", "Homework is SELF_CARE, EDUCATION or TEXT.");
                continue;
            }
            String detail = blankToNull(h.detail);
            if (detail != null && detail.length() > NoteHomework.DETAIL_MAX) {
                errors.put(f + ".detail", "At most " + NoteHomework.DETAIL_MAX + " characters.");
            }
            if (kind == HomeworkKind.TEXT && detail == null) {
                errors.put(f + ".detail", "Describe the homework.");
            }
            if (kind != HomeworkKind.TEXT && names.homework(kind, h.refId) == null) {
                errors.put(f + ".refId", kind == HomeworkKind.SELF_CARE ? "Choose a self-care activity of this case."
                        : "Choose an education assignment of this case.");
            }
            homework.add(new HomeworkRow(kind, kind == HomeworkKind.TEXT ? null : h.refId, detail));
        }
        String homeworkText = blankToNull(d.homeworkText);
        if (homeworkText != null && homeworkText.length() > SessionNote.SECTION_MAX) {
            errors.put("homeworkText", "At most " + SessionNote.SECTION_MAX + " characters.");
        }
        List<MilestoneRow> ms = new ArrayList<>();
        List<MilestoneInput> mi = d.milestones == null ? List.of() : d.milestones;
        for (int i = 0; i < mi.size(); i++) {
            MilestoneInput m = mi.get(i);
            String f = "milestones[" + i + "]";
            String description = m == null ? null : blankToNull(m.description);
            if (description == null || description.length() > NoteMilestone.DESCRIPTION_MAX) {
                errors.put(f + ".description", "Describe the milestone (at most " + NoteMilestone.DESCRIPTION_MAX
                        + " characters).");
                continue;
            }
            Long whose = note.getOwnerClientId() != null ? note.getOwnerClientId() : m.clientId;
            if (whose != null && !note.getClientIds().contains(whose)) {
                errors.put(f + ".clientId", "The milestone is a client's of this session, or the couple's.");
            }
            ms.add(new MilestoneRow(whose, description));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Content(format, List.copyOf(sections), riskUpdate, concern, riskClient, homeworkText,
                List.copyOf(steps), List.copyOf(homework), List.copyOf(ms));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
