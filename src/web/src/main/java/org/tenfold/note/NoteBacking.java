package org.tenfold.note;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tenfold.note.NoteInputs.AddendumInput;
import org.tenfold.note.NoteInputs.NoteDraft;
import org.tenfold.note.NoteInputs.NoteStart;
import org.tenfold.note.NoteInputs.StepInput;
import org.tenfold.note.NoteViews.HomeworkChoice;
import org.tenfold.note.NoteViews.HomeworkView;
import org.tenfold.note.NoteViews.MilestoneView;
import org.tenfold.note.NoteViews.NoteClient;
import org.tenfold.note.NoteViews.NoteView;
import org.tenfold.note.NoteViews.SectionView;
import org.tenfold.note.NoteViews.StepRating;
import org.tenfold.plan.FrameworkService;
import org.tenfold.plan.ObjectiveStatus;
import org.tenfold.plan.PlanService;
import org.tenfold.plan.PlanViews.GoalView;
import org.tenfold.plan.PlanViews.ObjectiveView;
import org.tenfold.plan.PlanViews.PlanSummary;
import org.tenfold.plan.StepView;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.StaleDataException;
import org.tenfold.shell.Screens;

/**
 * The note of one appointment: started here, written with autosave (a timer every 30 seconds and
 * every field's blur), signed with the password, amended by addenda, co-signed by a supervisor. The
 * URL carries the appointment's id only; the page title never the note's text.
 */
