package org.tenfold.measure;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tenfold.care.CareViews.CaseView;
import org.tenfold.care.CareViews.MemberView;
import org.tenfold.care.CaseKind;
import org.tenfold.care.CaseService;
import org.tenfold.care.CaseStatus;
import org.tenfold.measure.MeasureViews.AssignmentView;
import org.tenfold.measure.MeasureViews.DueView;
import org.tenfold.measure.MeasureViews.InstrumentSummary;
import org.tenfold.measure.MeasureViews.MeasureChart;
import org.tenfold.measure.MeasureViews.ResponseSummary;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;
import org.tenfold.staff.Roles;

/**
 * The chart's Questionnaires tab: a client's assignments (assign, stop), their responses with scores and bands,
 * each questionnaire charted with its bands and cut-off, and in a couple's case both partners on one chart as far
 * as the reader may see each; plus, for front desk too, only that a questionnaire waits. Values come from the
 * services on the request that shows them (the services decide and audit) and are not kept in the view's state.
 */
@Named("chartMeasures")
@ViewScoped
public class ChartMeasuresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A chart as the tab shows it: its title, the SVG, the sentence for readers, whose scores are not shown. */
    public record ChartRow(String title, String name, String svg, String description, List<String> withheld,
            String scope) {
    }

    /** A member who may be assigned a questionnaire in a case. */
    public record MemberOption(long clientId, String label) implements Serializable {
    }

    @Inject
    ResponseService responses;

    @Inject
    AssignmentService assignments;

    @Inject
    ScoreService scores;

    @Inject
    InstrumentService instruments;

    @Inject
    CaseService cases;

    private Long clientId;
    private boolean clinical;
    private boolean frontDesk;
    private transient List<ResponseSummary> responseList;
    private transient List<AssignmentView> assignmentList;
    private transient List<ChartRow> charts;
    private transient List<DueView> due;
    private transient List<CaseView> caseList;

    // the assign dialog
    private Long caseId;
    private List<Long> memberIds = new ArrayList<>();
    private String instrumentCode;
    private Schedule schedule = Schedule.ONCE;
    private Integer leadHours = 24;
    private Integer intervalWeeks = 2;
    private LocalDate startsOn;
    private Delivery delivery = Delivery.IN_SESSION;
    private String note;
    // the paper dialog
    private Long paperCaseId;
    private String paperInstrument;
    private String paperComment;

    /** Called once the profile has loaded the client. */
    public void load(Long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || id == null || faces.getResponseComplete()) {
            return;
        }
        clientId = id;
        var external = faces.getExternalContext();
        clinical = external.isUserInRole(Roles.COUNSELLOR) || external.isUserInRole(Roles.SUPERVISOR);
        frontDesk = external.isUserInRole(Roles.FRONT_DESK);
    }

    public List<ResponseSummary> getResponses() {
        if (responseList == null) {
            responseList = clinical ? quietly(() -> responses.ofClient(clientId)) : List.of();
        }
        return responseList;
    }

    public List<AssignmentView> getAssignments() {
        if (assignmentList == null) {
            assignmentList = clinical ? quietly(() -> assignments.ofClient(clientId)) : List.of();
        }
        return assignmentList;
    }

    /** The client's own charts, then each couple case's charts with both partners (as far as the reader may see). */
    public List<ChartRow> getCharts() {
        if (charts == null) {
            List<ChartRow> rows = new ArrayList<>();
            if (clinical) {
                for (MeasureChart c : quietly(() -> scores.ofClient(clientId, null))) {
                    rows.add(row(c, "own"));
                }
                for (CaseView k : getCases()) {
                    if (k.kind() == CaseKind.COUPLE) {
                        for (MeasureChart c : quietly(() -> scores.ofCase(k.id(), null))) {
                            if (c.series().size() > 1 || !c.withheld().isEmpty()) {
                                rows.add(row(c, "couple"));
                            }
                        }
                    }
                }
            }
            charts = rows;
        }
        return charts;
    }

    static ChartRow row(MeasureChart c, String scope) {
        return new ChartRow(c.title(), c.name(), SvgCharts.measure(c), SvgCharts.describe(c), c.withheld(), scope);
    }

    /** What front desk (and the clinical staff) may know: questionnaires waiting. */
    public List<DueView> getDue() {
        if (due == null) {
            due = clinical || frontDesk ? quietly(() -> responses.due(clientId)) : List.of();
        }
        return due;
    }

    public List<CaseView> getCases() {
        if (caseList == null) {
            caseList = clinical ? quietly(() -> cases.ofClient(clientId)) : List.of();
        }
        return caseList;
    }

    public List<CaseView> getOpenCases() {
        return getCases().stream().filter(c -> c.status() == CaseStatus.OPEN).toList();
    }

    /** The members of the open cases, to choose whom to assign (this client by default). */
    public List<MemberOption> getMemberOptions() {
        List<MemberOption> out = new ArrayList<>();
        for (CaseView c : getOpenCases()) {
            if (caseId == null || c.id() == caseId) {
                for (MemberView m : c.members()) {
                    if (out.stream().noneMatch(o -> o.clientId() == m.clientId())) {
                        out.add(new MemberOption(m.clientId(), m.displayName() + " (" + m.chartNumber() + ")"));
                    }
                }
            }
        }
        return out;
    }

    public List<InstrumentSummary> getInstruments() {
        return instruments.list(false);
    }

    public Schedule[] getSchedules() {
        return Schedule.values();
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    /** Opens the assign dialog for this client in their first open case. */
    public void prepareAssign() {
        List<CaseView> open = getOpenCases();
        caseId = open.isEmpty() ? null : open.get(0).id();
        memberIds = new ArrayList<>(List.of(clientId));
        instrumentCode = null;
        schedule = Schedule.ONCE;
        leadHours = 24;
        intervalWeeks = 2;
        startsOn = null;
        delivery = Delivery.IN_SESSION;
        note = null;
    }

    public void assign() {
        if (caseId == null || memberIds == null || memberIds.isEmpty()) {
            Screens.error("Choose the case and at least one member.");
            return;
        }
        int done = 0;
        for (Long member : memberIds) {
            try {
                assignments.assign(caseId, new AssignmentService.NewAssignment(member, instrumentCode, schedule,
                        leadHours, intervalWeeks, startsOn, delivery, note), MeasureApi.base(request()));
                done++;
            } catch (BusinessException e) {
                Screens.show(e);
                break;
            }
        }
        if (done > 0) {
            Screens.info(done == 1 ? "Questionnaire assigned." : "Questionnaire assigned to " + done + " members.");
        }
        reset();
    }

    public void stop(long assignmentId) {
        try {
            assignments.stop(assignmentId);
            Screens.info("Assignment stopped.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
        reset();
    }

    public void preparePaper() {
        List<CaseView> open = getOpenCases();
        paperCaseId = open.isEmpty() ? null : open.get(0).id();
        paperInstrument = null;
        paperComment = null;
    }

    /** Starts a response from paper and opens it. */
    public void startPaper() throws IOException {
        try {
            MeasureViews.ResponseView v = responses.startPaper(clientId, new ResponseService.NewResponse(paperCaseId,
                    paperInstrument, paperComment));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/clients/measure.xhtml?responseId=" + v.summary().id());
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    private void reset() {
        responseList = null;
        assignmentList = null;
        charts = null;
        due = null;
    }

    private static jakarta.servlet.http.HttpServletRequest request() {
        return (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** A read the tab makes: a refusal leaves it empty (the chart shows the refusal once, on its own). */
    private static <T> List<T> quietly(java.util.function.Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (BusinessException e) {
            return List.of();
        }
    }

    public String scheduleLabel(AssignmentView a) {
        return switch (a.schedule()) {
            case ONCE -> "Once, from " + a.startsOn();
            case BEFORE_APPOINTMENT -> a.leadHours() + " h before each appointment";
            case EVERY_N_WEEKS -> "Every " + a.intervalWeeks() + " week" + (a.intervalWeeks() == 1 ? "" : "s") + " from "
                    + a.startsOn();
        };
    }

    public String score(ResponseSummary r) {
        return MeasureLabels.score(r.score().total());
    }

    public String changeLabel(ResponseSummary r) {
        return MeasureLabels.change(r.score().change());
    }

    public boolean isClinical() { return clinical; }
    public boolean isFrontDesk() { return frontDesk; }
    public Long getClientId() { return clientId; }
    public Long getCaseId() { return caseId; }
    public void setCaseId(Long caseId) { this.caseId = caseId; }
    public List<Long> getMemberIds() { return memberIds; }
    public void setMemberIds(List<Long> memberIds) { this.memberIds = memberIds; }
    public String getInstrumentCode() { return instrumentCode; }
    public void setInstrumentCode(String instrumentCode) { this.instrumentCode = instrumentCode; }
    public Schedule getSchedule() { return schedule; }
    public void setSchedule(Schedule schedule) { this.schedule = schedule; }
    public Integer getLeadHours() { return leadHours; }
    public void setLeadHours(Integer leadHours) { this.leadHours = leadHours; }
    public Integer getIntervalWeeks() { return intervalWeeks; }
    public void setIntervalWeeks(Integer intervalWeeks) { this.intervalWeeks = intervalWeeks; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public Delivery getDelivery() { return delivery; }
    public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getPaperCaseId() { return paperCaseId; }
    public void setPaperCaseId(Long paperCaseId) { this.paperCaseId = paperCaseId; }
    public String getPaperInstrument() { return paperInstrument; }
    public void setPaperInstrument(String paperInstrument) { this.paperInstrument = paperInstrument; }
    public String getPaperComment() { return paperComment; }
    public void setPaperComment(String paperComment) { this.paperComment = paperComment; }
}
