package org.tenfold.it.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.care.CareData.Person;

/**
 * The clinical access matrix through the API: every role (administrator, front desk, the case's
 * counsellor, a counsellor off the case, the supervisor of the case's counsellor, a supervisor who
 * does not supervise them) x their own case / someone else's case x every clinical read and write.
 * Only the allowed cells succeed; every refused cell is a 403 problem and leaves a DENIED audit row
 * with the client's id; every allowed cell leaves a SUCCESS row.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    /** One side of the matrix: a case, its client, and the counsellor leading it. */
    record Side(String name, long caseId, long clientId, Person counsellor) {
    }

    /** A clinical call on a side's case or client. */
    record Operation(String name, BiFunction<Api, Side, Api.Reply> call) {
    }

    private static Side sideA;
    private static Side sideB;
    private static Map<String, Api> actors;
    private static Map<String, String> usernames;
    /** Who may use which side: the counsellor leading it and their supervisor. */
    private static Map<String, Side> own;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void clinic() {
        Person counsellorA = CareData.newStaff("cA", "COUNSELLOR");
        Person counsellorB = CareData.newStaff("cB", "COUNSELLOR");
        Person supervisorA = CareData.newStaff("sA", "SUPERVISOR");
        Person supervisorB = CareData.newStaff("sB", "SUPERVISOR");
        CareData.supervise(supervisorA.id(), counsellorA.id());
        CareData.supervise(supervisorB.id(), counsellorB.id());
        long clientA = CareData.newClient("Ana");
        long clientB = CareData.newClient("Ben");
        sideA = new Side("A", CareData.individualCase(counsellorA, clientA), clientA, counsellorA);
        sideB = new Side("B", CareData.individualCase(counsellorB, clientB), clientB, counsellorB);

        actors = new LinkedHashMap<>();
        usernames = new LinkedHashMap<>();
        put("admin", CareData.admin(), "admin");
        put("frontdesk", CareData.frontDesk(), "frontdesk");
        put("counsellor of A", counsellorA.api(), counsellorA.username());
        put("counsellor of B", counsellorB.api(), counsellorB.username());
        put("supervisor of A's counsellor", supervisorA.api(), supervisorA.username());
        put("supervisor of B's counsellor", supervisorB.api(), supervisorB.username());
        own = Map.of("counsellor of A", sideA, "supervisor of A's counsellor", sideA,
                "counsellor of B", sideB, "supervisor of B's counsellor", sideB);
    }

    private static void put(String name, Api api, String username) {
        actors.put(name, api);
        usernames.put(name, username);
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("read intake", (api, s) -> api.get("api/clients/" + s.clientId() + "/intake")),
                new Operation("read consents", (api, s) -> api.get("api/clients/" + s.clientId() + "/consents")),
                new Operation("read flags", (api, s) -> api.get("api/clients/" + s.clientId() + "/flags")),
                new Operation("read case", (api, s) -> api.get("api/cases/" + s.caseId())),
                new Operation("read client's cases", (api, s) -> api.get("api/clients/" + s.clientId() + "/cases")),
                new Operation("read break-the-glass list", (api, s) -> api.get("api/cases/" + s.caseId()
                        + "/break-glass")),
                new Operation("save intake", (api, s) -> api.put("api/clients/" + s.clientId() + "/intake",
                        CareData.completeAnswers().add("previousHelp", "Tried a self-help book.").build().toString(),
                        currentIntakeVersion(s))),
                new Operation("record sharing choice", (api, s) -> api.post("api/clients/" + s.clientId()
                        + "/consents", "{\"kind\":\"PARTNER_SHARING\",\"version\":1,\"decision\":\"DO_NOT_SHARE\"}")),
                new Operation("open a case for the client (id in the body)", (api, s) -> api.post("api/cases",
                        Json.createObjectBuilder().add("kind", "INDIVIDUAL").add("primaryCounsellorId",
                                s.counsellor().id()).add("members", Json.createArrayBuilder().add(Json
                                        .createObjectBuilder().add("clientId", s.clientId()).add("role", "INDIVIDUAL")))
                                .build().toString())),
                new Operation("close case", (api, s) -> api.post("api/cases/" + s.caseId() + "/close",
                        "{\"reason\":\"COMPLETED\"}")),
                new Operation("reopen case", (api, s) -> api.post("api/cases/" + s.caseId() + "/reopen", "{}")));
    }

    /** The intake's current ETag, as the case's own counsellor reads it. */
    private static String currentIntakeVersion(Side s) {
        return s.counsellor().api().get("api/clients/" + s.clientId() + "/intake").etag();
    }

    @Test
    void onlyTheCasesCounsellorsAndTheirSupervisorsGetIn() throws Exception {
        List<String> wrong = new ArrayList<>();
        int allowedCells = 0;
        int refusedCells = 0;
        for (Map.Entry<String, Api> actor : actors.entrySet()) {
            for (Side side : List.of(sideA, sideB)) {
                boolean allowed = own.get(actor.getKey()) == side;
                for (Operation op : operations()) {
                    String cell = actor.getKey() + " x case " + side.name() + " x " + op.name();
                    String username = usernames.get(actor.getKey());
                    long deniedBefore = CareData.auditRows(username, "DENIED", side.clientId());
                    long successBefore = CareData.auditRows(username, "SUCCESS", side.clientId());
                    Api.Reply reply = op.call().apply(actor.getValue(), side);
                    long denied = CareData.auditRows(username, "DENIED", side.clientId()) - deniedBefore;
                    long success = CareData.auditRows(username, "SUCCESS", side.clientId()) - successBefore;
                    if (allowed) {
                        allowedCells++;
                        if (reply.status() != 200 && reply.status() != 201) {
                            wrong.add(cell + ": expected success, got " + reply);
                        } else if (success < 1 || denied != 0) {
                            wrong.add(cell + ": expected a SUCCESS audit row and no DENIED one, got " + success
                                    + " and " + denied);
                        }
                    } else {
                        refusedCells++;
                        if (reply.status() != 403 || !reply.isProblem()) {
                            wrong.add(cell + ": expected a 403 problem, got " + reply);
                        } else if (denied < 1) {
                            wrong.add(cell + ": refused without a DENIED audit row");
                        } else if (reply.body().contains("Late-night") || reply.body().contains("MARRIED")) {
                            wrong.add(cell + ": a refusal leaked clinical text: " + reply.body());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(2 * 2 * operations().size(), allowedCells, "two actors on each side, on their own case");
        assertEquals(8 * operations().size(), refusedCells);
    }

    @Test
    void aForeignIdRefusedAnywhereItTravelsIsAuditedWithThatClient() throws Exception {
        Api counsellorA = sideA.counsellor().api();
        String username = sideA.counsellor().username();
        long before = CareData.auditRows(username, "DENIED", sideB.clientId());
        // in the path of a nested resource, in the body of a case, and as a case id
        assertEquals(403, counsellorA.get("api/clients/" + sideB.clientId() + "/intake").status());
        assertEquals(403, counsellorA.post("api/clients/" + sideB.clientId() + "/intake/submit", "", "\"1\"").status());
        assertEquals(403, counsellorA.post("api/cases/" + sideB.caseId() + "/close", "{\"reason\":\"WITHDREW\"}")
                .status());
        assertEquals(403, counsellorA.post("api/clients/" + sideB.clientId() + "/consents/PARTNER_SHARING/withdraw", "")
                .status());
        assertEquals(before + 4, CareData.auditRows(username, "DENIED", sideB.clientId()));
        assertEquals("OPEN", sideB.counsellor().api().get("api/cases/" + sideB.caseId()).json().getString("status"),
                "nothing happened to the case");
    }

    @Test
    void frontDeskSeesOnlyWhetherConsentsAreOnFileAndNoFlags() {
        Api.Reply onFile = CareData.frontDesk().get("api/clients/" + sideA.clientId() + "/consents/on-file");
        assertEquals(200, onFile.status(), onFile.toString());
        assertTrue(onFile.body().contains("\"onFile\""), onFile.body());
        assertTrue(!onFile.body().contains("SHARE") && !onFile.body().contains("GIVEN"), onFile.body());
        ClientData.assertProblem(CareData.frontDesk().get("api/clients/" + sideA.clientId() + "/flags"), 403,
                "forbidden");
        Api.Reply part = CareData.frontDesk().get("api/clients/" + sideA.clientId() + "/intake/front-desk");
        assertEquals(200, part.status(), part.toString());
        assertTrue(!part.body().contains("Late-night") && part.body().contains("MARRIED"), part.body());
        assertEquals(Set.of(403), Set.of(CareData.admin().get("api/clients/" + sideA.clientId() + "/consents/on-file")
                .status()), "administrators hold no client access");
    }
}
