package org.tenfold.it.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;

/**
 * A partner's own goals follow their sharing choice, as their intake and own records do. In the demo
 * couple's case counsellor2 is Alex's own counsellor and Jordan does not share: counsellor2 reads the
 * couple's and Alex's goals but none of Jordan's, and may not add one for Jordan (403, audited); the
 * case's lead counsellor reads them all.
 */
@ExtendWith(ArquillianExtension.class)
class PlanSharingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aPartnersOwnCounsellorDoesNotSeeTheOtherPartnersGoalsWhenTheyDoNotShare() throws SQLException {
        long alex = client("Alexander", "Demoulin");
        long jordan = client("Jordan", "Demoulin");
        Api lead = ClientData.signedIn("counsellor");
        Api own = ClientData.signedIn("counsellor2");
        Api.Reply cases = lead.get("api/clients/" + jordan + "/cases");
        assertEquals(200, cases.status(), cases.toString());
        long caseId = cases.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply plans = lead.get("api/cases/" + caseId + "/plans");
        assertEquals(200, plans.status(), plans.toString());
        long planId = plans.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        Set<Long> leadSees = members(lead.get("api/plans/" + planId).json());
        assertTrue(leadSees.containsAll(List.of(alex, jordan)), "the lead sees both partners' goals: " + leadSees);
        Set<Long> ownSees = members(own.get("api/plans/" + planId).json());
        assertTrue(ownSees.contains(alex), "Alex's own counsellor sees Alex's goals: " + ownSees);
        assertFalse(ownSees.contains(jordan), "but none of Jordan's, who does not share: " + ownSees);
        Api.Reply compared = own.get("api/plans/" + planId + "/diff?against=" + planId);
        assertEquals(200, compared.status(), compared.toString());

        // the draft of a revision is where goals are added: one for Jordan is refused and audited
        Api.Reply revised = lead.post("api/plans/" + planId + "/revise", "");
        long draft = revised.status() == 201 ? revised.json().getJsonNumber("id").longValue()
                : lead.get("api/cases/" + caseId + "/plans").json().getJsonArray("items").getJsonObject(0)
                        .getJsonNumber("id").longValue();
        try {
            long denied = ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = 'counsellor2'"
                    + " AND outcome = 'DENIED' AND action = 'PLAN_UPDATE' AND client_id = ?", jordan);
            Api.Reply refused = own.post("api/plans/" + draft + "/goals", Json.createObjectBuilder()
                    .add("stepCode", "SELF_CARE").add("clientId", jordan).add("statement", "Not counsellor2's to set")
                    .build().toString());
            ClientData.assertProblem(refused, 403, "forbidden");
            assertEquals(denied + 1, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = 'counsellor2'"
                    + " AND outcome = 'DENIED' AND action = 'PLAN_UPDATE' AND client_id = ?", jordan));
            Long jordansGoal = PlanData.goals(lead.get("api/plans/" + draft).json()).stream()
                    .filter(g -> g.get("clientId") instanceof JsonNumber n && n.longValue() == jordan)
                    .map(PlanData::id).findFirst().orElse(null);
            assertNotNull(jordansGoal, "the demo plan has a goal of Jordan's own");
            ClientData.assertProblem(own.delete("api/plans/" + draft + "/goals/" + jordansGoal), 403, "forbidden");
        } finally {
            // leave the demo case as it was: the draft goes, the signed version stays in force
            PlanData.execute("DELETE o FROM plan_objective o JOIN plan_goal g ON o.goal_id = g.id WHERE g.plan_id = ?",
                    draft);
            PlanData.execute("DELETE FROM plan_goal WHERE plan_id = ?", draft);
            PlanData.execute("DELETE FROM treatment_plan WHERE id = ?", draft);
        }
    }

    private static Set<Long> members(JsonObject plan) {
        return PlanData.goals(plan).stream().filter(g -> g.get("clientId") instanceof JsonNumber)
                .map(g -> g.getJsonNumber("clientId").longValue()).collect(Collectors.toSet());
    }

    private static long client(String first, String last) {
        Object id = TestServer.queryOne("SELECT id FROM client WHERE legal_first_name = ? AND legal_last_name = ?"
                + " ORDER BY id LIMIT 1", first, last);
        assertNotNull(id, "the demo client " + first + " " + last + " must exist");
        return ((Number) id).longValue();
    }
}
