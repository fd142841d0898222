package org.tenfold.plan.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tenfold.care.CareViews.StaffRef;
import org.tenfold.plan.records.CaseRecords.CaseContext;
import org.tenfold.plan.records.StepRecordViews.AssignmentView;
import org.tenfold.plan.records.StepRecordViews.BoundaryEventView;
import org.tenfold.plan.records.StepRecordViews.BoundaryView;
import org.tenfold.plan.records.StepRecordViews.EducationItemView;
import org.tenfold.plan.records.StepRecordViews.MilestoneView;
import org.tenfold.plan.records.StepRecordViews.ProposedBy;
import org.tenfold.plan.records.StepRecordViews.SelfCarePlanView;
import org.tenfold.plan.records.StepRecordViews.SelfCareView;
import org.tenfold.plan.records.StepRecordViews.StepRecordsView;

/**
 * Turns a case's step records into views with a fixed number of queries per kind, whatever the
 * number of records, leaving out every record whose owner the context's {@code Disclosure} withholds
 * (a member's own records from whoever may not see them). No access check or audit here: the calling
 * service has done both for the case.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StepRecordReader {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    CaseRecords records;

    /**
     * Every step record of the case that the context's disclosure lets through, in one view; members it
     * withholds are named in {@code withheldMembers} (for a line saying so, never what they hold).
     */
    public StepRecordsView all(CaseContext ctx) {
        return new StepRecordsView(ctx.caseId(), ctx.careCase().getKind(), ctx.careCase().getStatus(),
                List.copyOf(ctx.members().values()), List.copyOf(ctx.disclosure().withheldMembers()),
                boundaries(ctx), milestones(ctx), assignments(ctx), selfCare(ctx), StepRecordsView.FIELDS,
                StepRecordsView.CLINICIAN);
    }

    /** The case's boundaries with their history (a partner's proposal not yet agreed is theirs): three queries. */
    public List<BoundaryView> boundaries(CaseContext ctx) {
        return boundaries(ctx, em.createNamedQuery("Boundary.findByCase", Boundary.class)
                .setParameter("caseId", ctx.caseId()).getResultList().stream()
                .filter(b -> ctx.mayShow(b.getOwnerClientId())).toList());
    }

    public BoundaryView boundary(CaseContext ctx, Boundary b) {
        return boundaries(ctx, List.of(b)).get(0);
    }

    private List<BoundaryView> boundaries(CaseContext ctx, List<Boundary> boundaries) {
        if (boundaries.isEmpty()) {
            return List.of();
        }
        Map<Long, List<BoundaryEventView>> history = em.createNamedQuery("BoundaryEvent.findByBoundaries",
                BoundaryEvent.class).setParameter("ids", boundaries.stream().map(Boundary::getId).toList())
                .getResultList().stream().collect(Collectors.groupingBy(BoundaryEvent::getBoundaryId,
                        Collectors.mapping(e -> new BoundaryEventView(e.getKind(), e.getFromStatus(), e.getToStatus(),
                                e.getNote(), e.getPreviousWording(), e.getHappenedAt(), e.getHappenedBy()),
                                Collectors.toList())));
        Set<Long> staffIds = new HashSet<>();
        boundaries.stream().map(Boundary::getProposedByCounsellorId).filter(id -> id != null).forEach(staffIds::add);
        Map<Long, StaffRef> staff = records.staffRefs(staffIds);
        LocalDate today = records.today();
        return boundaries.stream().map(b -> new BoundaryView(b.getId(), b.getCaseId(), RecordStep.BOUNDARIES.number(),
                b.getWording(), b.getProposedByClientId() != null
                        ? new ProposedBy(ProposedBy.CLIENT, ctx.member(b.getProposedByClientId()), null)
                        : new ProposedBy(ProposedBy.COUNSELLOR, null, staff.get(b.getProposedByCounsellorId())),
                b.getStatus(), b.getAgreedOn(), b.getReviewOn(), b.getReviewOn() != null
                        && !b.getReviewOn().isAfter(today) && b.getStatus() != BoundaryStatus.RETIRED,
                history.getOrDefault(b.getId(), List.of()), b.getUpdatedBy(), b.getUpdatedAt(), b.getVersion()))
                .toList();
    }

    /** The couple's milestones and those of the members shown, oldest first. */
    public List<MilestoneView> milestones(CaseContext ctx) {
        return em.createNamedQuery("Milestone.findByCase", Milestone.class).setParameter("caseId", ctx.caseId())
                .getResultList().stream().filter(m -> ctx.mayShow(m.getClientId()))
                .map(m -> milestone(ctx, m)).toList();
    }

    public MilestoneView milestone(CaseContext ctx, Milestone m) {
        return new MilestoneView(m.getId(), m.getCaseId(), RecordStep.MILESTONES.number(), ctx.member(m.getClientId()),
                m.getAchievedOn(), m.getDescription(), m.isVisibleToClient(), m.getRecordedBy(), m.getRecordedAt(),
                m.getVersion());
    }

    /** The assignments of the members shown, with their catalogue items: two queries. */
    public List<AssignmentView> assignments(CaseContext ctx) {
        List<EducationAssignment> all = em.createNamedQuery("EducationAssignment.findByCase", EducationAssignment.class)
                .setParameter("caseId", ctx.caseId()).getResultList().stream()
                .filter(a -> ctx.mayShow(a.getClientId())).toList();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, EducationItem> items = em.createQuery("SELECT i FROM EducationItem i WHERE i.id IN :ids",
                EducationItem.class).setParameter("ids", all.stream().map(EducationAssignment::getItemId).distinct()
                        .toList()).getResultList().stream()
                .collect(Collectors.toMap(EducationItem::getId, Function.identity()));
        return all.stream().map(a -> assignment(ctx, a, items.get(a.getItemId()))).toList();
    }

    public AssignmentView assignment(CaseContext ctx, EducationAssignment a, EducationItem item) {
        return new AssignmentView(a.getId(), a.getCaseId(), RecordStep.EDUCATION.number(), ctx.member(a.getClientId()),
                EducationItemView.of(item), a.getAssignedOn(), a.getStatus(), a.getStatusChangedOn(), a.getNote(),
                a.getAssignedBy(), a.getVersion());
    }

    /** One plan per member shown, in the case's member order; active activities first. */
    public List<SelfCarePlanView> selfCare(CaseContext ctx) {
        List<SelfCareActivity> all = em.createNamedQuery("SelfCareActivity.findByCase", SelfCareActivity.class)
                .setParameter("caseId", ctx.caseId()).getResultList();
        return ctx.members().values().stream().filter(m -> ctx.mayShow(m.clientId()))
                .map(m -> new SelfCarePlanView(m, all.stream().filter(a -> a.getClientId() == m.clientId())
                        .sorted(Comparator.comparing((SelfCareActivity a) -> !a.isActive()))
                        .map(a -> selfCare(ctx, a)).toList())).toList();
    }

    public SelfCareView selfCare(CaseContext ctx, SelfCareActivity a) {
        return new SelfCareView(a.getId(), a.getCaseId(), RecordStep.SELF_CARE.number(), ctx.member(a.getClientId()),
                a.getActivity(), a.getFrequency(), a.getNote(), a.isActive(), a.getVersion());
    }
}
