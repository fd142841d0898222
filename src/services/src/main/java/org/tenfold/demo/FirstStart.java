package org.tenfold.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicSetting;
import org.tenfold.clinic.SettingKey;
import org.tenfold.scheduling.Room;
import org.tenfold.scheduling.WorkingHours;
import org.tenfold.staff.PasswordHasher;
import org.tenfold.staff.Role;
import org.tenfold.staff.SecondFactor;
import org.tenfold.staff.Staff;

/**
 * Runs once the schema is current. On an empty staff table it either loads the demo clinic
 * ({@code TENFOLD_DEMO_DATA=true}: development only) or creates the first administrator from
 * {@code TENFOLD_ADMIN_PASSWORD} (a production install). Otherwise it does nothing, so data a
 * clinic has entered is never touched. Servers starting together take turns on a row lock, so only one seeds.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstStart {

    /** Development-only password of every demo account; documented in the README. */
    public static final String DEMO_PASSWORD = "tenfold-demo-only";

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "tenfold.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "tenfold.admin-password")
    Optional<String> adminPassword;

    @PostConstruct
    void seed() {
        // a second server starting at the same moment waits here until the first has committed, then finds staff
        em.find(ClinicSetting.class, SettingKey.CLINIC_NAME.name(), LockModeType.PESSIMISTIC_WRITE);
        long staff = em.createNamedQuery("Staff.count", Long.class).getSingleResult();
        if (staff > 0) {
            return;
        }
        if (demoData) {
            loadDemoClinic();
        } else if (adminPassword.filter(p -> !p.isBlank()).isPresent()) {
            String password = adminPassword.get();
            if (password.length() < PasswordHasher.MIN_PASSWORD_LENGTH) {
                LOG.severe("TENFOLD_ADMIN_PASSWORD is shorter than " + PasswordHasher.MIN_PASSWORD_LENGTH
                        + " characters; no administrator was created.");
                return;
            }
            // no second factor is preset: the administrator sets one up at the first sign-in
            em.persist(new Staff("admin", "Administrator", null, new PasswordHasher().hash(password.toCharArray()),
                    EnumSet.of(Role.ADMIN), Instant.now()));
            LOG.info("Created the first administrator, 'admin'. Change its password after signing in.");
        } else {
            LOG.warning("No staff accounts exist. Set TENFOLD_ADMIN_PASSWORD to create the first administrator.");
        }
    }

    private void loadDemoClinic() {
        em.find(ClinicSetting.class, SettingKey.CLINIC_NAME.name()).changeValue("Harbour Light Counselling (demo)");
        addStaff("admin", "Ada Admin", "admin@example.org", DEMO_PASSWORD, EnumSet.of(Role.ADMIN));
        addStaff("frontdesk", "Frankie Desk", "frontdesk@example.org", DEMO_PASSWORD, EnumSet.of(Role.FRONT_DESK));
        addStaff("counsellor", "Casey Counsellor", "counsellor@example.org", DEMO_PASSWORD,
                EnumSet.of(Role.COUNSELLOR));
        addStaff("counsellor2", "Robin Second", "counsellor2@example.org", DEMO_PASSWORD,
                EnumSet.of(Role.COUNSELLOR));
        addStaff("supervisor", "Sasha Supervisor", "supervisor@example.org", DEMO_PASSWORD,
                EnumSet.of(Role.SUPERVISOR, Role.COUNSELLOR));
        for (String statement : demoClientStatements()) {
            em.createNativeQuery(statement).executeUpdate();
        }
        // chart numbers and search columns come from the entity, the one place that computes them
        Instant now = Instant.now();
        for (Client client : em.createQuery("SELECT c FROM Client c WHERE c.chartNumber IS NULL ORDER BY c.id",
                Client.class).getResultList()) {
            client.apply(client.details(), now);
            client.assignChartNumber();
        }
        for (String name : new String[] {"Harbour Room", "Lighthouse Room", "Garden Room"}) {
            em.persist(new Room(name));
        }
        for (Staff s : em.createNamedQuery("Staff.findAll", Staff.class).getResultList()) {
            if (s.hasRole(Role.COUNSELLOR)) {
                for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
                    em.persist(new WorkingHours(s.getId(), day, LocalTime.of(8, 0), LocalTime.of(20, 0)));
                }
            }
        }
        em.flush();
        DemoCare.load(em);
        DemoStepRecords.load(em);
        DemoPlans.load(em);
        DemoNotes.load(em);
        LOG.info("Loaded the demo clinic: 5 staff accounts, 3 rooms, weekday hours 08:00-20:00 for the counsellors, "
                + "the clients of sql/demo/clients.sql, an individual and a couple case with intakes and consents");
    }

    /** A demo account: the demo password and the demo TOTP secret, both development only (README). */
    private void addStaff(String username, String name, String email, String password, EnumSet<Role> roles) {
        Staff staff = new Staff(username, name, email, new PasswordHasher().hash(password.toCharArray()), roles,
                Instant.now());
        staff.enrolSecondFactor(SecondFactor.DEMO_SECRET, Instant.now());
        em.persist(staff);
    }

    private static String[] demoClientStatements() {
        try (InputStream in = FirstStart.class.getResourceAsStream("/db/demo/clients.sql")) {
            if (in == null) {
                throw new IllegalStateException("db/demo/clients.sql is missing from the services module");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return java.util.Arrays.stream(sql.split(";\\s*(\\r?\\n|$)")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toArray(String[]::new);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
