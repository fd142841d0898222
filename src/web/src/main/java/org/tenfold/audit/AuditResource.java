package org.tenfold.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.audit.AuditChainService;
import org.tenfold.audit.AuditEventView;
import org.tenfold.audit.AuditFilters;
import org.tenfold.audit.AuditLogService;
import org.tenfold.audit.AuditQuery;
import org.tenfold.audit.chain.ChainReport;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.Page;
import org.tenfold.staff.Roles;

/** The audit trail for administrators: search the whole history, export it as CSV, verify its chain. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Audit (administrators)")
public class AuditResource {

    @Inject
    AuditLogService log;

    @Inject
    AuditChainService chain;

    @Inject
    ClinicProfile profile;

    @GET
    @Operation(summary = "Search audit events by staff member (actor), action, client, outcome and time range"
            + " (from/to: a date in clinic time or a UTC instant), newest first, a page at a time; audited")
    public String search(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("clientId") String clientId, @QueryParam("outcome") String outcome,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        AuditQuery query = AuditFilters.parse(actor, action, clientId, outcome, from, to, page, size, profile.zone());
        Page<AuditEventView> result = log.search(query);
        JsonArrayBuilder items = Json.createArrayBuilder();
        result.items().forEach(e -> items.add(json(e)));
        return Json.createObjectBuilder().add("items", items)
                .add("total", Math.min(result.total(), AuditLogService.COUNT_CAP))
                .add("moreThanTotal", result.total() > AuditLogService.COUNT_CAP)
                .add("page", result.page()).add("size", result.size()).build().toString();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Every audit event matching the same filters as CSV (UTC times), newest first; audited")
    public Response export(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("clientId") String clientId, @QueryParam("outcome") String outcome,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditQuery query = AuditFilters.parse(actor, action, clientId, outcome, from, to, 0, 1, profile.zone());
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            log.exportCsv(query, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"tenfold-audit.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("verify")
    @Operation(summary = "Walk the audit chain: every row as written, none missing or added, checkpoints signed;"
            + " names the first broken row; audited")
    public String verify() {
        return json(chain.verify()).build().toString();
    }

    static JsonObjectBuilder json(ChainReport report) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("intact", report.intact())
                .add("status", report.intact() ? "INTACT" : "BROKEN")
                .add("rowsChecked", report.rowsChecked()).add("checkpoints", report.checkpoints())
                .add("unsignedEvents", report.unsignedEvents()).add("head", report.head())
                .add("signaturesChecked", report.keyAvailable()).add("millis", report.millis())
                .add("summary", report.summary());
        if (report.lastCheckpoint() != null) {
            b.add("lastCheckpoint", report.lastCheckpoint().toString());
        }
        report.firstBroken().ifPresent(p -> {
            JsonObjectBuilder first = Json.createObjectBuilder().add("reason", p.reason());
            if (p.eventId() != null) {
                first.add("eventId", p.eventId());
            }
            if (p.lane() != null) {
                first.add("lane", p.lane());
            }
            if (p.seq() != null) {
                first.add("seq", p.seq());
            }
            b.add("firstBroken", first);
        });
        JsonArrayBuilder problems = Json.createArrayBuilder();
        report.problems().forEach(p -> problems.add(p.toString()));
        return b.add("problems", problems);
    }

    private static JsonObjectBuilder json(AuditEventView e) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", e.id())
                .add("occurredAt", e.occurredAt().toString()).add("actor", e.actor())
                .add("action", e.action().name()).add("outcome", e.outcome().name());
        if (e.entityType() != null) {
            b.add("entityType", e.entityType());
        }
        if (e.entityId() != null) {
            b.add("entityId", e.entityId());
        }
        if (e.clientId() != null) {
            b.add("clientId", e.clientId());
        }
        if (e.sourceAddress() != null) {
            b.add("sourceAddress", e.sourceAddress());
        }
        if (e.detail() != null) {
            b.add("detail", e.detail());
        }
        return b;
    }
}
