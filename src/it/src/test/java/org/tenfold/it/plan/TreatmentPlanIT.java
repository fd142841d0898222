package org.tenfold.it.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Treatment plans through the API: the ten steps and their rewording, templates, a signed version
 * that no path can change (API and database), revisions that keep the old version byte for byte,
 * the comparison of versions, goals that must belong to a step and a member of the case, and the
 * plans due for review.
 */
@ExtendWith(ArquillianExtension.class)
class TreatmentPlanIT {

    private static final String SIGNED = "signed plans cannot be changed; revise it";
    private static final List<String> CODES = List.of("ACKNOWLEDGE", "COMMUNICATE", "PROFESSIONAL_HELP", "BOUNDARIES",
            "PATIENCE", "EMPATHY", "MILESTONES", "EDUCATION", "SELF_CARE", "INTIMACY");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void theTenStepsAreReadByAllStaffAndRewordedOnlyByAnAdministrator() throws Exception {
        Api.Reply steps = PlanData.frontDesk().get("api/framework/steps");
        assertEquals(200, steps.status(), steps.toString());
        List<JsonObject> items = steps.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(CODES, items.stream().map(s -> s.getString("code")).toList());
        for (int i = 0; i < 10; i++) {
            assertEquals(i + 1, items.get(i).getInt("number"));
            assertFalse(items.get(i).getString("description").isBlank());
        }
        assertEquals("IN_RECOVERY", items.get(0).getString("concerns"));
        assertEquals("COUPLE", items.get(9).getString("concerns"));
        assertTrue(steps.etag() != null && steps.etag().startsWith("W/"), steps.toString());

        HttpResponse<String> again = TestServer.httpClient(HttpClient.Redirect.NEVER).send(HttpRequest.newBuilder(
                URI.create(TestServer.baseUrl() + "api/framework/steps"))
                .header("Authorization", "Bearer " + PlanData.frontDesk().token())
                .header("If-None-Match", steps.etag()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode(), "unchanged steps are not sent again");

        Api admin = PlanData.admin();
        String path = "api/framework/steps/PATIENCE";
        Api.Reply patience = admin.get(path);
        JsonObject original = patience.json();
        String body = Json.createObjectBuilder().add("title", "Patience, and Time to Heal")
                .add("description", "Trust comes back slowly; both partners allow it the time it takes.").build()
                .toString();
        ClientData.assertProblem(admin.put(path, body, null), 428, "precondition-required");
        ClientData.assertProblem(admin.put(path, body, "\"" + (original.getInt("version") + 5) + "\""), 412, "stale");
        JsonObject badCode = ClientData.assertProblem(admin.put(path, Json.createObjectBuilder()
                .add("code", "WAITING").add("number", 3).add("title", "x").add("description", "y").build().toString(),
                patience.etag()), 400, "invalid-input");
        assertTrue(badCode.getJsonObject("errors").containsKey("code"), badCode.toString());
        assertTrue(badCode.getJsonObject("errors").containsKey("number"), badCode.toString());
        JsonObject empty = ClientData.assertProblem(admin.put(path, "{\"title\":\" \",\"description\":\"\"}",
                patience.etag()), 400, "invalid-input");
        assertTrue(empty.getJsonObject("errors").containsKey("title"), empty.toString());
        ClientData.assertProblem(PlanData.frontDesk().put(path, body, patience.etag()), 403, "forbidden");
        ClientData.assertProblem(ClientData.signedIn("counsellor").put(path, body, patience.etag()), 403, "forbidden");

        Api.Reply reworded = admin.put(path, body, patience.etag());
        assertEquals(200, reworded.status(), reworded.toString());
        assertEquals("PATIENCE", reworded.json().getString("code"));
        assertEquals(5, reworded.json().getInt("number"));
        assertEquals("Patience, and Time to Heal", ClientData.signedIn("counsellor").get("api/framework/steps")
                .json().getJsonArray("items").getJsonObject(4).getString("title"), "shown at once on this server");
        assertEquals(1, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'FRAMEWORK_STEP_UPDATE'"
                + " AND entity_id = 'PATIENCE' AND actor = 'admin' AND outcome = 'SUCCESS'"));
        Api.Reply back = admin.put(path, Json.createObjectBuilder().add("title", original.getString("title"))
                .add("description", original.getString("description")).build().toString(), reworded.etag());
        assertEquals(200, back.status(), back.toString());
    }

