package org.tenfold.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture as tests, over every class of Tenfold that the web module is built with (model, records,
 * reports, services and web itself): the walls between the modules, no entity in the web module, and
 * roles on every entry point. A new class that breaks a rule fails the build.
 */
class ArchitectureTest {

    private static JavaClasses all;

    @BeforeAll
    static void importTenfold() {
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tenfold");
    }

    /** Which module a class was built in, from where its class file lies (target/classes or the module's jar). */
    static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in module " + module, c -> c.getSource()
                .map(s -> s.getUri().toString()).map(u -> u.contains("/src/" + module + "/")
                        || u.contains("/tenfold-" + module + "-")).orElse(false));
    }

    @Test
    void theModulesDependOneWay() {
        // web → services → model; reports and records depend on nothing of ours
        noClasses().that(inModule("model")).should().dependOnClassesThat(inModule("services").or(inModule("web"))
                .or(inModule("reports"))).check(all);
        noClasses().that(inModule("services")).should().dependOnClassesThat(inModule("web")).check(all);
        noClasses().that(inModule("reports")).should().dependOnClassesThat(inModule("model")
                .or(inModule("services")).or(inModule("web"))).check(all);
        noClasses().that(inModule("records")).should().dependOnClassesThat(inModule("model")
                .or(inModule("services")).or(inModule("web")).or(inModule("reports"))).check(all);
    }

    @Test
    void noEntityCrossesIntoTheWebModule() {
        // services hand screens and resources records (views): view-scoped state stays small and serialisable
        noClasses().that(inModule("web")).should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("services hand the web module views, never entities").check(all);
    }

    @Test
    void noEntityManagerOutsideTheServices() {
        noClasses().that(inModule("web").or(inModule("model")).or(inModule("reports"))).should()
                .dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager").check(all);
    }

    @Test
    void resourcesLiveInTheirFeature() {
        // org.tenfold.api holds what every resource shares (the application, failures, helpers, the document)
        noClasses().that().resideInAPackage("org.tenfold.api").should().beAnnotatedWith(jakarta.ws.rs.Path.class)
                .because("a resource lives beside the screens and services of its feature").check(all);
    }

    @Test
    void everyPublicSessionBeanMethodNamesItsRoles() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(Singleton.class)
                .and().arePublic()
                .should().beAnnotatedWith(RolesAllowed.class)
                .because("deny by default: every use case names the roles it allows").check(all);
    }

    @Test
    void everyResourceMethodNamesItsRolesOrSaysItIsOpen() {
        methods().that(areResourceMethods()).should(nameTheirAccess()).check(all);
    }

    /**
     * CDI beans of the services that the web module calls without a role check on the bean: each is listed
     * with the reason it is open, and it checks its caller itself. Anything else the web module calls in the
     * services is a session bean with @RolesAllowed, or a value (a record, an enum, an exception).
     */
    static final Map<String, String> OPEN_SERVICE_BEANS = Map.ofEntries(
            Map.entry("org.tenfold.staff.SignIn", "signing in: nobody is signed in yet; throttled before any work"),
            Map.entry("org.tenfold.staff.SignInThrottle", "counts sign-in attempts before anyone is known"),
            Map.entry("org.tenfold.staff.Authentication", "turns a bearer token or session into a caller"),
            Map.entry("org.tenfold.feed.CalendarFeedReader", "a calendar app cannot sign in: the secret address is "
                    + "the credential"),
            Map.entry("org.tenfold.progress.ReportLinkReader", "a client's one-time link: the token is the credential"),
            Map.entry("org.tenfold.measure.Answering", "a client's one-time questionnaire link: the token is the "
                    + "credential"),
            Map.entry("org.tenfold.audit.RequestOrigin", "carries the request's address to the audit trail"),
            Map.entry("org.tenfold.audit.AuditTrail", "records refusals the web layer meets (who was refused what)"),
            Map.entry("org.tenfold.clinic.ClinicProfile", "the clinic's name, time zone and letterhead: shown on "
                    + "every screen, the sign-in page too"));

    @Test
    void theWebModuleCallsOnlyGuardedServicesOrListedOpenOnes() {
        Set<String> open = OPEN_SERVICE_BEANS.keySet();
        noClasses().that(inModule("web")).should().callMethodWhere(DescribedPredicate.describe(
                "the target is an unguarded CDI bean of the services not listed in OPEN_SERVICE_BEANS", call -> {
                    JavaClass c = call.getTargetOwner();
                    return inModule("services").test(c) && isCdiBean(c) && !c.isAnnotatedWith(Stateless.class)
                            && !c.isAnnotatedWith(Singleton.class) && !open.contains(c.getName());
                }))
                .check(all);
    }

    private static boolean isCdiBean(JavaClass c) {
        return c.isAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
                || c.isAnnotatedWith(jakarta.enterprise.context.RequestScoped.class)
                || c.isAnnotatedWith(jakarta.enterprise.context.Dependent.class);
    }

    private static DescribedPredicate<JavaMethod> areResourceMethods() {
        return DescribedPredicate.describe("are JAX-RS resource methods", m -> m.isAnnotatedWith(GET.class)
                || m.isAnnotatedWith(POST.class) || m.isAnnotatedWith(PUT.class) || m.isAnnotatedWith(DELETE.class)
                || m.isAnnotatedWith(PATCH.class) || m.isAnnotatedWith(HEAD.class));
    }

    private static ArchCondition<JavaMethod> nameTheirAccess() {
        return new ArchCondition<>("carry @RolesAllowed, @PermitAll or @DenyAll (on the method or its class)") {
            @Override
            public void check(JavaMethod m, ConditionEvents events) {
                boolean named = Set.of(RolesAllowed.class, PermitAll.class, DenyAll.class).stream()
                        .anyMatch(a -> m.isAnnotatedWith(a) || m.getOwner().isAnnotatedWith(a));
                if (!named) {
                    events.add(SimpleConditionEvent.violated(m, m.getFullName() + " names no roles"));
                }
            }
        };
    }

    /**
     * What the OpenAPI document marks anonymous is what the resources let anyone call: every {@code @PermitAll}
     * resource method (but one that reads the bearer token from the Authorization header itself).
     */
    @Test
    void theAnonymousOperationsOfTheDocumentAreThePermitAllResourceMethods() {
        Set<String> permitted = new java.util.TreeSet<>();
        for (JavaClass c : all) {
            if (!inModule("web").test(c)) {
                continue;
            }
            for (JavaMethod m : c.getMethods()) {
                if (!areResourceMethods().test(m) || !(m.isAnnotatedWith(PermitAll.class) || c.isAnnotatedWith(PermitAll.class))
                        || m.getParameterAnnotations().stream().flatMap(java.util.Collection::stream)
                                .anyMatch(a -> a.getRawType().isEquivalentTo(jakarta.ws.rs.HeaderParam.class)
                                        && "Authorization".equals(a.get("value").orElse(null)))) {
                    continue;
                }
                String verb = Set.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class).stream()
                        .filter(m::isAnnotatedWith).findFirst().orElseThrow().getSimpleName();
                String path = "/api/" + pathOf(c) + (m.isAnnotatedWith(jakarta.ws.rs.Path.class) ? "/" + pathOf(m) : "");
                permitted.add(verb + " " + path.replaceAll("/+", "/").replaceAll("/$", ""));
            }
        }
        Set<String> documented = new java.util.TreeSet<>(org.tenfold.api.OpenApiDocument.ANONYMOUS);
        documented.removeIf(o -> o.startsWith("GET /feeds/")); // a servlet, not a resource
        org.junit.jupiter.api.Assertions.assertEquals(documented, permitted);
    }

    private static String pathOf(JavaClass c) {
        return c.getAnnotationOfType(jakarta.ws.rs.Path.class).value().replaceAll("^/|/$", "");
    }

    private static String pathOf(JavaMethod m) {
        return m.getAnnotationOfType(jakarta.ws.rs.Path.class).value().replaceAll("^/|/$", "");
    }

    @Test
    void theOpenListNamesRealBeans() {
        for (String name : OPEN_SERVICE_BEANS.keySet()) {
            JavaClass c = all.get(name);
            if (!isCdiBean(c)) {
                throw new AssertionError(name + " is listed as an open service bean but is not a CDI bean");
            }
        }
    }
}
