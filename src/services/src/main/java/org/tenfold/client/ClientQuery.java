package org.tenfold.client;

/**
 * A search of the client list: free text matched against name, chart number, phone and email; an
 * optional status; a sort taken from the allow-list; a page.
 */
public record ClientQuery(String text, ClientStatus status, ClientSortField sort, boolean descending, int page,
        int size) {

    public ClientQuery {
        sort = sort == null ? ClientSortField.LAST_NAME : sort;
    }

    public static ClientQuery text(String text) {
        return new ClientQuery(text, null, ClientSortField.LAST_NAME, false, 0, 20);
    }
}
