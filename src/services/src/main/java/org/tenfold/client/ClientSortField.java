package org.tenfold.client;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns a client list may be sorted by: the allow-list between what a screen or an API
 * caller asks for and the entity attributes a query orders on. Nothing else reaches the query.
 */
public enum ClientSortField {
    CHART_NUMBER("chartNumber", "id"),
    LAST_NAME("lastName", "legalLastName", "legalFirstName", "id"),
    FIRST_NAME("firstName", "legalFirstName", "legalLastName", "id"),
    DATE_OF_BIRTH("dateOfBirth", "dateOfBirth", "id"),
    STATUS("status", "status", "legalLastName", "id"),
    CREATED("createdAt", "createdAt", "id");

    private final String apiName;
    private final List<String> attributes;

    ClientSortField(String apiName, String... attributes) {
        this.apiName = apiName;
        this.attributes = List.of(attributes);
    }

    /** Entity attributes to order by, most significant first (the id keeps paging stable). */
    public List<String> attributes() {
        return attributes;
    }

    public String apiName() {
        return apiName;
    }

    /** Accepts the API name ({@code lastName}) or the constant ({@code LAST_NAME}); anything else is empty. */
    public static Optional<ClientSortField> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ClientSortField f : values()) {
            if (f.apiName.equals(text) || f.name().equals(text.toUpperCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
