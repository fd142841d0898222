package org.tenfold.client;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.platform.BusinessException;

/**
 * A client autocomplete for any screen that picks clients (one, or both partners of a couple): the
 * completion (an audited search, like the client list's) and the converter that turns the picker's
 * ids back into the clients the last searches offered. Inject it into the view's backing bean.
 */
@Dependent
public class ClientPicker implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int OFFERED = 12;

    /** A client in the picker: id and what front desk reads, nothing else. */
    public record Option(long id, String label) implements Serializable {
    }

    @Inject
    ClientService clients;

    private final Map<String, Option> offered = new LinkedHashMap<>();

    /** The clients whose name, chart number, phone or email starts with the text; none below two letters. */
    public List<Option> complete(String text) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        try {
            List<Option> found = clients.search(new ClientQuery(text.strip(), null, ClientSortField.LAST_NAME, false,
                    0, OFFERED)).items().stream()
                    .map(c -> new Option(c.getId(), c.getDisplayName() + " (" + c.getChartNumber() + ")")).toList();
            found.forEach(o -> offered.put(String.valueOf(o.id()), o));
            return found;
        } catch (BusinessException | EJBAccessException e) {
            return List.of();
        }
    }

    public Converter<Option> getConverter() {
        return new Converter<>() {
            @Override
            public Option getAsObject(FacesContext context, UIComponent component, String value) {
                return value == null ? null : offered.get(value);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, Option value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }
}