    @Test
    void aCouplesTemplateSuggestsGoalsUnderEveryStepForWhomTheStepConcerns() {
        Person c = PlanData.newStaff("pt", "COUNSELLOR");
        Case couple = PlanData.coupleCase(c);
        JsonObject plan = PlanData.createPlan(c.api(), couple.id(), true);
        assertEquals("DRAFT", plan.getString("status"));
        assertEquals(1, plan.getInt("planVersion"));
        assertTrue(plan.getBoolean("fromTemplate"));
        assertEquals("COUPLE", plan.getString("caseKind"));
        assertEquals(2, plan.getJsonArray("members").size());
        List<JsonObject> steps = plan.getJsonArray("steps").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(CODES, steps.stream().map(s -> s.getJsonObject("step").getString("code")).toList());
        for (JsonObject s : steps) {
            assertFalse(s.getJsonArray("goals").isEmpty(), "a suggested goal on " + s.getJsonObject("step"));
        }
        Map<String, List<JsonObject>> byStep = steps.stream().collect(Collectors.toMap(
                s -> s.getJsonObject("step").getString("code"),
                s -> s.getJsonArray("goals").stream().map(JsonValue::asJsonObject).toList()));
        assertEquals(couple.inRecovery(), byStep.get("ACKNOWLEDGE").get(0).getJsonNumber("clientId").longValue());
        assertTrue(byStep.get("INTIMACY").get(0).getBoolean("couple"));
        assertTrue(byStep.get("BOUNDARIES").get(0).getBoolean("couple"));
        for (String each : List.of("EMPATHY", "SELF_CARE")) {
            assertEquals(Set.of(couple.inRecovery(), couple.partner()), byStep.get(each).stream()
                    .map(g -> g.getJsonNumber("clientId").longValue()).collect(Collectors.toSet()), each);
        }
        ClientData.assertProblem(c.api().post("api/cases/" + couple.id() + "/plans", "{}"), 409, "conflict");

        Person i = PlanData.newStaff("pi", "COUNSELLOR");
        Case individual = PlanData.individualCase(i);
        JsonObject single = PlanData.createPlan(i.api(), individual.id(), true);
        List<JsonObject> goals = PlanData.goals(single);
        assertEquals(9, goals.size(), "every step but the couple's own");
        assertTrue(goals.stream().allMatch(g -> g.getJsonNumber("clientId").longValue() == individual.clients().get(0)));
        assertTrue(goals.stream().noneMatch(g -> g.getString("stepCode").equals("INTIMACY")));
    }

