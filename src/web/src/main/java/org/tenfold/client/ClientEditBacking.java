package org.tenfold.client;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.OptionalLong;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Ids;
import org.tenfold.shell.Screens;

/**
 * Creates a client or edits one. Keeps the version that was loaded: a save over someone else's
 * newer save is refused and what the user typed stays on screen.
 */
@Named
@ViewScoped
public class ClientEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientService clients;

    private String id;
    private Long clientId;
    private long version;
    private String chartNumber;
    private ClientDetails details = new ClientDetails();
    private boolean duplicateWarning;
    private boolean stale;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null || id.isBlank()) {
            return; // a new client
        }
        OptionalLong parsed = Ids.parse(id);
        if (parsed.isEmpty()) {
            Screens.notFound();
            return;
        }
        try {
            ClientView client = clients.getForEdit(parsed.getAsLong());
            clientId = client.getId();
            version = client.getVersion();
            chartNumber = client.getChartNumber();
            details = client.details();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void save() throws IOException {
        saveClient(false);
    }

    public void saveConfirmingDuplicate() throws IOException {
        saveClient(true);
    }

    private void saveClient(boolean duplicateConfirmed) throws IOException {
        try {
            ClientView saved = clientId == null ? clients.create(details, duplicateConfirmed)
                    : clients.update(clientId, version, details);
            Screens.info(clientId == null ? "Client " + saved.getChartNumber() + " registered."
                    : "Changes to " + saved.getChartNumber() + " saved.");
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/clients/view.xhtml?id=" + saved.getId());
        } catch (ClientService.PossibleDuplicateException e) {
            duplicateWarning = true;
            Screens.show(e);
        } catch (org.tenfold.platform.StaleDataException e) {
            stale = true; // what was typed stays on screen; the reload button fetches their version
            Screens.show(e);
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public boolean isNew() {
        return clientId == null;
    }

    public ClientStatus[] getStatuses() {
        return ClientStatus.values();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getClientId() { return clientId; }
    public String getChartNumber() { return chartNumber; }
    public ClientDetails getDetails() { return details; }
    public boolean isDuplicateWarning() { return duplicateWarning; }
    public boolean isStale() { return stale; }
}
