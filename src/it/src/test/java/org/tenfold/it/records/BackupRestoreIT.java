package org.tenfold.it.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.backup.BackupArchive;
import org.tenfold.backup.BackupException;
import org.tenfold.backup.BackupManifest;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.plan.PlanData;
import org.tenfold.launcher.RestoreCommand;
import org.tenfold.records.SecretFiles;

/**
 * The restore drill: data → a backup made by an administrator → the data folder gone (a fresh one) →
 * the one restore command → the restored clinic verified (manifest, rows, audit chain, released reports).
 * Also: the daily schedule makes its backup, a changed or wrongly keyed backup is refused, and the dump
 * holds no plain text on disk.
 */
@ExtendWith(ArquillianExtension.class)
class BackupRestoreIT {

    private static Api admin;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void signIn() {
        admin = Api.as("admin");
    }

    private static Path backupDir() {
        return TestServer.dataDir().resolveSibling("backups");
    }

    private static Path backupKey() {
        return TestServer.dataDir().resolveSibling("data-keys/backup.key");
    }

    @Test
    void aBackupFromTheAdministratorRestoresIntoAFreshFolderAndPassesVerification() throws Exception {
        String surname = ClientData.uniqueWord("Restore");
        Api.Reply client = ClientData.signedIn("frontdesk").post("api/clients",
                "{\"legalFirstName\":\"Drill\",\"legalLastName\":\"" + surname + "\",\"status\":\"ACTIVE\"}");
        assertEquals(201, client.status(), client.toString());

        // a released progress report, kept byte for byte: the restore recomputes its SHA-256
        PlanData.Person counsellor = PlanData.newStaff("Drill", "COUNSELLOR");
        PlanData.Case theCase = PlanData.individualCase(counsellor);
        java.time.LocalDate today = java.time.LocalDate.now();
        Api.Reply draft = counsellor.api().post("api/clients/" + theCase.clients().get(0) + "/progress-reports",
                jakarta.json.Json.createObjectBuilder().add("caseId", theCase.id()).add("from", today.minusMonths(1).toString())
                        .add("to", today.toString()).add("kind", "INDIVIDUAL").build().toString());
        assertEquals(201, draft.status(), draft.toString());
        Api.Reply released = counsellor.api().post("api/progress-reports/" + draft.json().getJsonNumber("id") + "/release", "");
        assertEquals(200, released.status(), released.toString());

        Api.Reply made = admin.post("api/backups", "");
        assertEquals(201, made.status(), made.toString());
        JsonObject run = made.json();
        assertEquals("DONE", run.getString("status"));
        Path backup = backupDir().resolve(run.getString("file"));
        assertTrue(Files.isRegularFile(backup));
        assertEquals(run.getString("sha256"), BackupArchive.sha256(backup));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backupKey())));
        assertTrue(Files.readString(TestServer.dataDir().resolve("tenfold-credentials.properties")).contains("owner="));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(TestServer.dataDir().resolve("tenfold-credentials.properties"))));
        // encrypted: the new client's name is nowhere in the file
        assertTrue(!new String(Files.readAllBytes(backup), StandardCharsets.ISO_8859_1).contains(surname));
        BackupManifest manifest = BackupArchive.check(backup, SecretFiles.readKey(backupKey()));
        assertTrue(manifest.rows().get("client") > 0 && manifest.rows().get("audit_event") > 0, manifest.text());
        assertTrue(manifest.auditCheckpoint().startsWith("#"), manifest.text());
        assertEquals(1L, TestServer.queryOne("SELECT COUNT(*) FROM audit_event WHERE action = 'BACKUP_CREATE' AND entity_id = ?",
                String.valueOf(run.getJsonNumber("id").longValue())));

        Path fresh = TestServer.dataDir().resolveSibling("restore-drill-" + System.nanoTime()).resolve("mariadb");
        int port = Integer.parseInt(System.getProperty("tenfold.db.port")) + 10;
        RestoreCommand.Result restored = RestoreCommand.restore(TestServer.root(), backup, backupKey(), fresh, port);
        assertTrue(restored.passed(), restored.summary());
        assertEquals(manifest.rows().values().stream().mapToLong(Long::longValue).sum(), restored.check().rows());
        assertTrue(restored.check().chain().intact() && restored.check().chain().checkpoints() > 0, restored.summary());
        assertTrue(restored.check().chain().keyAvailable(), "the checkpoint key travels inside the backup");
        assertTrue(restored.check().reportsChecked() >= 1, restored.summary());
        assertTrue(Files.isRegularFile(fresh.resolve("tenfold-credentials.properties")), "new passwords for the new folder");
        System.out.println("[restore drill] " + restored.summary());
    }

    @Test
    void aChangedOrWronglyKeyedBackupIsRefused() throws Exception {
        Api.Reply made = admin.post("api/backups", "");
        assertEquals(201, made.status(), made.toString());
        Path backup = backupDir().resolve(made.json().getString("file"));
        byte[] key = SecretFiles.readKey(backupKey());

        Path copy = backup.resolveSibling("changed-" + backup.getFileName());
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 1;
        Files.write(copy, bytes);
        Files.copy(backup.resolveSibling(backup.getFileName() + BackupManifest.SUFFIX),
                copy.resolveSibling(copy.getFileName() + BackupManifest.SUFFIX));
        BackupException e = assertThrows(BackupException.class, () -> BackupArchive.check(copy, key));
        assertTrue(e.getMessage().contains("manifest describes") || e.getMessage().contains("SHA-256"), e.getMessage());
        // and even past the manifest, the changed segment does not open
        assertThrows(BackupException.class, () -> BackupArchive.extract(copy, key, new ByteArrayOutputStream()));

        byte[] other = new byte[32];
        BackupException wrong = assertThrows(BackupException.class, () -> BackupArchive.check(backup, other));
        assertNotEquals(null, wrong.getMessage());
        Files.delete(copy);
        Files.delete(copy.resolveSibling(copy.getFileName() + BackupManifest.SUFFIX));
    }

    @Test
    void theDailyBackupRunsAtTheSetTimeAndSettingsAreChecked() throws Exception {
        Api.Reply bad = admin.put("api/backups/settings", "{\"time\":\"25:99\",\"retentionDays\":0}", null);
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.json().getJsonObject("errors").containsKey("time")
                && bad.json().getJsonObject("errors").containsKey("retentionDays"), bad.toString());

        ZoneId zone = ZoneId.of((String) TestServer.queryOne(
                "SELECT setting_value FROM clinic_setting WHERE setting_key = 'TIME_ZONE'"));
        // today's scheduled run may have been made (or cut short by a redeploy) while earlier tests ran:
        // this test starts the day afresh, as the owner of the schema may
        try (java.sql.Connection db = TestServer.database(); java.sql.PreparedStatement clear = db.prepareStatement(
                "DELETE FROM backup_run WHERE scheduled_for = ?")) {
            clear.setObject(1, ZonedDateTime.now(zone).toLocalDate());
            clear.executeUpdate();
        }
        LocalTime now = ZonedDateTime.now(zone).toLocalTime();
        LocalTime at = now.isBefore(LocalTime.of(0, 2)) ? LocalTime.MIDNIGHT : now.minusMinutes(1).withSecond(0).withNano(0);
        Api.Reply set = admin.put("api/backups/settings", "{\"time\":\"" + at + "\",\"retentionDays\":7}", null);
        assertEquals(200, set.status(), set.toString());
        assertEquals(7, set.json().getInt("retentionDays"));

        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            Object status = TestServer.queryOne("SELECT status FROM backup_run WHERE kind = 'SCHEDULED'"
                    + " AND scheduled_for = ?", ZonedDateTime.now(zone).toLocalDate());
            if ("DONE".equals(status)) {
                break;
            }
            assertTrue(Instant.now().isBefore(deadline), "no scheduled backup within 3 minutes (status " + status + ")");
            Thread.sleep(1000);
        }
        JsonObject list = admin.get("api/backups").json();
        assertTrue(list.getBoolean("configured"));
        assertTrue(list.getJsonArray("runs").stream().anyMatch(r -> r.asJsonObject().getString("kind").equals("SCHEDULED")));
        assertEquals(403, ClientData.signedIn("frontdesk").post("api/backups", "").status());
    }
}
