package org.tenfold.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseKind;
import org.tenfold.care.CaseMember;
import org.tenfold.care.CaseRole;
import org.tenfold.care.CaseStatus;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.client.Client;
import org.tenfold.client.ClientStatus;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.progress.ProgressReportViews.BatchView;
import org.tenfold.progress.ProgressReportViews.ItemFailure;
import org.tenfold.staff.Role;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;

/**
 * A counsellor's monthly drafts for all their active clients, made in the background: one draft per
 * client of an individual case, and for a couple the joint report plus each partner's own. The batch row
 * keeps the counts, so its progress can be read again after navigating away.
 */
@Stateless
public class ProgressReportBatchService {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicProfile clinic;

    @Inject
    jakarta.enterprise.event.Event<BatchStarted> started;

    @Inject
    ReportBatchWorkers workers;

    /** Raised when a batch and its items are stored; its drafts start once that has committed, under the token. */
    public record BatchStarted(long batchId, String token) {
    }

    /** One draft to make. */
    public record Item(long clientId, long caseId, ReportKind kind) implements java.io.Serializable {
    }

    /** Starts the caller's batch for the period (default: last calendar month in the clinic's zone). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public BatchView start(LocalDate from, LocalDate to) {
        Staff me = access.staff();
        if (!me.hasRole(Role.COUNSELLOR)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN,
                    "Monthly progress reports are made for a counsellor's own clients.");
        }
        LocalDate first = from != null ? from : LocalDate.now(clinic.zone()).minusMonths(1).withDayOfMonth(1);
        LocalDate last = to != null ? to : first.plusMonths(1).minusDays(1);
        if (first.isAfter(last)) {
            throw new InvalidInputException("to", "The period ends on or after its first day.");
        }
        List<Item> items = itemsOf(me.getId());
        Instant now = Instant.now();
        ReportBatch batch = new ReportBatch(me.getId(), first, last, items.size(), me.getUsername(), now);
        String token = workers.newToken();
        if (!items.isEmpty()) {
            batch.drivenBy(token, now);
        }
        em.persist(batch);
        em.flush();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            em.persist(new ReportBatchItem(batch.getId(), i + 1, item.clientId(), item.caseId(), item.kind()));
        }
        audit.record(AuditAction.PROGRESS_REPORT_BATCH, AuditOutcome.SUCCESS, "ReportBatch", batch.getId(), null,
                items.size() + " draft(s) for " + first + " to " + last);
        if (!items.isEmpty()) {
            started.fire(new BatchStarted(batch.getId(), token));
        }
        return view(batch);
    }

    /** A batch the caller started, as far as it has come. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public BatchView get(long batchId) {
        ReportBatch b = em.find(ReportBatch.class, batchId);
        if (b == null || b.getCounsellorId() != access.staff().getId()) {
            throw new NotFoundException("Report batch", batchId);
        }
        return view(b);
    }

    /** The caller's latest batch, if any. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public BatchView latest() {
        return em.createQuery("SELECT b FROM ReportBatch b WHERE b.counsellorId = :me ORDER BY b.startedAt DESC,"
                + " b.id DESC", ReportBatch.class).setParameter("me", access.staff().getId()).setMaxResults(1)
                .getResultStream().map(this::view).findFirst().orElse(null);
    }

    private BatchView view(ReportBatch b) {
        List<Object[]> rows = b.getFailed() == 0 ? List.of() : em.createQuery("SELECT i, c FROM ReportBatchItem i,"
                + " Client c WHERE i.batchId = :b AND i.status = :failed AND c.id = i.clientId ORDER BY i.seq",
                Object[].class).setParameter("b", b.getId()).setParameter("failed", ReportBatchItem.Status.FAILED)
                .getResultList();
        List<ItemFailure> failures = rows.stream().map(r -> {
            ReportBatchItem i = (ReportBatchItem) r[0];
            return new ItemFailure(i.getClientId(), ((Client) r[1]).getDisplayName(), i.getCaseId(), i.getKind().name(),
                    i.getReason());
        }).toList();
        return BatchView.of(b, failures);
    }

    /** The open cases the counsellor leads or co-leads whose members are active clients. */
    private List<Item> itemsOf(long counsellorId) {
        List<CareCase> cases = em.createQuery("SELECT c FROM CareCase c WHERE c.status = :open AND"
                + " (c.primaryCounsellorId = :me OR c.secondCounsellorId = :me) ORDER BY c.id", CareCase.class)
                .setParameter("open", CaseStatus.OPEN).setParameter("me", counsellorId).getResultList();
        List<Long> clientIds = cases.stream().flatMap(c -> c.clientIds().stream()).distinct().toList();
        Map<Long, ClientStatus> status = clientIds.isEmpty() ? Map.of()
                : em.createQuery("SELECT c FROM Client c WHERE c.id IN :ids", Client.class)
                        .setParameter("ids", clientIds).getResultList().stream()
                        .collect(Collectors.toMap(Client::getId, Client::getStatus));
        List<Item> items = new ArrayList<>();
        for (CareCase c : cases) {
            List<CaseMember> members = c.getMembers().stream().filter(m -> status.get(m.getClientId())
                    == ClientStatus.ACTIVE).sorted(Comparator.comparing(CaseMember::getRole)).toList();
            if (members.isEmpty()) {
                continue;
            }
            if (c.getKind() == CaseKind.INDIVIDUAL) {
                items.add(new Item(members.get(0).getClientId(), c.getId(), ReportKind.INDIVIDUAL));
                continue;
            }
            if (members.size() == c.getMembers().size()) {
                long first = members.stream().filter(m -> m.getRole() == CaseRole.IN_RECOVERY).findFirst()
                        .orElse(members.get(0)).getClientId();
                items.add(new Item(first, c.getId(), ReportKind.JOINT));
            }
            members.forEach(m -> items.add(new Item(m.getClientId(), c.getId(), ReportKind.PARTNER_OWN)));
        }
        return items;
    }
}
