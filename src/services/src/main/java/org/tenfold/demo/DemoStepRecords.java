package org.tenfold.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseKind;
import org.tenfold.care.CaseMember;
import org.tenfold.care.CaseRole;
import org.tenfold.plan.records.AssignmentStatus;
import org.tenfold.plan.records.Boundary;
import org.tenfold.plan.records.BoundaryStatus;
import org.tenfold.plan.records.EducationAssignment;
import org.tenfold.plan.records.EducationItem;
import org.tenfold.plan.records.Milestone;
import org.tenfold.plan.records.SelfCareActivity;

/**
 * Step records of the demo couple (Alex and Jordan Demoulin): two boundaries, one of them
 * renegotiated so its history shows the earlier wording, a milestone of Alex's and one of the
 * couple's, a catalogue item assigned to each partner, and a self-care list each.
 */
final class DemoStepRecords {

    private static final String BY = "counsellor";

    private DemoStepRecords() {
    }

    static void load(EntityManager em) {
        CareCase couple = em.createQuery("SELECT c FROM CareCase c WHERE c.kind = :kind ORDER BY c.id", CareCase.class)
                .setParameter("kind", CaseKind.COUPLE).setMaxResults(1).getSingleResult();
        long caseId = couple.getId();
        long alex = member(couple, CaseRole.IN_RECOVERY);
        long jordan = member(couple, CaseRole.PARTNER);
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);

        Boundary devices = new Boundary(caseId, "Phones and tablets stay out of the bedroom; they charge in the "
                + "kitchen overnight.", jordan, null, null, today.plusWeeks(4), BY, ago(now, 12));
        Boundary sundays = new Boundary(caseId, "Alex shows Jordan his phone's screen-time summary every Sunday.",
                alex, null, null, today.plusWeeks(2), BY, ago(now, 12));
        em.persist(devices);
        em.persist(sundays);
        em.flush();
        em.persist(devices.createdEvent("Jordan's first request after the discovery."));
        em.persist(devices.changeStatus(BoundaryStatus.AGREED, "Both agreed in the joint session.", null,
                today.minusDays(12), BY, ago(now, 12)));
        em.persist(devices.changeStatus(BoundaryStatus.KEPT, "Kept every night since, by both accounts.", null, null,
                BY, ago(now, 5)));
        em.persist(sundays.createdEvent(null));
        em.persist(sundays.changeStatus(BoundaryStatus.AGREED, null, null, today.minusDays(12), BY, ago(now, 12)));
        em.persist(sundays.changeStatus(BoundaryStatus.RENEGOTIATED, "The weekly check felt like an inspection to "
                + "both; reframed as a shared conversation.", "On Sunday evenings we look at the screen-time "
                + "summary together and talk about the week, without blame.", null, BY, ago(now, 5)));
        em.persist(sundays.changeStatus(BoundaryStatus.AGREED, null, null, today.minusDays(5), BY, ago(now, 5)));

        em.persist(new Milestone(caseId, alex, today.minusDays(2), "Thirty days without secret browsing.", true, BY,
                ago(now, 2)));
        em.persist(new Milestone(caseId, null, today.minusDays(5), "First calm check-in conversation at home, "
                + "without the counsellor present.", true, BY, ago(now, 5)));

        EducationAssignment meetings = new EducationAssignment(caseId, alex, item(em, "Sex Addicts Anonymous (SAA)"),
                today.minusDays(12), "Try two different meetings before deciding.", BY, ago(now, 12));
        meetings.change(AssignmentStatus.IN_PROGRESS, "Has been to two online meetings.", today.minusDays(5), BY,
                ago(now, 5));
        em.persist(meetings);
        em.persist(new EducationAssignment(caseId, jordan, item(em, "Your Sexually Addicted Spouse: How Partners "
                + "Can Cope and Heal"), today.minusDays(5), null, BY, ago(now, 5)));

        em.persist(new SelfCareActivity(caseId, alex, "Evening walk without the phone", "3x a week", null, BY,
                ago(now, 12)));
        em.persist(new SelfCareActivity(caseId, alex, "Bed by 23:00, devices off at 22:30", "Every night", null, BY,
                ago(now, 12)));
        em.persist(new SelfCareActivity(caseId, jordan, "Call or meet a close friend", "Twice a week",
                "Someone she trusts, not to discuss the details unless she wants to.", BY, ago(now, 12)));
        em.persist(new SelfCareActivity(caseId, jordan, "Yoga class", "Weekly", null, BY, ago(now, 12)));
    }

    private static long member(CareCase c, CaseRole role) {
        return c.getMembers().stream().filter(m -> m.getRole() == role).map(CaseMember::getClientId).findFirst()
                .orElseThrow();
    }

    private static long item(EntityManager em, String title) {
        return em.createQuery("SELECT i FROM EducationItem i WHERE i.title = :t", EducationItem.class)
                .setParameter("t", title).getSingleResult().getId();
    }

    private static Instant ago(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }
}
