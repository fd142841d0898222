package org.tenfold.client;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The client list: one search box, a status filter, server-side paging and sorting. */
@Named
@ViewScoped
public class ClientListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Table columns that may be sorted, to the service's allow-list. Anything else is ignored. */
    private static final Map<String, ClientSortField> SORTABLE = Map.of(
            "chartNumber", ClientSortField.CHART_NUMBER,
            "legalLastName", ClientSortField.LAST_NAME,
            "legalFirstName", ClientSortField.FIRST_NAME,
            "dateOfBirth", ClientSortField.DATE_OF_BIRTH,
            "status", ClientSortField.STATUS);

    @Inject
    ClientService clients;

    private String search;
    private ClientStatus status;
    /** The last count reached the cap: the table says "more than 1,000" and asks for more of the name. */
    private boolean capped;

    private final LazyDataModel<ClientView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long found = clients.count(query(0, 1, Map.of()));
            capped = found > ClientService.COUNT_CAP;
            return (int) Math.min(found, ClientService.COUNT_CAP);
        }

        @Override
        public List<ClientView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            int size = Math.max(pageSize, 1);
            return clients.page(query(first / size, size, sortBy)); // count() gave the row count
        }

        @Override
        public String getRowKey(ClientView client) {
            return String.valueOf(client.getId());
        }

        @Override
        public ClientView getRowData(String rowKey) {
            return null; // rows are opened by link, not selected
        }
    };

    private ClientQuery query(int page, int size, Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        ClientSortField field = sort == null ? ClientSortField.LAST_NAME
                : SORTABLE.getOrDefault(sort.getField(), ClientSortField.LAST_NAME);
        boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
        return new ClientQuery(search, status, field, descending, page, size);
    }

    public ClientStatus[] getStatuses() {
        return ClientStatus.values();
    }

    public LazyDataModel<ClientView> getModel() { return model; }
    public boolean isCapped() { return capped; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public ClientStatus getStatus() { return status; }
    public void setStatus(ClientStatus status) { this.status = status; }
}
