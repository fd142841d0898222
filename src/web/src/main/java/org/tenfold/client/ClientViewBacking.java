package org.tenfold.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.OptionalLong;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Ids;
import org.tenfold.shell.Screens;

/** A client's record, read-only; opening it is audited by the service. */
@Named
@RequestScoped
public class ClientViewBacking {

    @Inject
    ClientService clients;

    private String id;
    private ClientView client;
    private boolean editable;

    public void load() {
        OptionalLong parsed = Ids.parse(id);
        if (parsed.isEmpty()) {
            Screens.notFound();
            return;
        }
        try {
            client = clients.get(parsed.getAsLong());
            editable = clients.mayEdit(client.getId());
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ClientView getClient() { return client; }
    /** Front desk, or a counsellor or supervisor of this client's care: only they are offered Edit. */
    public boolean isEditable() { return editable; }
}
