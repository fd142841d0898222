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
