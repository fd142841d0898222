package org.tenfold.plan.records;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.plan.records.CaseRecords.CaseContext;
import org.tenfold.plan.records.StepRecordInputs.AssignmentChange;
import org.tenfold.plan.records.StepRecordInputs.AssignmentInput;
import org.tenfold.plan.records.StepRecordInputs.EducationItemInput;
import org.tenfold.plan.records.StepRecordViews.AssignmentView;
import org.tenfold.plan.records.StepRecordViews.EducationItemView;
import org.tenfold.staff.Roles;

/**
 * Education (step 8): the clinic's catalogue of books, workshops, support groups, articles and videos
 * (read by clinical staff, kept by counsellors and administrators; no client data, changes audited),
 * and its items assigned to members of a case, each moving ASSIGNED, IN_PROGRESS, COMPLETED or
 * DROPPED. Assignments are a member's own records: audited with that member, and following their
 * sharing choice.
 */
@Stateless
public class EducationService {

    private static final String ITEM = "EducationItem";
    private static final String ASSIGNMENT = "EducationAssignment";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    CaseRecords records;

    @Inject
    StepRecordReader reader;

    @Inject
    ClinicalAccess access;

    @Inject
    AuditTrail audit;

    /** The catalogue, by kind and title; retired items only when asked for. */
    @RolesAllowed({Roles.ADMIN, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<EducationItemView> catalogue(boolean includeRetired) {
        return em.createNamedQuery("EducationItem.findAll", EducationItem.class).getResultList().stream()
                .filter(i -> includeRetired || i.isActive()).map(EducationItemView::of).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public EducationItemView item(long itemId) {
        return EducationItemView.of(findItem(itemId));
    }

    @RolesAllowed({Roles.ADMIN, Roles.COUNSELLOR})
    public EducationItemView addItem(EducationItemInput input) {
        EducationItemInput in = input == null ? new EducationItemInput() : input;
        Item v = validItem(in);
        EducationItem item = new EducationItem(in.kind, v.title, v.provider, v.link, v.description,
                access.staff().getUsername(), Instant.now());
        em.persist(item);
        em.flush();
        audit.record(AuditAction.EDUCATION_ITEM_CREATE, AuditOutcome.SUCCESS, ITEM, item.getId(), null,
                in.kind + ": " + v.title);
        return EducationItemView.of(item);
    }

    /** Replaces an item's fields; {@code active} false retires it (it stays on existing assignments). */
    @RolesAllowed({Roles.ADMIN, Roles.COUNSELLOR})
    public EducationItemView updateItem(long itemId, long expectedVersion, EducationItemInput input) {
        EducationItem item = findItem(itemId);
        CaseRecords.checkVersion(item.getVersion(), expectedVersion, "This catalogue item");
        EducationItemInput in = input == null ? new EducationItemInput() : input;
        Item v = validItem(in);
        boolean active = in.active == null ? item.isActive() : in.active;
        item.change(in.kind, v.title, v.provider, v.link, v.description, active, access.staff().getUsername(),
                Instant.now());
        records.flush("This catalogue item");
        audit.record(AuditAction.EDUCATION_ITEM_UPDATE, AuditOutcome.SUCCESS, ITEM, itemId, null,
                (active ? "" : "retired; ") + in.kind + ": " + v.title);
        return EducationItemView.of(item);
    }

    /** The case's assignments the caller may see, by member and date. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<AssignmentView> assignments(long caseId) {
        CaseContext ctx = records.read(caseId, AuditAction.STEP_RECORDS_VIEW);
        List<AssignmentView> views = reader.assignments(ctx);
        records.audited(ctx, AuditAction.STEP_RECORDS_VIEW, "CareCase", caseId, null,
                views.size() + " education assignment(s) listed");
        return views;
    }

    /** Assigns an active catalogue item to a member of the case. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public AssignmentView assign(long caseId, AssignmentInput input) {
        CaseContext ctx = records.write(caseId, AuditAction.EDUCATION_ASSIGN);
        AssignmentInput in = input == null ? new AssignmentInput() : input;
        records.requireMember(ctx, "clientId", in.clientId, AuditAction.EDUCATION_ASSIGN, ASSIGNMENT, "new");
        Map<String, String> errors = new LinkedHashMap<>();
        String note = CaseRecords.optional(in.note, "note", CaseRecords.MAX_NOTE, "The note", errors);
        EducationItem item = in.itemId == null ? null : em.find(EducationItem.class, in.itemId);
        if (item == null || !item.isActive()) {
            errors.put("itemId", in.itemId == null ? "Choose an item of the catalogue."
                    : "Choose an item of the catalogue that is in use.");
        }
        LocalDate today = records.today();
        LocalDate on = in.assignedOn == null ? today : in.assignedOn;
        if (on.isAfter(today)) {
            errors.put("assignedOn", "The date assigned cannot be in the future.");
        } else if (on.isBefore(ctx.careCase().getOpenedOn())) {
            errors.put("assignedOn", "The date assigned cannot be before the case opened ("
                    + ctx.careCase().getOpenedOn() + ").");
        }
        CaseRecords.throwIfAny(errors);
        EducationAssignment a = new EducationAssignment(caseId, in.clientId, item.getId(), on, note, ctx.by(),
                Instant.now());
        em.persist(a);
        em.flush();
        records.audited(ctx, AuditAction.EDUCATION_ASSIGN, ASSIGNMENT, a.getId(), in.clientId,
                "assigned item " + item.getId());
        return reader.assignment(ctx, a, item);
    }

    /** A new status and note; COMPLETED and DROPPED are final (409 to leave them). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public AssignmentView updateAssignment(long caseId, long assignmentId, long expectedVersion,
            AssignmentChange change) {
        CaseContext ctx = records.write(caseId, AuditAction.EDUCATION_ASSIGNMENT_UPDATE);
        EducationAssignment a = em.find(EducationAssignment.class, assignmentId);
        if (a == null || a.getCaseId() != caseId) {
            throw new NotFoundException("Education assignment", assignmentId);
        }
        records.requireMayUseMember(ctx, a.getClientId(), AuditAction.EDUCATION_ASSIGNMENT_UPDATE, ASSIGNMENT,
                assignmentId);
        CaseRecords.checkVersion(a.getVersion(), expectedVersion, "This assignment");
        AssignmentChange in = change == null ? new AssignmentChange() : change;
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.status == null) {
            errors.put("status", "Choose the status: ASSIGNED, IN_PROGRESS, COMPLETED or DROPPED.");
        }
        String note = CaseRecords.optional(in.note, "note", CaseRecords.MAX_NOTE, "The note", errors);
        CaseRecords.throwIfAny(errors);
        if (!a.getStatus().canBecome(in.status)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This assignment is " + a.getStatus()
                    + (a.getStatus().next().isEmpty() ? ", which is final; assign the item again to start over."
                            : " and can become one of " + a.getStatus().next() + "."));
        }
        AssignmentStatus from = a.getStatus();
        a.change(in.status, note, records.today(), ctx.by(), Instant.now());
        records.flush("This assignment");
        records.audited(ctx, AuditAction.EDUCATION_ASSIGNMENT_UPDATE, ASSIGNMENT, assignmentId, a.getClientId(),
                from + " -> " + in.status);
        return reader.assignment(ctx, a, findItem(a.getItemId()));
    }

    private EducationItem findItem(long itemId) {
        EducationItem item = em.find(EducationItem.class, itemId);
        if (item == null) {
            throw new NotFoundException("Catalogue item", itemId);
        }
        return item;
    }

    private record Item(String title, String provider, String link, String description) {
    }

    private static Item validItem(EducationItemInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.kind == null) {
            errors.put("kind", "Choose the kind: BOOK, WORKSHOP, SUPPORT_GROUP, ARTICLE or VIDEO.");
        }
        String title = CaseRecords.required(in.title, "title", 300, "The title", errors);
        String provider = CaseRecords.optional(in.provider, "provider", 300, "The author or provider", errors);
        String link = CaseRecords.optional(in.link, "link", 500, "The link", errors);
        String description = CaseRecords.optional(in.description, "description", 2000, "The description", errors);
        if (link != null && !errors.containsKey("link") && !isWebAddress(link)) {
            errors.put("link", "The link is a web address starting with https:// or http://.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Item(title, provider, link, description);
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
