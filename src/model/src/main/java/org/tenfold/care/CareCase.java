package org.tenfold.care;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tenfold.privacy.NotMemberRecord;

/**
 * An episode of care: INDIVIDUAL (one member, role INDIVIDUAL) or COUPLE (two members, one
 * IN_RECOVERY and one PARTNER), a primary and optionally a second counsellor. Closed with a reason
 * and reopened; the history is in {@link CaseEvent}.
 */
@NotMemberRecord("the case itself (its members, counsellors and state), which its members share")
@Entity
@Table(name = "care_case")
@NamedQuery(name = "CareCase.findOfClients", query = "SELECT DISTINCT c FROM CareCase c JOIN c.members m"
        + " WHERE m.clientId IN :clientIds ORDER BY c.id")
public class CareCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status = CaseStatus.OPEN;

    @Column(name = "primary_counsellor_id", nullable = false)
    private Long primaryCounsellorId;

    @Column(name = "second_counsellor_id")
    private Long secondCounsellorId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_member", joinColumns = @JoinColumn(name = "case_id"))
    private List<CaseMember> members = new ArrayList<>();

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 20)
    private CloseReason closeReason;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CareCase() {
    }

    public CareCase(CaseKind kind, long primaryCounsellorId, Long secondCounsellorId, List<CaseMember> members,
            LocalDate openedOn, String createdBy, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        String problem = membersProblem(kind, members);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (secondCounsellorId != null && secondCounsellorId == primaryCounsellorId) {
            throw new IllegalArgumentException("The second counsellor must be someone other than the primary one.");
        }
        this.primaryCounsellorId = primaryCounsellorId;
        this.secondCounsellorId = secondCounsellorId;
        this.members = new ArrayList<>(members);
        this.openedOn = Objects.requireNonNull(openedOn);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
    }

    /**
     * Why these members do not make a case of this kind, or null when they do: an individual case has
     * one member in role INDIVIDUAL; a couple two different clients, one IN_RECOVERY and one PARTNER.
     */
    public static String membersProblem(CaseKind kind, List<CaseMember> members) {
        if (kind == CaseKind.INDIVIDUAL) {
            return members.size() == 1 && members.get(0).getRole() == CaseRole.INDIVIDUAL ? null
                    : "An individual case has one client, in the role INDIVIDUAL.";
        }
        Set<Long> clients = members.stream().map(CaseMember::getClientId).collect(Collectors.toSet());
        Set<CaseRole> roles = members.stream().map(CaseMember::getRole).collect(Collectors.toSet());
        return members.size() == 2 && clients.size() == 2 && roles.equals(Set.of(CaseRole.IN_RECOVERY, CaseRole.PARTNER))
                ? null : "A couple case has two different clients, one IN_RECOVERY and one PARTNER.";
    }

    public void close(CloseReason reason, LocalDate on) {
        if (status == CaseStatus.CLOSED) {
            throw new IllegalStateException("This case is closed already.");
        }
        status = CaseStatus.CLOSED;
        closeReason = Objects.requireNonNull(reason);
        closedOn = Objects.requireNonNull(on);
    }

    public void reopen() {
        if (status == CaseStatus.OPEN) {
            throw new IllegalStateException("This case is open.");
        }
        status = CaseStatus.OPEN;
        closeReason = null;
        closedOn = null;
    }

    public List<Long> clientIds() {
        return members.stream().map(CaseMember::getClientId).toList();
    }

    /**
     * Who attends a session of this case: the clients named, or all members when none are named. Every client
     * named must be a member; a couple session of a couple case is for both partners and an individual session
     * for one of them; an individual case has no couple sessions. Throws {@link AttendanceRefused} saying why.
     *
     * @param couple whether the session is a couple session
     * @param individual whether it is an individual session (neither: an intake or a group)
     */
    public List<Long> attendees(List<Long> named, boolean couple, boolean individual) {
        List<Long> members = clientIds();
        List<Long> strangers = named.stream().filter(c -> c == null || !members.contains(c)).distinct().toList();
        if (!strangers.isEmpty()) {
            throw new AttendanceRefused("clientIds", (strangers.size() == 1 ? "Client " + strangers.get(0) + " is"
                    : "Clients " + strangers + " are") + " not a member of case " + id + ".");
        }
        List<Long> attending = named.isEmpty() ? members : named.stream().distinct().toList();
        if (kind == CaseKind.COUPLE) {
            if (couple && attending.size() != members.size()) {
                throw new AttendanceRefused("clientIds", "A couple session of a couple case is for both partners.");
            }
            if (individual && attending.size() != 1) {
                throw new AttendanceRefused("clientIds",
                        "An individual session of a couple case is for one partner: choose which.");
            }
        } else if (couple) {
            throw new AttendanceRefused("type", "Case " + id
                    + " is an individual case: book an individual session, or choose the couple's case.");
        }
        return attending;
    }

    /** A session's attendees this case refuses; {@link #field()} names what to change: "clientIds" or "type". */
    public static final class AttendanceRefused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;

        AttendanceRefused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() { return field; }
    }

    public Long getId() { return id; }
    public CaseKind getKind() { return kind; }
    public CaseStatus getStatus() { return status; }
    public Long getPrimaryCounsellorId() { return primaryCounsellorId; }
    public Long getSecondCounsellorId() { return secondCounsellorId; }
    public List<CaseMember> getMembers() { return List.copyOf(members); }
    public LocalDate getOpenedOn() { return openedOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public CloseReason getCloseReason() { return closeReason; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