    @Test
    void aSignedVersionCannotBeChangedThroughAnyPathNorInTheDatabase() throws Exception {
        Person c = PlanData.newStaff("ps", "COUNSELLOR");
        Case couple = PlanData.coupleCase(c);
        Api api = c.api();
        long planId = PlanData.id(PlanData.createPlan(api, couple.id(), false));
        JsonObject unsigned = ClientData.assertProblem(api.post("api/plans/" + planId + "/sign", ""), 400,
                "invalid-input");
        assertTrue(unsigned.getJsonObject("errors").containsKey("reviewOn"), unsigned.toString());
        assertTrue(unsigned.getJsonObject("errors").containsKey("goals"), unsigned.toString());

        JsonObject goal = PlanData.addGoal(api, planId, "ACKNOWLEDGE", couple.inRecovery(), "Write a full account");
        long goalId = PlanData.id(goal);
        Api.Reply objective = api.post("api/plans/" + planId + "/goals/" + goalId + "/objectives",
                "{\"text\":\"Read the account in session\",\"targetDate\":\"" + today().plusDays(30) + "\"}");
        assertEquals(201, objective.status(), objective.toString());
        long objectiveId = PlanData.id(objective.json());
        ClientData.assertProblem(api.put("api/plans/" + planId, "{\"reviewOn\":\"" + today().plusDays(60) + "\"}",
                null), 428, "precondition-required");
        JsonObject past = ClientData.assertProblem(PlanData.setReview(api, planId, today().minusDays(10)), 400,
                "invalid-input");
        assertTrue(past.getJsonObject("errors").containsKey("reviewOn"), past.toString());
        Api.Reply header = PlanData.setReview(api, planId, today().plusDays(60));
        assertEquals(200, header.status(), header.toString());
        ClientData.assertProblem(api.post("api/plans/" + planId + "/sign", "", "\"0\""), 412, "stale");

        JsonObject signed = PlanData.sign(api, planId);
        String hash = signed.getString("contentSha256");
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertTrue(signed.getBoolean("contentIntact"));
        assertTrue(signed.getBoolean("active"));
        assertEquals(c.username(), signed.getString("signedBy"));
        Api.Reply read = api.get("api/plans/" + planId);
        String g = "api/plans/" + planId + "/goals/" + goalId;
        String o = g + "/objectives/" + objectiveId;
        String goalBody = Json.createObjectBuilder().add("stepCode", "ACKNOWLEDGE").add("clientId", couple.inRecovery())
                .add("statement", "Changed after signing").build().toString();
        List<Api.Reply> attempts = List.of(
                api.put("api/plans/" + planId, "{\"reviewOn\":\"" + today().plusDays(90) + "\"}", read.etag()),
                api.post("api/plans/" + planId + "/goals", goalBody),
                api.put(g, goalBody, "\"" + goal.getInt("version") + "\""),
                api.delete(g),
                api.post(g + "/objectives", "{\"text\":\"Another\"}"),
                api.put(o, "{\"text\":\"Changed\",\"status\":\"ACHIEVED\"}", "\"" + objective.json().getInt("version") + "\""),
                api.delete(o),
                api.post("api/plans/" + planId + "/sign", ""));
        for (Api.Reply attempt : attempts) {
            JsonObject problem = ClientData.assertProblem(attempt, 409, "conflict");
            assertEquals(SIGNED, problem.getString("detail"), attempt.toString());
        }

        // the database refuses too, whatever bypasses the service
        PlanData.refusedByDatabase("UPDATE plan_goal SET statement = 'edited in the database' WHERE id = ?", goalId);
        PlanData.refusedByDatabase("DELETE FROM plan_objective WHERE id = ?", objectiveId);
        PlanData.refusedByDatabase("UPDATE plan_objective SET status = 'ACHIEVED' WHERE id = ?", objectiveId);
        PlanData.refusedByDatabase("INSERT INTO plan_goal (plan_id, goal_key, step_code, client_id, statement, status,"
                + " sort_order) VALUES (?, 'sneaked-in', 'PATIENCE', NULL, 'x', 'NOT_STARTED', 9)", planId);
        PlanData.refusedByDatabase("INSERT INTO plan_objective (goal_id, objective_key, objective_text, status,"
                + " sort_order) VALUES (?, 'sneaked-in', 'x', 'NOT_STARTED', 9)", goalId);
        PlanData.refusedByDatabase("UPDATE treatment_plan SET review_on = ? WHERE id = ?", today().plusDays(5), planId);
        PlanData.refusedByDatabase("UPDATE treatment_plan SET content_sha256 = REPEAT('0', 64) WHERE id = ?", planId);
        PlanData.refusedByDatabase("UPDATE treatment_plan SET status = 'DRAFT' WHERE id = ?", planId);
        PlanData.refusedByDatabase("DELETE FROM treatment_plan WHERE id = ?", planId);

        JsonObject after = api.get("api/plans/" + planId).json();
        assertEquals(hash, after.getString("contentSha256"));
        assertTrue(after.getBoolean("contentIntact"));
        assertEquals(signed.getJsonArray("steps"), after.getJsonArray("steps"), "nothing changed");
        assertEquals(1, ClientData.count("SELECT COUNT(*) FROM treatment_plan WHERE case_id = ?", couple.id()));
    }

