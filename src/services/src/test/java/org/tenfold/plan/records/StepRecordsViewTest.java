package org.tenfold.plan.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tenfold.care.CareViews.StaffRef;
import org.tenfold.care.CaseKind;
import org.tenfold.care.CaseRole;
import org.tenfold.care.CaseStatus;
import org.tenfold.plan.records.StepRecordViews.AssignmentView;
import org.tenfold.plan.records.StepRecordViews.BoundaryEventView;
import org.tenfold.plan.records.StepRecordViews.BoundaryView;
import org.tenfold.plan.records.StepRecordViews.EducationItemView;
import org.tenfold.plan.records.StepRecordViews.MemberRef;
import org.tenfold.plan.records.StepRecordViews.MilestoneView;
import org.tenfold.plan.records.StepRecordViews.ProposedBy;
import org.tenfold.plan.records.StepRecordViews.SelfCarePlanView;
import org.tenfold.plan.records.StepRecordViews.SelfCareView;
import org.tenfold.plan.records.StepRecordViews.StepRecordsView;

class StepRecordsViewTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final MemberRef ALEX = new MemberRef(1, "C-000001", "Alex Demoulin", CaseRole.IN_RECOVERY);

    @Test
    void theClientVersionLeavesOutEveryClinicianOnlyField() {
        StepRecordsView all = new StepRecordsView(9, CaseKind.COUPLE, CaseStatus.OPEN, List.of(ALEX), List.of(),
                List.of(new BoundaryView(1, 9, 4, "Agreed text", new ProposedBy(ProposedBy.COUNSELLOR, null,
                        new StaffRef(5, "counsellor", "Casey Counsellor")), BoundaryStatus.AGREED, DAY, null, false,
                        List.of(new BoundaryEventView(BoundaryEventKind.STATUS, BoundaryStatus.BROKEN,
                                BoundaryStatus.RENEGOTIATED, "clinical note", "Old text", AT, "counsellor")),
                        "counsellor", AT, 3)),
                List.of(milestone(1, true), milestone(2, false)),
                List.of(new AssignmentView(1, 9, 8, ALEX, new EducationItemView(4, EducationKind.BOOK, "A book", null,
                        null, null, true, 0), DAY, AssignmentStatus.ASSIGNED, DAY, "assignment note", "counsellor", 0)),
                List.of(new SelfCarePlanView(ALEX, List.of(new SelfCareView(1, 9, 9, ALEX, "Walk", "Daily",
                        "self-care note", true, 0), new SelfCareView(2, 9, 9, ALEX, "Retired", "Weekly", null, false,
                                0)))),
                StepRecordsView.FIELDS, StepRecordsView.CLINICIAN);

        StepRecordsView clients = all.forClients();
        assertEquals(StepRecordsView.CLIENT, clients.audience());
        BoundaryView b = clients.boundaries().get(0);
        assertNull(b.history().get(0).note());
        assertNull(b.history().get(0).by());
        assertEquals("Old text", b.history().get(0).previousWording(), "the couple's own earlier wording stays");
        assertNull(b.proposedBy().counsellor(), "staff by no name");
        assertNull(b.updatedBy());
        assertEquals(List.of(1L), clients.milestones().stream().map(MilestoneView::id).toList());
        assertNull(clients.education().get(0).note());
        assertEquals(List.of("Walk"), clients.selfCare().get(0).activities().stream().map(SelfCareView::activity)
                .toList());
        assertNull(clients.selfCare().get(0).activities().get(0).note());
        String text = clients.toString();
        for (String clinical : List.of("clinical note", "assignment note", "self-care note", "Casey")) {
            assertFalse(text.contains(clinical), clinical);
        }
        assertTrue(StepRecordsView.FIELDS.stream().anyMatch(f -> f.field().equals("boundaries.history.note")
                && !f.clientVisible()));
    }

    private static MilestoneView milestone(long id, boolean visible) {
        return new MilestoneView(id, 9, 7, null, DAY, "Milestone " + id, visible, "counsellor", AT, 0);
    }
}
