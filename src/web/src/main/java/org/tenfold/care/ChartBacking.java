package org.tenfold.care;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.tenfold.care.CareViews.BreakGlassView;
import org.tenfold.care.CareViews.CaseView;
import org.tenfold.care.CareViews.FlagView;
import org.tenfold.consent.ConsentKind;
import org.tenfold.consent.ConsentService;
import org.tenfold.consent.ConsentViews.ClientConsents;
import org.tenfold.consent.ConsentViews.FormView;
import org.tenfold.consent.ConsentViews.OnFile;
import org.tenfold.consent.ConsentViews.RecordView;
import org.tenfold.intake.IntakeStatus;
import org.tenfold.intake.IntakeService;
import org.tenfold.intake.IntakeViews.IntakeView;
import org.tenfold.platform.BusinessException;
import org.tenfold.scheduling.CalendarQueries;
import org.tenfold.staff.Roles;
import org.tenfold.shell.DateTimes;
import org.tenfold.shell.Screens;

/**
 * The client's chart beyond the profile: appointments for everyone who works with clients, and the
 * clinical tabs (cases, intake) for counsellors and supervisors only. Front desk never triggers a
 * clinical read. For clinical staff the services decide: a refusal (audited there) is shown with
 * "Break the glass", which asks for a reason and grants emergency access through the case service.
 */