    @Test
    void aRevisionIsANewVersionTheOldStaysIdenticalAndTheDiffShowsWhatChanged() throws Exception {
        Person c = PlanData.newStaff("pr", "COUNSELLOR");
        Case couple = PlanData.coupleCase(c);
        Api api = c.api();
        JsonObject v1 = PlanData.createPlan(api, couple.id(), true);
        long v1Id = PlanData.id(v1);
        assertEquals(200, PlanData.setReview(api, v1Id, today().plusDays(30)).status());
        JsonObject signed = PlanData.sign(api, v1Id);
        ClientData.assertProblem(api.post("api/cases/" + couple.id() + "/plans", "{}"), 409, "conflict");

        Api.Reply revised = api.post("api/plans/" + v1Id + "/revise", "");
        assertEquals(201, revised.status(), revised.toString());
        JsonObject v2 = revised.json();
        long v2Id = PlanData.id(v2);
        assertNotEquals(v1Id, v2Id);
        assertEquals(2, v2.getInt("planVersion"));
        assertEquals("DRAFT", v2.getString("status"));
        assertEquals(v1Id, v2.getJsonNumber("previousId").longValue());
        assertFalse(v2.containsKey("contentSha256") && v2.get("contentSha256") != JsonValue.NULL, "a draft has no hash");
        Map<String, JsonObject> oldGoals = byKey(PlanData.goals(signed));
        Map<String, JsonObject> newGoals = byKey(PlanData.goals(v2));
        assertEquals(oldGoals.keySet(), newGoals.keySet(), "goal keys carried over");
        ClientData.assertProblem(api.post("api/plans/" + v1Id + "/revise", ""), 409, "conflict");
        ClientData.assertProblem(api.post("api/plans/" + v2Id + "/revise", ""), 409, "conflict");

        // change one goal, remove one, add one
        JsonObject changed = PlanData.goals(v2).stream().filter(g -> g.getString("stepCode").equals("COMMUNICATE"))
                .findFirst().orElseThrow();
        JsonObject removed = PlanData.goals(v2).stream().filter(g -> g.getString("stepCode").equals("PATIENCE"))
                .findFirst().orElseThrow();
        Api.Reply put = api.put("api/plans/" + v2Id + "/goals/" + PlanData.id(changed), Json.createObjectBuilder()
                .add("stepCode", "COMMUNICATE").add("couple", true).add("statement", "Two check-ins a week")
                .add("status", "IN_PROGRESS").build().toString(), "\"" + changed.getInt("version") + "\"");
        assertEquals(200, put.status(), put.toString());
        ClientData.assertProblem(api.put("api/plans/" + v2Id + "/goals/" + PlanData.id(changed), Json.createObjectBuilder()
                .add("stepCode", "COMMUNICATE").add("couple", true).add("statement", "stale").build().toString(),
                "\"" + changed.getInt("version") + "\""), 412, "stale");
        assertEquals(204, api.delete("api/plans/" + v2Id + "/goals/" + PlanData.id(removed)).status());
        JsonObject added = PlanData.addGoal(api, v2Id, "MILESTONES", couple.partner(), "Mark three months together");

        JsonObject old = api.get("api/plans/" + v1Id).json();
        assertEquals(signed.getString("contentSha256"), old.getString("contentSha256"), "the old hash stays");
        assertTrue(old.getBoolean("contentIntact"));
        assertEquals(signed.getJsonArray("steps"), old.getJsonArray("steps"), "the old version reads the same");
        assertEquals("SIGNED", old.getString("status"), "in force until the revision is signed");

        Api.Reply diff = api.get("api/plans/" + v2Id + "/diff?against=" + v1Id);
        assertEquals(200, diff.status(), diff.toString());
        Map<String, JsonObject> changes = diff.json().getJsonArray("goals").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(ch -> ch.getString("goalKey"), Function.identity()));
        assertEquals(3, changes.size(), diff.toString());
        JsonObject ch = changes.get(changed.getString("goalKey"));
        assertEquals("CHANGED", ch.getString("change"));
        Map<String, JsonObject> fields = ch.getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(f -> f.getString("field"), Function.identity()));
        assertEquals("Two check-ins a week", fields.get("statement").getString("after"));
        assertEquals(changed.getString("statement"), fields.get("statement").getString("before"));
        assertEquals("IN_PROGRESS", fields.get("status").getString("after"));
        assertEquals("REMOVED", changes.get(removed.getString("goalKey")).getString("change"));
        assertEquals("ADDED", changes.get(added.getString("goalKey")).getString("change"));
        assertEquals(2, diff.json().getInt("toVersion"));

        JsonObject otherCase = PlanData.createPlan(api, PlanData.individualCase(c).id(), false);
        JsonObject wrong = ClientData.assertProblem(api.get("api/plans/" + v2Id + "/diff?against=" + PlanData.id(otherCase)),
                400, "invalid-input");
        assertTrue(wrong.getJsonObject("errors").containsKey("against"), wrong.toString());

        JsonObject v2Signed = PlanData.sign(api, v2Id);
        assertTrue(v2Signed.getBoolean("active"));
        JsonObject superseded = api.get("api/plans/" + v1Id).json();
        assertEquals("SUPERSEDED", superseded.getString("status"));
        assertFalse(superseded.getBoolean("active"));
        assertEquals(signed.getString("contentSha256"), superseded.getString("contentSha256"));
        assertTrue(superseded.getBoolean("contentIntact"));
        ClientData.assertProblem(api.post("api/plans/" + v1Id + "/revise", ""), 409, "conflict");

        List<JsonObject> listed = api.get("api/cases/" + couple.id() + "/plans").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(List.of(2, 1), listed.stream().map(p -> p.getInt("planVersion")).toList(), "newest first");
        assertEquals(List.of(true, false), listed.stream().map(p -> p.getBoolean("active")).toList());
    }

    @Test
    void aGoalBelongsToOneStepAndAMemberOfTheCase() {
        Person c = PlanData.newStaff("pg", "COUNSELLOR");
        Case individual = PlanData.individualCase(c);
        Case couple = PlanData.coupleCase(c);
        Api api = c.api();
        long planId = PlanData.id(PlanData.createPlan(api, individual.id(), false));
        String goals = "api/plans/" + planId + "/goals";
        long client = individual.clients().get(0);

        assertField(api.post(goals, "{\"stepCode\":\"TRUST_FALL\",\"clientId\":" + client + ",\"statement\":\"x\"}"),
                "stepCode");
        assertField(api.post(goals, "{\"clientId\":" + client + ",\"statement\":\"x\"}"), "stepCode");
        assertField(api.post(goals, "{\"stepCode\":\"PATIENCE\",\"clientId\":" + couple.partner()
                + ",\"statement\":\"x\"}"), "clientId");
        assertField(api.post(goals, "{\"stepCode\":\"PATIENCE\",\"statement\":\"x\"}"), "clientId");
        assertField(api.post(goals, "{\"stepCode\":\"INTIMACY\",\"couple\":true,\"statement\":\"x\"}"), "couple");
        assertField(api.post(goals, "{\"stepCode\":\"PATIENCE\",\"clientId\":" + client + ",\"statement\":\" \"}"),
                "statement");
        ClientData.assertProblem(api.post(goals, "{\"stepCode\":\"PATIENCE\",\"clientId\":" + client
                + ",\"statement\":\"x\",\"status\":\"SOMEDAY\"}"), 400, null);
        assertEquals(0, PlanData.goals(api.get("api/plans/" + planId).json()).size(), "nothing half-saved");

        JsonObject goal = PlanData.addGoal(api, planId, "PATIENCE", client, "Expect setbacks and keep going");
        assertEquals(5, goal.getInt("stepNumber"));
        assertFalse(goal.getBoolean("couple"));
        assertField(api.post(goals + "/" + PlanData.id(goal) + "/objectives", "{\"text\":\"\"}"), "text");
        assertEquals(404, api.post(goals + "/999999999/objectives", "{\"text\":\"x\"}").status());
        assertField(api.put(goals + "/" + PlanData.id(goal), "{\"stepCode\":\"PATIENCE\",\"clientId\":"
                + couple.inRecovery() + ",\"statement\":\"x\"}", "\"" + goal.getInt("version") + "\""), "clientId");

        long couplePlan = PlanData.id(PlanData.createPlan(api, couple.id(), false));
        JsonObject ours = PlanData.addGoal(api, couplePlan, "INTIMACY", null, "A weekly evening together");
        assertTrue(ours.getBoolean("couple"));
        assertEquals("The couple", ours.getString("memberLabel"));
        assertField(api.post("api/plans/" + couplePlan + "/goals", "{\"stepCode\":\"INTIMACY\",\"couple\":true,"
                + "\"clientId\":" + couple.partner() + ",\"statement\":\"x\"}"), "clientId");
        assertField(api.post("api/plans/" + couplePlan + "/goals", "{\"stepCode\":\"INTIMACY\",\"clientId\":"
                + client + ",\"statement\":\"x\"}"), "clientId");
    }

    @Test
    void plansDueForReviewAreListedForTheirCounsellorAndSupervisorWithOverdueFlagged() throws Exception {
        Person c = PlanData.newStaff("pd", "COUNSELLOR");
        Person supervisor = PlanData.newStaff("pds", "SUPERVISOR");
        Person other = PlanData.newStaff("pdo", "COUNSELLOR");
        PlanData.supervise(supervisor.id(), c.id());
        Api api = c.api();

        Case soon = PlanData.individualCase(c);
        long soonPlan = PlanData.id(PlanData.createPlan(api, soon.id(), true));
        assertEquals(200, PlanData.setReview(api, soonPlan, today().plusDays(5)).status());
        PlanData.sign(api, soonPlan);

        Case later = PlanData.individualCase(c);
        long laterPlan = PlanData.id(PlanData.createPlan(api, later.id(), true));
        assertEquals(200, PlanData.setReview(api, laterPlan, today().plusDays(60)).status());
        PlanData.sign(api, laterPlan);

        // a plan signed long ago whose review date has passed: made so in the database while still a draft
        Case old = PlanData.individualCase(c);
        long oldPlan = PlanData.id(PlanData.createPlan(api, old.id(), true));
        assertEquals(1, PlanData.execute("UPDATE treatment_plan SET review_on = ?, status = 'SIGNED',"
                + " signed_by = ?, signed_at = CURRENT_TIMESTAMP(6), content_sha256 = REPEAT('a', 64) WHERE id = ?",
                today().minusDays(3), c.username(), oldPlan));

        Map<Long, JsonObject> mine = due(api);
        assertTrue(mine.containsKey(soonPlan), mine.toString());
        assertFalse(mine.get(soonPlan).getBoolean("overdue"));
        assertFalse(mine.containsKey(laterPlan), "two months away is not due yet");
        assertTrue(mine.get(oldPlan).getBoolean("overdue"), mine.toString());
        assertTrue(mine.get(oldPlan).getJsonNumber("daysLeft").longValue() < 0);

        Map<Long, JsonObject> supervised = due(supervisor.api());
        assertTrue(supervised.keySet().containsAll(Set.of(soonPlan, oldPlan)), supervised.toString());
        Map<Long, JsonObject> others = due(other.api());
        assertFalse(others.containsKey(soonPlan) || others.containsKey(oldPlan), "not their cases");
        assertEquals(200, PlanData.frontDesk().get("api/plans/due-for-review").status());
        assertTrue(due(PlanData.frontDesk()).isEmpty());
    }

    @Test
    void requestsRacingToStartACasesPlanMakeExactlyOneDraft() throws Exception {
        Person c = PlanData.newStaff("pc", "COUNSELLOR");
        Case individual = PlanData.individualCase(c);
        List<CompletableFuture<Api.Reply>> racing = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racing.add(CompletableFuture.supplyAsync(() -> c.api().post("api/cases/" + individual.id() + "/plans",
                    "{}")));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Api.Reply> f : racing) {
            statuses.add(f.get(120, TimeUnit.SECONDS).status());
        }
        assertEquals(1, statuses.stream().filter(st -> st == 201).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(st -> st == 409).count(), statuses.toString());
        assertEquals(1, ClientData.count("SELECT COUNT(*) FROM treatment_plan WHERE case_id = ?", individual.id()));
    }

    @Test
    void theDemoCouplesSignedPlanIsDueForReviewForTheirCounsellorsAndSupervisor() {
        for (String username : List.of("counsellor", "counsellor2", "supervisor")) {
            List<JsonObject> demo = due(ClientData.signedIn(username)).values().stream()
                    .filter(d -> d.getJsonArray("members").size() == 2 && d.getJsonArray("members").stream()
                            .allMatch(m -> m.asJsonObject().getString("displayName").contains("Demoulin")))
                    .toList();
            assertEquals(1, demo.size(), username + ": " + demo);
            assertFalse(demo.get(0).getBoolean("overdue"));
            JsonObject plan = ClientData.signedIn(username).get("api/plans/" + demo.get(0).getJsonNumber("planId"))
                    .json();
            assertEquals("SIGNED", plan.getString("status"));
            assertTrue(plan.getBoolean("contentIntact"), plan.toString());
            assertEquals(10, plan.getJsonArray("steps").stream()
                    .filter(s -> !s.asJsonObject().getJsonArray("goals").isEmpty()).count());
        }
    }

    private static Map<Long, JsonObject> due(Api api) {
        Api.Reply r = api.get("api/plans/due-for-review");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(d -> d.getJsonNumber("planId").longValue(), Function.identity()));
    }

    private static Map<String, JsonObject> byKey(List<JsonObject> goals) {
        return goals.stream().collect(Collectors.toMap(g -> g.getString("goalKey"), Function.identity()));
    }

    private static void assertField(Api.Reply reply, String field) {
        JsonObject problem = ClientData.assertProblem(reply, 400, "invalid-input");
        assertTrue(problem.getJsonObject("errors").containsKey(field), field + " in " + problem);
    }
}
