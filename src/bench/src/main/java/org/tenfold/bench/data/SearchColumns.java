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

    /**
     * What follows the first space or hyphen of the last name, stripped; null when nothing does.
     * A copy of the package-private {@code Client.tailOf}: keep the two the same (the test checks it),
     * and use the entity's method here once it is public.
     */
    static String lastNameTail(String lastName) {
        int cut = -1;
        for (int i = 0; i < lastName.length(); i++) {
            char c = lastName.charAt(i);
            if (c == ' ' || c == '-') {
                cut = i;
                break;
            }
        }
        String tail = cut < 0 ? "" : lastName.substring(cut + 1).strip();
        return tail.isEmpty() ? null : tail;
    }

    /** {@code C-000123}: the entity assigns it from the id right after the insert. */
    static String chartNumber(long id) {
        return ChartNumber.forSequence(id).value();
    }
}