@Named
@ViewScoped
public class NoteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable section. */
    public static class Section implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String label;
        private final String prompt;
        private String text;

        Section(SectionView v) {
            this.code = v.code();
            this.label = v.label();
            this.prompt = v.prompt();
            this.text = v.text();
        }

        public String getCode() { return code; }
        public String getLabel() { return label; }
        public String getPrompt() { return prompt; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** One step row being edited. */
    public static class Step implements Serializable {
        private static final long serialVersionUID = 1L;
        private String stepCode;
        private Integer rating;
        private String comment;
        private Long goalId;
        private Long objectiveId;
        private String objectiveStatus;

        public String getStepCode() { return stepCode; }
        public void setStepCode(String stepCode) { this.stepCode = stepCode; }
        public Integer getRating() { return rating; }
        public void setRating(Integer rating) { this.rating = rating; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
        public Long getGoalId() { return goalId; }
        public void setGoalId(Long goalId) { this.goalId = goalId; }
        public Long getObjectiveId() { return objectiveId; }
        public void setObjectiveId(Long objectiveId) { this.objectiveId = objectiveId; }
        public String getObjectiveStatus() { return objectiveStatus; }
        public void setObjectiveStatus(String objectiveStatus) { this.objectiveStatus = objectiveStatus; }
    }

    /** One homework row being edited: a self-care activity or education assignment of the case, or free text. */
    public static class Homework implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kind = HomeworkKind.SELF_CARE.name();
        private Long refId;
        private String detail;

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public Long getRefId() { return refId; }
        public void setRefId(Long refId) { this.refId = refId; }
        public String getDetail() { return detail; }
        public void setDetail(String detail) { this.detail = detail; }

        /** Only a row the service can take: a kind, and a link or (for free text) a description. */
        boolean complete() {
            return kind != null && !kind.isBlank() && (HomeworkKind.TEXT.name().equals(kind)
                    ? detail != null && !detail.isBlank() : refId != null);
        }
    }

    /** One milestone reached, being edited; {@code clientId} null is the couple's. */
    public static class Milestone implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long clientId;
        private String description;

        public Long getClientId() { return clientId; }
        public void setClientId(Long clientId) { this.clientId = clientId; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    @Inject
    NoteService notes;

    @Inject
    NoteQueries noteQueries;

    @Inject
    PrivateSectionService privateSections;

    @Inject
    FrameworkService framework;

    @Inject
    PlanService plans;

    private Long appointmentId;
    private NoteView note;
    private boolean none;
    private String startFormat = "DAP";
    private List<Section> sections = new ArrayList<>();
    private List<Step> steps = new ArrayList<>();
    private String riskUpdate;
    private String riskConcern;
    private String homeworkText;
    private List<Homework> homework = new ArrayList<>();
    private List<HomeworkChoice> homeworkChoices = List.of();
    private List<Milestone> milestones = new ArrayList<>();
    private long version;
    private NoteView conflict;
    private String password;
    private String addendumPassword;
    private String cosignPassword;
    private String addendumText;
    private String changeComment;
    private String privateText;
    private Long privateVersion;
    private String savedAt;
    private List<GoalView> planGoals = List.of();

    public void load() {
        if (appointmentId == null) {
            Screens.notFound();
            return;
        }
        try {
            show(notes.ofAppointment(appointmentId));
        } catch (NotFoundException e) {
            if (e.getMessage().startsWith("The note")) {
                none = true;
            } else {
                Screens.show(e);
            }
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    private void show(NoteView n) {
        note = n;
        none = false;
        version = n.version();
        sections = new ArrayList<>(n.sections().stream().map(Section::new).toList());
        steps = new ArrayList<>();
        for (StepRating r : n.steps()) {
            Step s = new Step();
            s.stepCode = r.stepCode();
            s.rating = r.rating();
            s.comment = r.comment();
            s.goalId = r.goalId();
            s.objectiveId = r.objectiveId();
            s.objectiveStatus = r.objectiveStatus() == null ? null : r.objectiveStatus().name();
            steps.add(s);
        }
        boolean editable = isEditable();
        planGoals = editable ? goalsInForce(n.caseId()) : List.of();
        homeworkChoices = editable ? noteQueries.homeworkChoices(n.id()) : List.of();
        riskUpdate = n.riskUpdate() == null ? null : n.riskUpdate().name();
        riskConcern = n.riskConcern();
        homeworkText = n.homeworkText();
        homework = new ArrayList<>();
        for (HomeworkView h : n.homework()) {
            Homework row = new Homework();
            row.kind = h.kind().name();
            row.refId = h.refId();
            row.detail = h.detail();
            homework.add(row);
        }
        milestones = new ArrayList<>();
        for (MilestoneView m : n.milestones()) {
            Milestone row = new Milestone();
            row.clientId = m.clientId();
            row.description = m.description();
            milestones.add(row);
        }
        if (n.mine()) {
            var p = privateSections.privateSection(n.id());
            privateText = p.text();
            privateVersion = p.version();
        }
    }

    public void start(boolean fromLast) {
        NoteStart s = new NoteStart();
        s.format = startFormat;
        s.fromLastNote = fromLast;
        try {
            show(notes.create(appointmentId, s));
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    private NoteDraft draft() {
        NoteDraft d = new NoteDraft();
        d.format = note.format().name();
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach(s -> texts.put(s.code, s.text));
        d.sections = texts;
        d.steps = steps.stream().filter(s -> s.stepCode != null && !s.stepCode.isBlank()).map(s -> {
            StepInput in = new StepInput();
            in.stepCode = s.stepCode;
            in.rating = s.rating;
            in.comment = s.comment;
            in.goalId = s.goalId;
            in.objectiveId = s.objectiveId;
            in.objectiveStatus = s.objectiveStatus;
            return in;
        }).toList();
        d.riskUpdate = riskUpdate;
        d.riskConcern = riskConcern;
        d.homeworkText = homeworkText;
        // rows still being filled in wait on the screen; the rest of the draft saves without them
        d.homework = homework.stream().filter(Homework::complete).map(h -> {
            NoteInputs.HomeworkInput in = new NoteInputs.HomeworkInput();
            in.kind = h.kind;
            in.refId = HomeworkKind.TEXT.name().equals(h.kind) ? null : h.refId;
            in.detail = h.detail;
            return in;
        }).toList();
        d.milestones = milestones.stream().filter(m -> m.description != null && !m.description.isBlank()).map(m -> {
            NoteInputs.MilestoneInput in = new NoteInputs.MilestoneInput();
            in.clientId = note.ownerClientId() != null ? note.ownerClientId() : m.clientId;
            in.description = m.description;
            return in;
        }).toList();
        return d;
    }

    /** Saves quietly (the timer and each field's blur); a conflict stops autosave until the user decides. */
    public void autosave() {
        if (!isEditable() || conflict != null) {
            return;
        }
        save(false);
    }

    public void saveNow() {
        save(true);
    }

    private boolean save(boolean tell) {
        try {
            NoteView saved = notes.saveDraft(note.id(), version, draft());
            note = saved;
            version = saved.version();
            savedAt = java.time.LocalTime.now().withNano(0).toString();
            if (tell) {
                Screens.info("Draft saved.");
            }
            return true;
        } catch (StaleDataException e) {
            conflict = notes.get(note.id());
            return false;
        } catch (BusinessException e) {
            Screens.show(e);
            return false;
        }
    }

    /** The user keeps their own text over what was stored elsewhere. */
    public void keepMine() {
        if (conflict != null) {
            version = conflict.version();
            conflict = null;
            save(true);
        }
    }

    public void addStep() {
        steps.add(new Step());
    }

    public void removeStep(Step s) {
        steps.remove(s);
        autosave();
    }

    public void addHomework() {
        homework.add(new Homework());
    }

    public void removeHomework(Homework h) {
        homework.remove(h);
        autosave();
    }

    /** A homework row's kind changed: a link of another kind no longer fits. */
    public void homeworkKindChanged(Homework h) {
        if (choicesFor(h).stream().noneMatch(c -> h.refId != null && c.refId() == h.refId)) {
            h.refId = null;
        }
        autosave();
    }

    /**
     * What a homework row of its kind may link: the open ones, and the row's own link even when it is
     * no longer open (a finished assignment stays linked rather than silently dropped).
     */
    public List<HomeworkChoice> choicesFor(Homework h) {
        List<HomeworkChoice> open = homeworkChoices.stream().filter(c -> c.kind().name().equals(h.kind)).toList();
        if (h.refId == null || open.stream().anyMatch(c -> c.refId() == h.refId)) {
            return open;
        }
        List<HomeworkChoice> withOwn = new ArrayList<>(open);
        note.homework().stream().filter(v -> v.kind().name().equals(h.kind) && h.refId.equals(v.refId()))
                .findFirst().ifPresent(v -> withOwn.add(0, new HomeworkChoice(v.kind(), v.refId(), v.label())));
        return withOwn;
    }

    public HomeworkKind[] getHomeworkKinds() {
        return HomeworkKind.values();
    }

    public void addMilestone() {
        milestones.add(new Milestone());
    }

    public void removeMilestone(Milestone m) {
        milestones.remove(m);
        autosave();
    }

    /** Whose a milestone of a joint session may be: either partner, or the couple (null). */
    public List<NoteClient> getMilestoneOwners() {
        return note == null ? List.of() : note.clients();
    }

    public boolean isJoint() {
        return note != null && note.ownerClientId() == null;
    }

    public void sign() {
        if (conflict != null || !save(false)) {
            return;
        }
        try {
            show(notes.sign(note.id(), password));
            Screens.info("The note is signed.");
        } catch (BusinessException e) {
            Screens.show(e);
        } finally {
            password = null;
        }
    }

    public void addAddendum() {
        AddendumInput in = new AddendumInput();
        in.text = addendumText;
        in.password = addendumPassword;
        try {
            show(notes.addAddendum(note.id(), in));
            addendumText = null;
            Screens.info("The addendum is signed and added.");
        } catch (BusinessException e) {
            Screens.show(e);
        } finally {
            addendumPassword = null;
        }
    }

    public void cosign() {
        try {
            show(notes.cosign(note.id(), cosignPassword));
            Screens.info("The note is co-signed.");
        } catch (BusinessException e) {
            Screens.show(e);
        } finally {
            cosignPassword = null;
        }
    }

    public void requestChanges() {
        try {
            show(notes.requestChanges(note.id(), changeComment));
            changeComment = null;
            Screens.info("The note is returned to its author.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void savePrivate() {
        try {
            var p = privateSections.savePrivateSection(note.id(), privateVersion, privateText);
            privateVersion = p.version();
            Screens.info("Private notes saved.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    /**
     * The goals of the case's plan in force, for the note's author (none without a signed plan, or when the
     * plan cannot be read). Other readers see the rows' goal links without the plan's wording.
     */
    private List<GoalView> goalsInForce(long caseId) {
        try {
            return plans.ofCase(caseId).stream().filter(PlanSummary::active).findFirst()
                    .map(p -> plans.get(p.id()).goals()).orElse(List.of());
        } catch (BusinessException e) {
            return List.of();
        }
    }

    /** The plan's goals a step row can be linked to: on the row's step, for a client of the note or the couple. */
    public List<GoalView> goalsFor(Step s) {
        if (note == null || s.stepCode == null || s.stepCode.isBlank()) {
            return List.of();
        }
        Set<Long> clientIds = note.ownerClientId() != null ? Set.of(note.ownerClientId())
                : note.clients().stream().map(c -> c.clientId()).collect(Collectors.toSet());
        return planGoals.stream().filter(g -> g.stepCode().equals(s.stepCode)
                && (g.clientId() == null || clientIds.contains(g.clientId()))).toList();
    }

    /** The objectives of the goal a step row is linked to. */
    public List<ObjectiveView> objectivesFor(Step s) {
        return goalsFor(s).stream().filter(g -> g.id() == (s.goalId == null ? -1 : s.goalId)).findFirst()
                .map(GoalView::objectives).orElse(List.of());
    }

    public String goalLabel(GoalView g) {
        String statement = g.statement() == null ? "" : g.statement();
        if (statement.length() > 70) {
            statement = statement.substring(0, 69) + "…";
        }
        return (g.memberLabel() == null ? "" : g.memberLabel() + ": ") + statement;
    }

    public ObjectiveStatus[] getObjectiveStatuses() {
        return ObjectiveStatus.values();
    }

    /** A row's step or goal changed: drops a link that no longer fits, then saves. */
    public void linkChanged(Step s) {
        if (goalsFor(s).stream().noneMatch(g -> s.goalId != null && g.id() == s.goalId)) {
            s.goalId = null;
        }
        if (objectivesFor(s).stream().noneMatch(o -> s.objectiveId != null && o.id() == s.objectiveId)) {
            s.objectiveId = null;
        }
        if (s.objectiveId == null) {
            s.objectiveStatus = null;
        }
        autosave();
    }

    public boolean isEditable() {
        return note != null && note.mine() && note.status() == NoteStatus.DRAFT;
    }

    public boolean isAwaitingMe() {
        return note != null && !note.mine() && note.status() == NoteStatus.SIGNED_PENDING_COSIGN;
    }

    public List<StepView> getFrameworkSteps() {
        return framework.steps().steps();
    }

    public String stepTitle(String code) {
        return framework.steps().steps().stream().filter(s -> s.code().equals(code)).map(s -> s.number() + ". " + s.title())
                .findFirst().orElse(code);
    }

    public String clientNames() {
        if (note == null) {
            return "";
        }
        return String.join(", ", note.clients().stream().filter(c -> note.ownerClientId() == null
                || c.clientId() == note.ownerClientId()).map(c -> c.displayName() + " (" + c.chartNumber() + ")")
                .toList());
    }

    public Long getAppointmentId() { return appointmentId; }
    public void setAppointmentId(Long appointmentId) { this.appointmentId = appointmentId; }
    public NoteView getNote() { return note; }
    public boolean isNone() { return none; }
    public String getStartFormat() { return startFormat; }
    public void setStartFormat(String startFormat) { this.startFormat = startFormat; }
    public List<Section> getSections() { return sections; }
    public List<Step> getSteps() { return steps; }
    public List<Homework> getHomework() { return homework; }
    public List<Milestone> getMilestones() { return milestones; }
    public String getRiskUpdate() { return riskUpdate; }
    public void setRiskUpdate(String riskUpdate) { this.riskUpdate = riskUpdate; }
    public String getRiskConcern() { return riskConcern; }
    public void setRiskConcern(String riskConcern) { this.riskConcern = riskConcern; }
    public String getHomeworkText() { return homeworkText; }
    public void setHomeworkText(String homeworkText) { this.homeworkText = homeworkText; }
    public NoteView getConflict() { return conflict; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getAddendumPassword() { return addendumPassword; }
    public void setAddendumPassword(String addendumPassword) { this.addendumPassword = addendumPassword; }
    public String getCosignPassword() { return cosignPassword; }
    public void setCosignPassword(String cosignPassword) { this.cosignPassword = cosignPassword; }
    public String getAddendumText() { return addendumText; }
    public void setAddendumText(String addendumText) { this.addendumText = addendumText; }
    public String getChangeComment() { return changeComment; }
    public void setChangeComment(String changeComment) { this.changeComment = changeComment; }
    public String getPrivateText() { return privateText; }
    public void setPrivateText(String privateText) { this.privateText = privateText; }
    public String getSavedAt() { return savedAt; }
}
