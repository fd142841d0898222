package org.tenfold.scheduling;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.tenfold.care.CaseKind;

/**
 * A case as front desk sees it when booking: its kind, its members' names and its primary
 * counsellor (whom its sessions are booked with by default), as in "Couple case — Alex &amp; Jordan Demoulin — counsellor Sam Reed". Nothing clinical.
 */
public record CaseChoice(long id, CaseKind kind, String label, List<Member> members, Long counsellorId)
        implements Serializable {

    /** A member of the case, named as the client picker names them. */
    public record Member(long clientId, String displayName, String chartNumber) implements Serializable {
    }

    /** A member's names as the label uses them: the preferred first name when there is one. */
    public record Name(String first, String last) {
    }

    /**
     * "Couple case — Alex &amp; Jordan Demoulin — counsellor X" when the partners share a last name,
     * "Couple case — Alex Demoulin &amp; Jordan Smith — counsellor X" when not.
     */
    public static String label(CaseKind kind, List<Name> names, String counsellor) {
        String who;
        if (names.stream().map(Name::last).distinct().count() == 1) {
            who = names.stream().map(Name::first).collect(Collectors.joining(" & ")) + " " + names.get(0).last();
        } else {
            who = names.stream().map(n -> n.first() + " " + n.last()).collect(Collectors.joining(" & "));
        }
        return (kind == CaseKind.COUPLE ? "Couple case" : "Individual case") + " — " + who
                + (counsellor == null ? "" : " — counsellor " + counsellor);
    }
}
