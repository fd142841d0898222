package org.tenfold.bench.load;

import java.util.Locale;

/**
 * What front desk types into the search box, derived from a real row so every query finds someone.
 * Each kind exercises a different index: the name columns, the double-surname tail, email, the
 * reversed phone digits, the chart number.
 */
public enum SearchKind {
    SURNAME_PREFIX("first 4 letters of a surname, lower case") {
        @Override
        String query(SampledClient c) {
            return prefix(c.lastName(), 4).strip().toLowerCase(Locale.ROOT); // "van " of "van der Berg" is typed "van"
        }
    },
    SURNAME_TAIL("second part of a double surname") {
        @Override
        String query(SampledClient c) {
            return c.lastNameTail();
        }
    },
    FIRST_NAME("a whole first name") {
        @Override
        String query(SampledClient c) {
            return c.firstName();
        }
    },
    ZOE("\"zoe\", which must find Zoë too") {
        @Override
        String query(SampledClient c) {
            return "zoe";
        }
    },
    FULL_NAME("two words: first and last name") {
        @Override
        String query(SampledClient c) {
            return c.firstName() + " " + c.lastName();
        }
    },
    CHART_NUMBER("a chart number, C-012345") {
        @Override
        String query(SampledClient c) {
            return c.chartNumber();
        }
    },
    PHONE_END("last 4 to 7 digits of a phone") {
        @Override
        String query(SampledClient c) {
            String digits = c.phone().replaceAll("\\D", "");
            int n = 4 + Math.floorMod(c.id(), 4);
            return digits.substring(Math.max(0, digits.length() - n));
        }
    },
    EMAIL_PREFIX("first 6 characters of an email") {
        @Override
        String query(SampledClient c) {
            return prefix(c.email(), 6);
        }
    };

    private final String description;

    SearchKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The text typed for this client; only called with clients that have what the kind needs. */
    abstract String query(SampledClient c);

    boolean applies(SampledClient c) {
        return switch (this) {
            case SURNAME_TAIL -> c.lastNameTail() != null;
            case PHONE_END -> c.phone() != null;
            case EMAIL_PREFIX -> c.email() != null;
            default -> true;
        };
    }

    private static String prefix(String s, int codePoints) {
        return s.codePointCount(0, s.length()) <= codePoints ? s : s.substring(0, s.offsetByCodePoints(0, codePoints));
    }

    /** The columns of a sampled row that queries are made from. */
    public record SampledClient(long id, String chartNumber, String firstName, String lastName, String lastNameTail,
            String email, String phone) {
    }
}
