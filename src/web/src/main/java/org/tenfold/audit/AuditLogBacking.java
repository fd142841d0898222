package org.tenfold.audit;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tenfold.audit.chain.ChainReport;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.Page;

/**
 * The audit log, newest first, filtered by who, what, which client, outcome and clinic days; exported as
 * CSV with the same filters; and the chain's verification.
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLogService auditLog;

    @Inject
    AuditChainService chain;

    @Inject
    ClinicProfile profile;

    private String actor;
    private AuditAction action;
    private Long clientId;
    private AuditOutcome outcome;
    private LocalDate from;
    private LocalDate to;
    private Boolean chainIntact;
    private String chainSummary;

    private final LazyDataModel<AuditEventView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) auditLog.count(query(0, 1));
        }

        @Override
        public List<AuditEventView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            int size = Math.max(pageSize, 1);
            Page<AuditEventView> page = auditLog.search(query(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AuditEventView event) {
            return String.valueOf(event.id());
        }

        @Override
        public AuditEventView getRowData(String rowKey) {
            return null;
        }
    };

    private AuditQuery query(int page, int size) {
        var zone = profile.zone();
        return new AuditQuery(actor, action, clientId, outcome,
                from == null ? null : AuditFilters.dayBoundary(from, zone, false),
                to == null ? null : AuditFilters.dayBoundary(to, zone, true), page, size);
    }

    /** The matching events as a CSV download (not an AJAX request: the browser saves the response). */
    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"tenfold-audit.csv\"");
        external.setResponseHeader("Cache-Control", "no-store");
        Writer writer = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        auditLog.exportCsv(query(0, 1), writer);
        writer.flush();
        faces.responseComplete();
    }

    public void verify() {
        ChainReport report = chain.verify();
        chainIntact = report.intact();
        chainSummary = report.summary();
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    public LazyDataModel<AuditEventView> getModel() { return model; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public AuditAction getAction() { return action; }
    public void setAction(AuditAction action) { this.action = action; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public AuditOutcome getOutcome() { return outcome; }
    public void setOutcome(AuditOutcome outcome) { this.outcome = outcome; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Boolean getChainIntact() { return chainIntact; }
    public String getChainSummary() { return chainSummary; }
}
