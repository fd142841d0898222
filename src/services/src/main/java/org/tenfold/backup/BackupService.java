package org.tenfold.backup;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.staff.Roles;

/** Administrators make a backup now, see the recent runs and where backups go. */
@Stateless
public class BackupService {

    @Inject
    BackupMaker maker;

    @Inject
    BackupRuns runs;

    @Inject
    BackupConfig config;

    @Inject
    ClinicProfile profile;

    @Resource
    SessionContext context;

    /** Makes a backup now and returns its run (DONE, or FAILED with the reason); audited either way. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BackupRunView backUpNow() {
        return maker.make("ON_DEMAND", null, context.getCallerPrincipal().getName()).orElseThrow();
    }

    @RolesAllowed(Roles.ADMIN)
    public List<BackupRunView> recent() {
        return runs.recent(30);
    }

    @RolesAllowed(Roles.ADMIN)
    public BackupSettings settings() {
        return BackupSettings.of(profile.all());
    }

    /** The folder backups go to, or what is missing before one can be made. */
    @RolesAllowed(Roles.ADMIN)
    public String destination() {
        Optional<String> missing = config.missing();
        return missing.orElseGet(() -> config.folder().toString());
    }

    @RolesAllowed(Roles.ADMIN)
    public boolean configured() {
        return config.missing().isEmpty();
    }
}
