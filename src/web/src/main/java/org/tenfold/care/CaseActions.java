package org.tenfold.care;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tenfold.care.CareViews.CaseView;
import org.tenfold.client.ClientPicker;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.scheduling.CounsellorDirectory;
import org.tenfold.shell.Screens;

/**
 * The chart's case dialogs: open a case from the client's submitted intake (individual, or a couple
 * with the partner picked by name and both roles), close one with a reason and a note, reopen one.
 * The case service decides who may (refusals audited there) and checks the version the screen showed,
 * so a case changed meanwhile is never overwritten. Field errors appear beside their fields.
 */
@Named
@ViewScoped
public class CaseActions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's field names and the dialog's components that show their messages. */
    private static final Map<String, String> FIELDS = Map.of(
            "kind", "openCase:kind",
            "members", "openCase:partner",
            "primaryCounsellorId", "openCase:primary",
            "secondCounsellorId", "openCase:second",
            "members[0].clientId", "openCase:role",
            "members[1].clientId", "openCase:partner",
            "members[0].ownCounsellorId", "openCase:ownCounsellor",
            "members[1].ownCounsellorId", "openCase:partnerOwnCounsellor");

    @Inject
    CaseService cases;

    @Inject
    CounsellorDirectory counsellors;

    @Inject
    ClientPicker picker;

    @Inject
    ChartBacking chart;

    private CaseKind kind = CaseKind.INDIVIDUAL;
    private CaseRole role = CaseRole.IN_RECOVERY;
    private ClientPicker.Option partner;
    private CaseRole partnerRole = CaseRole.PARTNER;
    private Long primaryCounsellorId;
    private Long secondCounsellorId;
    private Long ownCounsellorId;
    private Long partnerOwnCounsellorId;
    private List<CounsellorDirectory.Counsellor> counsellorOptions;

    private Long caseId;
    private Long caseVersion;
    private CloseReason closeReason;
    private String note;

    /** Fresh choices each time the dialog opens; the signed-in counsellor leads by default. */
    public void prepareOpen() {
        kind = CaseKind.INDIVIDUAL;
        role = CaseRole.IN_RECOVERY;
        partner = null;
        partnerRole = CaseRole.PARTNER;
        String me = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
        primaryCounsellorId = getCounsellors().stream().filter(c -> c.username().equals(me))
                .map(CounsellorDirectory.Counsellor::id).findFirst().orElse(null);
        secondCounsellorId = null;
        ownCounsellorId = null;
        partnerOwnCounsellorId = null;
    }

    public void open() {
        if (kind == CaseKind.COUPLE && partner == null) {
            fieldError("openCase:partner", "Pick the partner by name or chart number.");
            return;
        }
        OpenCase request = new OpenCase();
        request.kind = kind;
        request.primaryCounsellorId = primaryCounsellorId;
        request.secondCounsellorId = secondCounsellorId;
        List<OpenCase.Member> members = new ArrayList<>();
        members.add(new OpenCase.Member(chart.getClientId(), kind == CaseKind.COUPLE ? role : CaseRole.INDIVIDUAL,
                ownCounsellorId));
        if (kind == CaseKind.COUPLE) {
            members.add(new OpenCase.Member(partner.id(), partnerRole, partnerOwnCounsellorId));
        }
        request.members = members;
        try {
            CaseView opened = cases.open(request);
            Screens.info((opened.kind() == CaseKind.COUPLE ? "Couple case" : "Individual case") + " opened; the intake "
                    + (opened.members().size() > 1 ? "of each partner " : "") + "is now reviewed.");
            chart.reloadCases();
        } catch (InvalidInputException e) {
            fieldErrors(e);
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    /** Remembers the case and the version the chart shows, for the close or reopen dialog. */
    public void prepare(CaseView c) {
        caseId = c.id();
        caseVersion = c.version();
        closeReason = null;
        note = null;
    }

    public void close() {
        try {
            cases.close(caseId, caseVersion, closeReason, note);
            Screens.info("Case closed.");
            chart.reloadCases();
        } catch (InvalidInputException e) {
            fieldErrors(e);
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void reopen() {
        try {
            cases.reopen(caseId, caseVersion, note);
            Screens.info("Case reopened.");
            chart.reloadCases();
        } catch (InvalidInputException e) {
            fieldErrors(e);
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    private void fieldErrors(InvalidInputException e) {
        e.fieldErrors().forEach((field, message) -> {
            String component = "reason".equals(field) ? "closeCase:reason" : FIELDS.get(field);
            if ("openCase:partner".equals(component) && !isCouple()) {
                component = "openCase:kind";
            }
            FacesContext.getCurrentInstance().addMessage(component,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        });
        if (e.fieldErrors().isEmpty()) {
            Screens.show(e);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void fieldError(String component, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(component, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    public List<CounsellorDirectory.Counsellor> getCounsellors() {
        if (counsellorOptions == null) {
            counsellorOptions = counsellors.active();
        }
        return counsellorOptions;
    }

    public CaseKind[] getKinds() { return CaseKind.values(); }
    public CaseRole[] getCoupleRoles() { return new CaseRole[] {CaseRole.IN_RECOVERY, CaseRole.PARTNER}; }
    public CloseReason[] getCloseReasons() { return CloseReason.values(); }
    public ClientPicker getPicker() { return picker; }
    public boolean isCouple() { return kind == CaseKind.COUPLE; }

    public String roleLabel(CaseRole r) {
        return r == CaseRole.IN_RECOVERY ? "In recovery" : r == CaseRole.PARTNER ? "Partner" : "Individual";
    }

    public String reasonLabel(CloseReason r) {
        return switch (r) {
            case COMPLETED -> "Completed";
            case WITHDREW -> "Client withdrew";
            case REFERRED_ON -> "Referred on";
        };
    }

    public CaseKind getKind() { return kind; }
    public void setKind(CaseKind kind) { this.kind = kind; }
    public CaseRole getRole() { return role; }
    public void setRole(CaseRole role) { this.role = role; }
    public ClientPicker.Option getPartner() { return partner; }
    public void setPartner(ClientPicker.Option partner) { this.partner = partner; }
    public CaseRole getPartnerRole() { return partnerRole; }
    public void setPartnerRole(CaseRole partnerRole) { this.partnerRole = partnerRole; }
    public Long getPrimaryCounsellorId() { return primaryCounsellorId; }
    public void setPrimaryCounsellorId(Long id) { this.primaryCounsellorId = id; }
    public Long getSecondCounsellorId() { return secondCounsellorId; }
    public void setSecondCounsellorId(Long id) { this.secondCounsellorId = id; }
    public Long getOwnCounsellorId() { return ownCounsellorId; }
    public void setOwnCounsellorId(Long id) { this.ownCounsellorId = id; }
    public Long getPartnerOwnCounsellorId() { return partnerOwnCounsellorId; }
    public void setPartnerOwnCounsellorId(Long id) { this.partnerOwnCounsellorId = id; }
    public CloseReason getCloseReason() { return closeReason; }
    public void setCloseReason(CloseReason closeReason) { this.closeReason = closeReason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getCaseId() { return caseId; }
}
