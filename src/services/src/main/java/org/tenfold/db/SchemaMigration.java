package org.tenfold.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application starts. Flyway's own lock table makes this
 * safe when two servers start at once. Other startup beans that use the database depend on it.
 *
 * <p>Migrations run as the schema's owner (jdbc/tenfold-owner), never as the account the application
 * works with; afterwards {@link AccountGrants} gives that account what it needs on each table and no
 * more: SELECT and INSERT only on the audit tables. Where both pools use the same account (a database
 * set up with one user), the grants are the operator's to give, and a warning says so.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/tenfold")
    DataSource dataSource;

    @Resource(lookup = "jdbc/tenfold-owner")
    DataSource ownerDataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(ownerDataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V41__chain_existing_audit_events())
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
        try (Connection owner = ownerDataSource.getConnection(); Connection app = dataSource.getConnection()) {
            AccountGrants.apply(owner, app);
        } catch (SQLException e) {
            throw new IllegalStateException("The application's database account could not be given its rights: "
                    + e.getMessage(), e);
        }
    }
}
