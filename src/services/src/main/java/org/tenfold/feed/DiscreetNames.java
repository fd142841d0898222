package org.tenfold.feed;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How clients are named in a feed: initials ("J. S.") or first names ("Jo"), never a surname.
 * The name a client goes by (preferred, else legal first name) is the one the counsellor knows.
 */
final class DiscreetNames {

    /** The two parts a feed may use, and only in reduced form. */
    record Name(String firstName, String lastName) {
    }

    private DiscreetNames() {
    }

    /** "J. S. & M. K." or "Jo & Mo", in a stable order. */
    static String of(Collection<Name> names, FeedDetail detail) {
        return names.stream().map(n -> detail == FeedDetail.FIRST_NAMES ? firstName(n) : initials(n)).sorted()
                .collect(Collectors.joining(" & "));
    }

    static String initials(Name name) {
        return initial(name.firstName()) + " " + initial(name.lastName());
    }

    private static String firstName(Name name) {
        String first = name.firstName() == null ? "" : name.firstName().strip();
        return first.isEmpty() ? initials(name) : first;
    }

    /** The first letter, upper-cased, with a full stop: "Đặng-Nguyễn" gives "Đ.". */
    static String initial(String name) {
        if (name != null) {
            for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
                int cp = name.codePointAt(i);
                if (Character.isLetter(cp)) {
                    return new String(Character.toChars(cp)).toUpperCase(Locale.ROOT) + ".";
                }
            }
        }
        return "?";
    }
}
