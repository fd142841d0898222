package org.tenfold.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.CareViews.CaseView;
import org.tenfold.care.CaseService;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.care.FlagService;
import org.tenfold.client.Client;
import org.tenfold.consent.ConsentService;
import org.tenfold.intake.IntakeService;
import org.tenfold.measure.MeasureRecords;
import org.tenfold.note.NoteQueries;
import org.tenfold.note.NoteService;
import org.tenfold.note.NoteViews.NoteSummary;
import org.tenfold.plan.PlanService;
import org.tenfold.plan.PlanViews.PlanSummary;
import org.tenfold.plan.records.StepRecordsService;
import org.tenfold.staff.Roles;

/**
 * A records request: one client's record as a ZIP of JSON files and their released progress-report PDFs,
 * for the clinical staff on the client's care. It holds this member's own records and their cases' joint
 * records, never the other partner's own ones (shared or not), whoever makes it: every member-owned part
 * comes through the services with {@link Disclosure.Purpose#RECORD_EXPORT} for this client, so the rule
 * that decides is {@link Disclosure}'s, not this class's. Counsellors' private process sections are not
 * part of the record. Files: {@code client.json}, {@code intake.json}, {@code consents.json},
 * {@code flags.json}, {@code measures.json} (questionnaires, without critical items' answers),
 * {@code cases.json}, {@code plans/}, {@code step-records/}, {@code portal-work/} (what the
 * client wrote in the portal about their work), {@code notes/},
 * {@code progress-reports.json} and {@code progress-reports/}.
 */
@Stateless
public class RecordExportService {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    CaseService cases;

    @Inject
    PlanService plans;

    @Inject
    StepRecordsService stepRecords;

    @Inject
    NoteService notes;

    @Inject
    NoteQueries noteQueries;

    @Inject
    IntakeService intakes;

    @Inject
    ConsentService consents;

    @Inject
    FlagService flags;

    @Inject
    org.tenfold.portal.WorkNotes workNotes;

    @Inject
    MeasureRecords measures;

    /** The ZIP's bytes and a file name for it. */
    public record RecordExport(String fileName, byte[] zip, int files) {
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public RecordExport export(long clientId) {
        access.requireClient(clientId, AuditAction.CLIENT_RECORD_EXPORT, "Client", clientId);
        Client client = access.existingClient(clientId);
        Disclosure.Purpose purpose = Disclosure.Purpose.RECORD_EXPORT;
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Jsonb json = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("id", client.getId());
            details.put("chartNumber", client.getChartNumber());
            details.put("legalFirstName", client.getLegalFirstName());
            details.put("legalLastName", client.getLegalLastName());
            details.put("preferredName", client.getPreferredName());
            details.put("pronouns", client.getPronouns());
            details.put("dateOfBirth", client.getDateOfBirth() == null ? null : client.getDateOfBirth().toString());
            details.put("email", client.getEmail());
            details.put("phone", client.getPhone());
            details.put("status", client.getStatus().name());
            details.put("exportedAt", Instant.now().toString());
            files.put("client.json", bytes(json, details));
            files.put("intake.json", bytes(json, intakes.get(clientId)));
            files.put("consents.json", bytes(json, consents.ofClient(clientId)));
            files.put("flags.json", bytes(json, flags.flags(clientId)));
            files.put("measures.json", bytes(json, measures.forExport(clientId)));

            List<CaseView> caseViews = cases.ofClient(clientId);
            files.put("cases.json", bytes(json, caseViews));
            for (CaseView c : caseViews) {
                for (PlanSummary p : plans.ofCase(c.id())) {
                    files.put("plans/case-" + c.id() + "-version-" + p.planVersion() + ".json",
                            bytes(json, plans.forOutput(p.id(), purpose, clientId)));
                }
                files.put("step-records/case-" + c.id() + ".json",
                        bytes(json, stepRecords.forOutput(c.id(), purpose, clientId)));
                files.put("portal-work/case-" + c.id() + ".json",
                        bytes(json, workNotes.forOutput(c.id(), purpose, clientId)));
            }
            for (NoteSummary n : noteQueries.ofClient(clientId)) {
                files.put("notes/note-" + n.id() + ".json", bytes(json, notes.forOutput(n.id(), purpose, clientId)));
            }
            List<ProgressReportViews.ReportView> reportViews = new ArrayList<>();
            for (ProgressReportEntry r : reports(clientId, caseViews)) {
                reportViews.add(ProgressReportViews.ReportView.of(r, true));
                if (r.isReleased()) {
                    files.put("progress-reports/" + ProgressReportService.fileName(r), r.getReleasedPdf());
                }
            }
            files.put("progress-reports.json", bytes(json, reportViews));
        } catch (Exception e) {
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("The record could not be written", e);
        }
        byte[] zip = zip(files);
        audit.record(AuditAction.CLIENT_RECORD_EXPORT, AuditOutcome.SUCCESS, "Client", clientId, clientId,
                "record exported: " + files.size() + " files, SHA-256 " + ProgressReportViews.sha256(zip));
        return new RecordExport("record-" + client.getChartNumber() + ".zip", zip, files.size());
    }

    /** The client's own reports and the joint reports of their cases (made from either partner's chart). */
    private List<ProgressReportEntry> reports(long clientId, List<CaseView> caseViews) {
        Map<Long, ProgressReportEntry> out = new LinkedHashMap<>();
        em.createNamedQuery("ProgressReportEntry.findOfClient", ProgressReportEntry.class)
                .setParameter("clientId", clientId).getResultList().forEach(r -> out.put(r.getId(), r));
        if (!caseViews.isEmpty()) {
            em.createNamedQuery("ProgressReportEntry.findJointOfCases", ProgressReportEntry.class)
                    .setParameter("caseIds", caseViews.stream().map(CaseView::id).toList()).getResultList()
                    .forEach(r -> out.putIfAbsent(r.getId(), r));
        }
        return List.copyOf(out.values());
    }

    private static byte[] bytes(Jsonb json, Object value) {
        return json.toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
