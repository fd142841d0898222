package org.tenfold.bench.data;

import org.tenfold.client.ChartNumber;
import org.tenfold.client.Client;

/**
 * The columns the application fills from others so that its search can use an index. They must
 * hold exactly what {@link Client} would store, or the benchmark would measure searches that find
 * the wrong rows. SearchColumnsTest compares these with the entity on thousands of generated clients.
 */
final class SearchColumns {

    private SearchColumns() {
    }

    /** The entity's own code: digits without leading zeros, reversed. */
    static String phoneDigitsReversed(String phone) {
        return Client.reversedDigits(phone);
    }

    /** The entity's own code: what follows the first space or hyphen of the last name. */
    static String lastNameTail(String lastName) {
        return Client.lastNameTailOf(lastName);
    }

    /** {@code C-000123}: the entity assigns it from the id right after the insert. */
    static String chartNumber(long id) {
        return ChartNumber.forSequence(id).value();
    }
}