@Named("chart")
@ViewScoped
public class ChartBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Duration APPOINTMENTS_BACK = Duration.ofDays(31);
    private static final Duration APPOINTMENTS_AHEAD = Duration.ofDays(62);

    /** One appointment as the chart's table shows it. */
    public record AppointmentRow(String when, String type, String counsellor, String place, String status)
            implements Serializable {
    }

    /** One appointment of a case as the chart shows it: no clinical text, only whether a held session's note exists. */
    public record CaseAppointmentRow(long id, String when, String type, String counsellor, String status,
            String attends, String note) implements Serializable {
    }

    /** A case with the appointments booked for it that the caller may see. */
    public record CaseAppointmentsRow(long caseId, String label, String caseStatus, boolean ownOnly,
            List<CaseAppointmentRow> appointments) implements Serializable {
    }

    /** A case with its break-the-glass accesses (shown to everyone who may see the case). */
    public record CaseRow(CaseView theCase, List<BreakGlassView> emergencyAccesses) {
    }

    @Inject
    CaseService cases;

    @Inject
    IntakeService intakes;

    @Inject
    CalendarQueries scheduling;

    @Inject
    ConsentService consents;

    @Inject
    CaseAppointments caseAppointmentService;

    @Inject
    FlagService flagService;

    @Inject
    DateTimes dateTimes;

    private Long clientId;
    private boolean clinical;
    private boolean frontDesk;
    private boolean refused;
    private String refusal;
    // clinical values are read for the page that shows them and never kept in a stored session
    private transient IntakeView intake;
    private transient List<CaseRow> caseRows;
    private transient ClientConsents clientConsents;
    private transient List<FlagView> flags;
    private transient List<OnFile> onFile;
    private transient List<FormView> forms;
    private List<AppointmentRow> appointments = List.of();
    private List<CaseAppointmentsRow> caseAppointments = List.of();
    private boolean emergencyAccess;
    private String reason;

    /** Called once the profile has loaded the client (so the id names an existing client). */
    public void load(Long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || id == null || faces.getResponseComplete()) {
            return;
        }
        clientId = id;
        var external = faces.getExternalContext();
        clinical = external.isUserInRole(Roles.COUNSELLOR) || external.isUserInRole(Roles.SUPERVISOR);
        frontDesk = external.isUserInRole(Roles.FRONT_DESK);
        loadAppointments();
        loadCaseAppointments();
        if (clinical) {
            loadClinical(external.getUserPrincipal().getName());
        }
        if (clinical || frontDesk) {
            forms = consents.activeForms();
        }
        if (frontDesk && (!clinical || refused)) {
            onFile = consents.onFile(clientId);
        }
    }

    /** Whether the page has loaded a client: its forms then work on postback too. */
    public boolean isLoaded() {
        return clientId != null;
    }

    /** Reads the consents again after a change (clinical: decisions and history; front desk: on file). */
    public void reloadConsents() {
        if (clinical && !refused) {
            clientConsents = consents.ofClient(clientId);
        } else if (frontDesk) {
            onFile = consents.onFile(clientId);
        }
    }

    /** Reads the cases again after one was opened, closed or reopened. */
    public void reloadCases() {
        if (clinical && !refused) {
            caseRows = cases.ofClient(clientId).stream().map(c -> new CaseRow(c, cases.breakGlassOf(c.id()))).toList();
            intake = intakes.get(clientId);
        }
    }

    /** Reads the flags again after one was cleared. */
    public void reloadFlags() {
        if (clinical && !refused) {
            flags = flagService.flags(clientId);
        }
    }

    private void loadAppointments() {
        Instant now = Instant.now();
        appointments = scheduling.calendar(now.minus(APPOINTMENTS_BACK), now.plus(APPOINTMENTS_AHEAD), null, null,
                clientId).stream().map(a -> new AppointmentRow(dateTimes.format(a.start()), a.type().label(),
                        a.counsellor().displayName(), a.place(), a.status().label()))
                .toList();
    }

    private void loadCaseAppointments() {
        try {
            caseAppointments = caseAppointmentService.ofClient(clientId).stream()
                    .map(c -> new CaseAppointmentsRow(c.caseId(), c.label(), c.caseStatus().name(), c.ownOnly(),
                            c.items().stream().map(i -> new CaseAppointmentRow(i.id(), dateTimes.format(i.startsAt()),
                                    org.tenfold.scheduling.AppointmentType.valueOf(i.type()).label(), i.counsellor(),
                                    i.statusLabel(), attends(c.kind(), i), noteLabel(i.note()))).toList()))
                    .toList();
        } catch (BusinessException | jakarta.ejb.EJBAccessException e) {
            caseAppointments = List.of();
        }
    }

    /** "Both partners", "Alex Doe (in recovery)", "Jordan Doe (partner)", or the client's name. */
    static String attends(CaseKind kind, CaseAppointments.Item i) {
        if ("BOTH".equals(i.attendance())) {
            return "Both partners";
        }
        return i.attendees().stream().map(a -> a.displayName() + (kind != CaseKind.COUPLE || a.role() == null ? ""
                : a.role() == CaseRole.IN_RECOVERY ? " (in recovery)" : " (partner)"))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Whether a held session's note exists and is signed; empty when not shown. */
    static String noteLabel(String note) {
        if (note == null) {
            return "";
        }
        return switch (note) {
            case "NONE" -> "No note yet";
            case "DRAFT" -> "Note in draft";
            case "SIGNED_PENDING_COSIGN" -> "Signed, awaiting co-signature";
            case "SIGNED" -> "Signed";
            default -> "";
        };
    }

    private void loadClinical(String me) {
        try {
            intake = intakes.get(clientId);
            caseRows = cases.ofClient(clientId).stream()
                    .map(c -> new CaseRow(c, cases.breakGlassOf(c.id()))).toList();
            clientConsents = consents.ofClient(clientId);
            flags = flagService.flags(clientId);
            emergencyAccess = caseRows.stream().flatMap(r -> r.emergencyAccesses().stream())
                    .anyMatch(g -> g.active() && g.staff() != null && me.equals(g.staff().username()));
        } catch (AccessRefusedException e) {
            refused = true;
            refusal = e.getMessage();
        }
    }

    /** Break the glass with the reason typed in the dialog; on success the chart opens again with the clinical tabs. */
    public void breakGlass() throws IOException {
        try {
            cases.breakGlassOnClient(clientId, reason);
        } catch (BusinessException e) {
            Screens.show(e);
            return;
        }
        Screens.info("Emergency access granted. It is audited and shown to the case's counsellors.");
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/clients/view.xhtml?id=" + clientId);
    }

    public boolean isClinical() { return clinical; }
    public boolean isFrontDesk() { return frontDesk; }
    public Long getClientId() { return clientId; }
    public List<FlagView> getFlags() { return flags == null ? List.of() : flags; }
    public List<RecordView> getConsentsCurrent() { return clientConsents == null ? List.of() : clientConsents.current(); }
    public List<RecordView> getConsentHistory() { return clientConsents == null ? List.of() : clientConsents.history(); }
    public List<OnFile> getOnFile() { return onFile == null ? List.of() : onFile; }

    /**
     * The wordings this caller may record here: every kind for clinical staff with access, the
     * paperwork kinds for front desk (the information-sharing agreement is the counsellor's).
     */
    public List<FormView> getForms() {
        if (forms == null) {
            return List.of();
        }
        if (clinical && !refused) {
            return forms;
        }
        return frontDesk ? forms.stream().filter(f -> f.kind() != ConsentKind.PARTNER_SHARING).toList() : List.of();
    }

    /** Whether the current decision of this kind is one that can be withdrawn (given, or sharing). */
    public boolean isWithdrawable(ConsentKind kind) {
        if (clinical && !refused) {
            return getConsentsCurrent().stream().anyMatch(r -> r.kind() == kind
                    && (r.decision() == org.tenfold.consent.ConsentDecision.GIVEN
                    || r.decision() == org.tenfold.consent.ConsentDecision.SHARE));
        }
        return getOnFile().stream().anyMatch(o -> o.kind() == kind && o.onFile());
    }

    /** The client is a member of a couple's case this caller sees: the sharing agreement matters. */
    public boolean isInCoupleCase() {
        return getCases().stream().anyMatch(r -> r.theCase().kind() == CaseKind.COUPLE);
    }

    /**
     * A case may be opened once the client's intake is submitted (reviewing it opens the case), and
     * again once the client's cases are closed; never a second one beside an open case.
     */
    public boolean isCaseOpenable() {
        return clinical && !refused && intake != null && intake.intakeId() != null
                && intake.status() != IntakeStatus.DRAFT
                && getCases().stream().noneMatch(r -> r.theCase().status() == CaseStatus.OPEN);
    }

    /** The consent wording's title for a kind ("Treatment", …), for tables of records. */
    public String kindTitle(ConsentKind kind) {
        return (forms == null ? List.<FormView>of() : forms).stream().filter(f -> f.kind() == kind).map(FormView::title).findFirst()
                .orElse(kind.name().charAt(0) + kind.name().substring(1).toLowerCase().replace('_', ' '));
    }

    /** "Given", "Withdrawn", "Share", "Do not share". */
    public String decisionLabel(Object decision) {
        String n = String.valueOf(decision);
        return n.charAt(0) + n.substring(1).toLowerCase().replace('_', ' ');
    }
    public boolean isRefused() { return refused; }
    public String getRefusal() { return refusal; }
    public IntakeView getIntake() { return intake; }
    public org.tenfold.intake.IntakeAnswers getAnswers() { return intake == null ? null : intake.answers(); }
    /** A raised RISK flag, shown above the tabs to those who may read the intake. */
    public boolean isRiskFlag() {
        if (flags != null) {
            return flags.stream().anyMatch(f -> f.raised() && f.kind() == FlagKind.RISK);
        }
        return intake != null && intake.riskFlagRaised();
    }
    public List<CaseRow> getCases() { return caseRows == null ? List.of() : caseRows; }
    public List<AppointmentRow> getAppointments() { return appointments; }
    public List<CaseAppointmentsRow> getCaseAppointments() { return caseAppointments; }
    /** Whether this caller may book (the calendar's booking dialog is front desk's). */
    public boolean isMayBook() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.FRONT_DESK);
    }
    public boolean isEmergencyAccess() { return emergencyAccess; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

    /** "Yes", "No" or "Not answered" for a risk question. */
    public String answer(Boolean b) {
        return b == null ? "Not answered" : b ? "Yes" : "No";
    }

    public String format(Instant instant) {
        return dateTimes.format(instant);
    }
}
