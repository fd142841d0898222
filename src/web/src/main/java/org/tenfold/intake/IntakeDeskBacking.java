package org.tenfold.intake;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.OptionalLong;
import org.tenfold.intake.IntakeViews.FrontDeskIntakeView;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Ids;
import org.tenfold.shell.Screens;

/**
 * Front desk's part of a client's intake: the relationship basics of a draft, nothing clinical. The
 * intake service reads and saves only these answers (creating the draft if needed) and refuses once
 * the intake is submitted; the version read goes back with the save, so nothing is overwritten.
 */
@Named
@ViewScoped
public class IntakeDeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IntakeService intakes;

    private String id;
    private Long clientId;
    private Long version;
    private IntakeStatus status;
    private RelationshipStatus relationshipStatus;
    private String relationshipLength;
    private PartnerInCare partnerInCare;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        OptionalLong parsed = Ids.parse(id);
        if (parsed.isEmpty()) {
            Screens.notFound();
            return;
        }
        try {
            show(intakes.frontDeskPart(parsed.getAsLong()));
            clientId = parsed.getAsLong();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void save() {
        IntakeAnswers part = new IntakeAnswers();
        part.setRelationshipStatus(relationshipStatus);
        part.setRelationshipLength(relationshipLength);
        part.setPartnerInCare(partnerInCare);
        try {
            show(intakes.saveFrontDeskPart(clientId, version, part));
            Screens.info("Saved. The counsellor completes the rest at the intake appointment.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    private void show(FrontDeskIntakeView v) {
        version = v.version();
        status = v.status();
        relationshipStatus = v.relationship().getRelationshipStatus();
        relationshipLength = v.relationship().getRelationshipLength();
        partnerInCare = v.relationship().getPartnerInCare();
    }

    public boolean isEditable() {
        return clientId != null && status == IntakeStatus.DRAFT;
    }

    public RelationshipStatus[] getRelationshipStatuses() { return RelationshipStatus.values(); }
    public PartnerInCare[] getPartnerInCareChoices() { return PartnerInCare.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getClientId() { return clientId; }
    public IntakeStatus getStatus() { return status; }
    public RelationshipStatus getRelationshipStatus() { return relationshipStatus; }
    public void setRelationshipStatus(RelationshipStatus s) { this.relationshipStatus = s; }
    public String getRelationshipLength() { return relationshipLength; }
    public void setRelationshipLength(String s) { this.relationshipLength = s; }
    public PartnerInCare getPartnerInCare() { return partnerInCare; }
    public void setPartnerInCare(PartnerInCare p) { this.partnerInCare = p; }
}
