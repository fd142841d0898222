package org.tenfold.care;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one answer to "may this reader, for this purpose, see this member's item?" for every record that
 * belongs to one member of a case (a partner's own goals and objectives, milestones, education, self-care,
 * individual notes and a note's rows that name them, a boundary a partner proposed that is not yet agreed,
 * intake answers, consents, flags, their own progress reports). Pure logic over {@link AccessRule}'s facts,
 * like the rule itself; {@link ClinicalAccess#disclosure} builds one from the database. Every output that
 * carries member-owned records (screens and API through the services' views, plan copies, progress reports,
 * record exports) filters through an instance of this class and nowhere else.
 *
 * <p>An item's owner is a client id, or {@code null} for what belongs to the couple or to a joint session
 * (the whole case). The couple's items follow the case-level rule the caller already passed; a member's
 * own item is shown when both hold:
 * <ul>
 * <li><b>the maker may use it</b>: the member of staff making the output may use this member's records
 * ({@link AccessRule#mayUseMember}: case counsellors, the member's own counsellor, the other partner's
 * own counsellor only while the member shares, supervisors, break-the-glass);</li>
 * <li><b>its receivers may see it</b>: for a {@link Purpose#STAFF} read nobody else receives it; for an
 * output that goes to clients, every client who receives it is the member themselves, or the member
 * shares with their partner; and the member's item belongs in that output at all (a member's own report
 * or record export is about that member and the couple, never the other partner's own items, shared or
 * not).</li>
 * </ul>
 */
public final class Disclosure {

    /** What an output is for, and so who receives it. */
    public enum Purpose {
        /** A member of staff reading on a screen or through the API, or the plan's record copy. */
        STAFF,
        /** The couple's joint progress report: both partners receive it. */
        JOINT_REPORT,
        /** A member's own progress report (a partner's own, or an individual client's). */
        OWN_REPORT,
        /** A member's records request (the export of their record). */
        RECORD_EXPORT,
        /** The treatment plan's client copy: every member of the case receives it. */
        PLAN_CLIENT_COPY,
        /**
         * A client reading their own portal ({@code subject}: the signed-in client, who is also the reader): the
         * couple's items and their own, never the other partner's own, shared or not. A partner who shares lets
         * their partner's counsellor and the joint outputs carry their items; their partner's portal is not such
         * an output, since the other partner already receives those items in the joint report.
         */
        PORTAL
    }

    private final Purpose purpose;
    private final AccessRule.Caller maker;
    private final AccessRule.CaseFacts facts;
    private final Long subject;

    private Disclosure(Purpose purpose, AccessRule.Caller maker, AccessRule.CaseFacts facts, Long subject) {
        this.purpose = Objects.requireNonNull(purpose);
        // a client's own portal is read by the client: no member of staff makes it
        this.maker = purpose == Purpose.PORTAL ? maker : Objects.requireNonNull(maker);
        this.facts = Objects.requireNonNull(facts);
        this.subject = subject;
        boolean needsSubject = purpose == Purpose.OWN_REPORT || purpose == Purpose.RECORD_EXPORT
                || purpose == Purpose.PORTAL;
        if (needsSubject != (subject != null)) {
            throw new IllegalArgumentException(purpose + (needsSubject ? " is about one member" : " is about no one member"));
        }
        if (subject != null && facts.members().stream().noneMatch(m -> m.clientId() == subject)) {
            throw new IllegalArgumentException("Client " + subject + " is not a member of case " + facts.caseId());
        }
    }

    /** What a member of staff reads on screen or through the API. */
    public static Disclosure forStaff(AccessRule.Caller caller, AccessRule.CaseFacts facts) {
        return new Disclosure(Purpose.STAFF, caller, facts, null);
    }

    /** An output that goes to the case's clients ({@code subject}: the member an own report or export is about). */
    public static Disclosure forClients(Purpose purpose, AccessRule.Caller maker, AccessRule.CaseFacts facts,
            Long subject) {
        if (purpose == Purpose.STAFF || purpose == Purpose.PORTAL) {
            throw new IllegalArgumentException(purpose == Purpose.STAFF ? "use forStaff" : "use forPortal");
        }
        return new Disclosure(purpose, maker, facts, subject);
    }

    /** What a client may read of this case in their own portal: the couple's items and their own. */
    public static Disclosure forPortal(AccessRule.CaseFacts facts, long client) {
        return new Disclosure(Purpose.PORTAL, null, facts, client);
    }

    public Purpose purpose() {
        return purpose;
    }

    public long caseId() {
        return facts.caseId();
    }

    /** The member an own report or export is about; null for the other purposes. */
    public Long subject() {
        return subject;
    }

    /** May this output carry an item owned by this member ({@code null}: the couple's or a joint session's)? */
    public boolean mayShow(Long owner) {
        if (owner == null) {
            return true;
        }
        AccessRule.Member member = member(owner);
        if (purpose == Purpose.PORTAL) {
            return member != null && owner.equals(subject);
        }
        if (member == null || !AccessRule.mayUseMember(maker, facts, owner)) {
            return false;
        }
        return switch (purpose) {
            case STAFF -> true;
            case JOINT_REPORT, PLAN_CLIENT_COPY -> facts.members().size() == 1 || member.shares();
            case OWN_REPORT, RECORD_EXPORT, PORTAL -> owner.equals(subject);
        };
    }

    /** The items of this list the output may carry, in their order. */
    public <T> List<T> keep(Collection<T> items, Function<T, Long> owner) {
        return items.stream().filter(i -> mayShow(owner.apply(i))).toList();
    }

    /** Members whose own items this output leaves out (for a line saying so, never for what they are). */
    public Set<Long> withheldMembers() {
        return facts.members().stream().map(AccessRule.Member::clientId).filter(id -> !mayShow(id))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private AccessRule.Member member(long clientId) {
        return facts.members().stream().filter(m -> m.clientId() == clientId).findFirst().orElse(null);
    }
}
