package org.tenfold.progress;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.tenfold.care.CareViews.CaseView;
import org.tenfold.care.CaseKind;
import org.tenfold.care.CaseService;
import org.tenfold.care.CaseStatus;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.progress.ProgressReportViews.Delivery;
import org.tenfold.progress.ProgressReportViews.IssuedLink;
import org.tenfold.progress.ProgressReportViews.ReportView;
import org.tenfold.shell.Ids;
import org.tenfold.shell.Screens;

/**
 * A client's progress reports: generate a draft, preview it (the PDF in a new tab), edit its summary,
 * release, download and deliver. The service decides who may do what; front desk sees released reports only.
 */
@Named
@ViewScoped
public class ProgressReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgressReportService reports;

    @Inject
    CaseService cases;

    @Inject
    ClinicProfile clinic;

    private String clientId;
    private Long clientKey;
    private boolean clinical;
    private transient List<ReportView> list = List.of();
    private transient List<CaseView> openCases = List.of();

    // the draft form
    private Long caseId;
    private ReportKind kind;
    private LocalDate from;
    private LocalDate to;

    // the summary and delivery dialogs
    private Long selectedId;
    private String summary;
    private String password;
    private String issuedLink;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        OptionalLong parsed = Ids.parse(clientId);
        if (parsed.isEmpty()) {
            Screens.notFound();
            return;
        }
        clientKey = parsed.getAsLong();
        var external = FacesContext.getCurrentInstance().getExternalContext();
        clinical = external.isUserInRole("COUNSELLOR") || external.isUserInRole("SUPERVISOR");
        LocalDate firstOfMonth = LocalDate.now(clinic.zone()).withDayOfMonth(1);
        from = firstOfMonth.minusMonths(1);
        to = firstOfMonth.minusDays(1);
        refresh();
        if (clinical) {
            try {
                openCases = cases.ofClient(clientKey).stream().filter(c -> c.status() == CaseStatus.OPEN).toList();
                if (openCases.size() == 1) {
                    caseId = openCases.get(0).id();
                    kind = openCases.get(0).kind() == CaseKind.COUPLE ? ReportKind.JOINT : ReportKind.INDIVIDUAL;
                }
            } catch (BusinessException e) {
                openCases = List.of();
            }
        }
    }

    private void refresh() {
        try {
            list = reports.ofClient(clientKey);
        } catch (BusinessException e) {
            list = List.of();
            Screens.show(e);
        }
    }

    public void generate() {
        try {
            ReportView v = reports.generate(clientKey, new ProgressReportService.NewReport(caseId, from, to, kind));
            Screens.info("Draft " + v.id() + " generated. Preview it, write the summary, then release it.");
            refresh();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void editSummary(ReportView r) {
        selectedId = r.id();
        summary = r.summary();
    }

    public void saveSummary() {
        try {
            ReportView current = list.stream().filter(r -> r.id() == selectedId).findFirst().orElseThrow();
            reports.editSummary(selectedId, current.version(), summary);
            Screens.info("Summary saved.");
            refresh();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void release(ReportView r) {
        try {
            reports.release(r.id(), r.version());
            Screens.info("Released: the file is kept as it is now.");
            refresh();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void select(ReportView r) {
        selectedId = r.id();
        password = null;
        issuedLink = null;
    }

    public void email() {
        try {
            Delivery d = reports.email(selectedId, password);
            password = null;
            Screens.info("Sent, encrypted, to " + d.to() + ".");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void link() {
        try {
            IssuedLink l = reports.link(selectedId);
            var external = FacesContext.getCurrentInstance().getExternalContext();
            String base = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                    + external.getRequestServerPort() + external.getRequestContextPath() + "/";
            issuedLink = base + l.path();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public String pdfUrl(ReportView r) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/clients/report-pdf?id=" + r.id();
    }

    public List<ReportKind> getKinds() {
        return List.of(ReportKind.values());
    }

    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public boolean isClinical() { return clinical; }
    public List<ReportView> getList() { return list; }
    public List<CaseView> getOpenCases() { return openCases; }
    public Long getCaseId() { return caseId; }
    public void setCaseId(Long caseId) { this.caseId = caseId; }
    public ReportKind getKind() { return kind; }
    public void setKind(ReportKind kind) { this.kind = kind; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getIssuedLink() { return issuedLink; }
}
