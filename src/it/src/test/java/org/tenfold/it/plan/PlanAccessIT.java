package org.tenfold.it.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.plan.PlanData.Case;
import org.tenfold.it.plan.PlanData.Person;

/**
 * Who may read and change a case's plan: its counsellors and their supervisors. Everyone else (a
 * counsellor off the case, front desk, an administrator) is refused with 403, and each refusal
 * leaves a DENIED audit row per member; every read and change leaves a SUCCESS row.
 */
@ExtendWith(ArquillianExtension.class)
class PlanAccessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void onlyTheCasesCounsellorsAndTheirSupervisorsUseThePlanAndEveryRefusalIsAudited() throws Exception {
        Person lead = PlanData.newStaff("pa", "COUNSELLOR");
        Person supervisor = PlanData.newStaff("pas", "SUPERVISOR");
        Person stranger = PlanData.newStaff("pax", "COUNSELLOR");
        PlanData.supervise(supervisor.id(), lead.id());
        Case couple = PlanData.coupleCase(lead);
        long partner = couple.partner();

        // a counsellor off the case may not even start a plan on it
        assertRefused(stranger, () -> stranger.api().post("api/cases/" + couple.id() + "/plans", "{}"), partner,
                "PLAN_CREATE");
        JsonObject plan = PlanData.createPlan(lead.api(), couple.id(), true);
        long planId = PlanData.id(plan);
        long goalId = PlanData.id(PlanData.goals(plan).get(0));
        assertEquals(1, PlanData.auditRows(lead.username(), "PLAN_CREATE", "SUCCESS", partner));
        assertEquals(1, PlanData.auditRows(lead.username(), "PLAN_CREATE", "SUCCESS", couple.inRecovery()));

        String p = "api/plans/" + planId;
        String goalBody = "{\"stepCode\":\"PATIENCE\",\"couple\":true,\"statement\":\"Not yours to add\"}";
        List<Person> refused = List.of(stranger, staff("frontdesk"), staff("admin"));
        for (Person who : refused) {
            assertRefused(who, () -> who.api().get(p), partner, "PLAN_VIEW");
            assertRefused(who, () -> who.api().get("api/cases/" + couple.id() + "/plans"), partner, "PLAN_VIEW");
            assertRefused(who, () -> who.api().post(p + "/goals", goalBody), partner, "PLAN_UPDATE");
            assertRefused(who, () -> who.api().delete(p + "/goals/" + goalId), partner, "PLAN_UPDATE");
            assertRefused(who, () -> who.api().post(p + "/sign", ""), partner, "PLAN_SIGN");
        }
        assertEquals(PlanData.goals(plan).size(), PlanData.goals(lead.api().get(p).json()).size(), "nothing changed");

        // the lead's supervisor reads and works on it
        long before = PlanData.auditRows(supervisor.username(), "PLAN_VIEW", "SUCCESS", partner);
        Api.Reply read = supervisor.api().get(p);
        assertEquals(200, read.status(), read.toString());
        assertEquals(before + 1, PlanData.auditRows(supervisor.username(), "PLAN_VIEW", "SUCCESS", partner));
        JsonObject added = PlanData.addGoal(supervisor.api(), planId, "EDUCATION", null, "Attend a workshop together");
        assertEquals(1, PlanData.auditRows(supervisor.username(), "PLAN_UPDATE", "SUCCESS", partner));
        assertTrue(PlanData.id(added) > 0);

        // the lead signs; the signature and the reads are audited per member
        assertEquals(200, PlanData.setReview(lead.api(), planId, LocalDate.now(ZoneOffset.UTC).plusDays(40)).status());
        PlanData.sign(lead.api(), planId);
        assertEquals(1, PlanData.auditRows(lead.username(), "PLAN_SIGN", "SUCCESS", partner));
        assertEquals(1, PlanData.auditRows(lead.username(), "PLAN_SIGN", "SUCCESS", couple.inRecovery()));
        assertTrue(PlanData.auditRows(lead.username(), "PLAN_UPDATE", "SUCCESS", partner) >= 1, "review date change");
        assertRefused(stranger, () -> stranger.api().post(p + "/revise", ""), partner, "PLAN_REVISE");
        Api.Reply revised = supervisor.api().post(p + "/revise", "");
        assertEquals(201, revised.status(), revised.toString());
        assertEquals(1, PlanData.auditRows(supervisor.username(), "PLAN_REVISE", "SUCCESS", partner));
        assertRefused(stranger, () -> stranger.api().get(p + "/diff?against=" + PlanData.id(revised.json())),
                partner, "PLAN_VIEW");

        // unknown plans are 404 for anyone, before any question of access
        ClientData.assertProblem(lead.api().get("api/plans/999999999"), 404, "not-found");
        ClientData.assertProblem(stranger.api().get("api/plans/not-a-number"), 404, "not-found");
    }

    private static Person staff(String demoUsername) {
        return new Person(0, demoUsername, ClientData.signedIn(demoUsername));
    }

    private static void assertRefused(Person who, java.util.function.Supplier<Api.Reply> call, long clientId,
            String action) throws Exception {
        long before = PlanData.auditRows(who.username(), action, "DENIED", clientId);
        Api.Reply reply = call.get();
        ClientData.assertProblem(reply, 403, "forbidden");
        assertEquals(before + 1, PlanData.auditRows(who.username(), action, "DENIED", clientId),
                who.username() + " refused " + action + " without a DENIED audit row");
    }
}
