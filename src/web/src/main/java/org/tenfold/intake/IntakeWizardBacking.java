package org.tenfold.intake;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.OptionalLong;
import org.tenfold.intake.IntakeViews.IntakeView;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Ids;
import org.tenfold.shell.Screens;

/**
 * The intake wizard for the counsellor: the answers section by section, saved as a draft at any
 * step (and resumed from it later), submitted when complete. The intake service decides who may
 * read and write it (a refusal is audited there) and says what a submit lacks, one message per field.
 */
@Named
@ViewScoped
public class IntakeWizardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IntakeService intakes;

    private String id;
    private Long clientId;
    private Long version;
    private IntakeStatus status;
    // clinical answers stay in memory for the open page only, never in a stored session
    private transient IntakeAnswers answers;

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
            show(intakes.get(parsed.getAsLong()));
            clientId = parsed.getAsLong();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void saveDraft() {
        try {
            show(intakes.save(clientId, version, answers));
            Screens.info("Draft saved.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void submit() {
        try {
            show(intakes.save(clientId, version, answers));
            show(intakes.submit(clientId, version));
            Screens.info("Intake submitted.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    private void show(IntakeView view) {
        version = view.version();
        status = view.status();
        answers = view.answers() == null ? new IntakeAnswers() : view.answers();
    }

    public boolean isEditable() {
        return answers != null && status == IntakeStatus.DRAFT;
    }

    public RelationshipStatus[] getRelationshipStatuses() { return RelationshipStatus.values(); }
    public PartnerInCare[] getPartnerInCareChoices() { return PartnerInCare.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getClientId() { return clientId; }
    public IntakeStatus getStatus() { return status; }
    public IntakeAnswers getAnswers() { return answers; }
}
