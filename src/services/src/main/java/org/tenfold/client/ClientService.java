package org.tenfold.client;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.DateLimits;
import org.tenfold.platform.Inputs;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.Page;
import org.tenfold.platform.StaleDataException;
import org.tenfold.staff.Roles;

/**
 * Client records for front desk and clinical staff: find, view, create, edit. Every view and change
 * leaves an audit event in the same transaction. Front desk edits any client's details; counsellors and
 * supervisors only those of the clients in their care (the clinical access rule). Administrators hold no
 * client access here.
 */
@Stateless
@RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class ClientService {

    private static final String ENTITY = "Client";
    /** Searches count their matches up to this many; more is shown as "1,000+". */
    public static final int COUNT_CAP = 1000;

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Inputs inputs;

    @Inject
    ClientRegistration registration;

    /** Email and SMS permissions are decided by the electronic communication consent; see there. */
    @Inject
    org.tenfold.consent.ConsentChannels consentChannels;

    @Inject
    java.security.Principal caller;

    @Inject
    ClinicalAccess access;

    @Resource
    SessionContext context;

    /**
     * One page of a search with the number found in all, up to {@link #COUNT_CAP} + 1 (more than the cap means
     * "more than"). The search is audited.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public Page<ClientView> search(ClientQuery query) {
        long total = count(query);
        return new Page<>(list(query, total + " found").stream().map(ClientView::of).toList(), total, Page.clampPage(query.page()),
                Page.clampSize(query.size()));
    }

    /**
     * One page of a search, for a table that asked {@link #count} already, so the count is not run
     * twice. The search is audited.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<ClientView> page(ClientQuery query) {
        return list(query, "page " + Page.clampPage(query.page())).stream().map(ClientView::of).toList();
    }

    private List<Client> list(ClientQuery query, String outcome) {
        int size = Page.clampSize(query.size());
        int page = Page.clampPage(query.page());
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Client> select = cb.createQuery(Client.class);
        Root<Client> client = select.from(Client.class);
        select.where(ClientSearch.predicates(cb, client, query)).orderBy(order(cb, client, query));
        List<Client> items = em.createQuery(select).setFirstResult(page * size).setMaxResults(size).getResultList();
        audit.record(AuditAction.CLIENT_SEARCH, AuditOutcome.SUCCESS, ENTITY, null, null,
                "search \"" + (query.text() == null ? "" : query.text()) + "\""
                        + (query.status() == null ? "" : " status " + query.status()) + ": " + outcome);
        return items;
    }

    /**
     * How many clients a search finds, for a table's pager (the search itself is audited), counted up to
     * {@link #COUNT_CAP} + 1: past the cap a number tells no one anything ("1,000+": type more of the name),
     * and counting every match of a short prefix over a large clinic is what made searching slow.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public long count(ClientQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Client> counted = ids.from(Client.class);
        ids.select(counted.get("id")).where(ClientSearch.predicates(cb, counted, query));
        return em.createQuery(ids).setMaxResults(COUNT_CAP + 1).getResultList().size();
    }

    /** The client's record; the view is audited. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ClientView get(long id) {
        Client client = find(id);
        audit.record(AuditAction.CLIENT_VIEW, AuditOutcome.SUCCESS, ENTITY, id, id, client.getChartNumber());
        return ClientView.of(client);
    }

    /**
     * Registers a client. When the legal name and date of birth match someone already registered
     * the save is refused with {@link PossibleDuplicateException} unless the caller confirmed it.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ClientView create(ClientDetails details, boolean duplicateConfirmed) {
        return ClientView.of(registration.register(details, duplicateConfirmed));
    }

    /**
     * Saves changes made to the version the editor loaded. When someone else saved in between, the
     * save is refused and nothing is overwritten.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ClientView update(long id, long expectedVersion, ClientDetails details) {
        Client client = find(id);
        requireEditable(id);
        ClientDetails d = inputs.valid(details, "Client").normalized();
        DateLimits.check("dateOfBirth", d.getDateOfBirth());
        if (client.getVersion() != expectedVersion) {
            throw new StaleDataException("This client's record");
        }
        String changed = changedFields(client.details(), d);
        client.apply(d, Instant.now());
        try {
            em.flush(); // the version check, before anything else queries (and so flushes) the client
        } catch (OptimisticLockException e) {
            throw new StaleDataException("This client's record");
        }
        consentChannels.recordFromProfile(client, caller.getName(), client.getUpdatedAt());
        audit.record(AuditAction.CLIENT_UPDATE, AuditOutcome.SUCCESS, ENTITY, id, id,
                client.getChartNumber() + " changed: " + changed);
        return ClientView.of(client);
    }

    /** The client's record to edit: for front desk, and for clinical staff a client in their care (403 otherwise). */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ClientView getForEdit(long id) {
        find(id);
        requireEditable(id);
        return get(id);
    }

    /** Whether the caller may change this client's details (to offer the edit button, or not). */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public boolean mayEdit(long id) {
        return context.isCallerInRole(Roles.FRONT_DESK) || access.mayUseClient(access.caller(), id);
    }

    /** Front desk edits every client's details; clinical staff those of the clients in their own care (403, audited). */
    private void requireEditable(long id) {
        if (!context.isCallerInRole(Roles.FRONT_DESK)) {
            access.requireClient(id, AuditAction.CLIENT_UPDATE, ENTITY, id);
        }
    }

    /** Clients with the same legal name and date of birth (accents and case ignored), for a warning. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<ClientView> possibleDuplicates(ClientDetails details, Long excludeId) {
        return registration.possibleDuplicates(details, excludeId).stream().map(ClientView::of).toList();
    }

    private Client find(long id) {
        Client client = em.find(Client.class, id);
        if (client == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return client;
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Client> client, ClientQuery query) {
        return query.sort().attributes().stream()
                .map(a -> query.descending() ? cb.desc(client.get(a)) : cb.asc(client.get(a))).toList();
    }

    /** Names (not values) of the fields that change, so the audit row says what changed without copying data. */
    private static String changedFields(ClientDetails before, ClientDetails after) {
        var b = new java.util.LinkedHashMap<String, Object>();
        var a = new java.util.LinkedHashMap<String, Object>();
        describe(before.normalized(), b);
        describe(after, a);
        String names = b.keySet().stream().filter(k -> !java.util.Objects.equals(b.get(k), a.get(k)))
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "nothing" : names;
    }

    private static void describe(ClientDetails d, java.util.Map<String, Object> out) {
        out.put("legalFirstName", d.getLegalFirstName());
        out.put("legalLastName", d.getLegalLastName());
        out.put("preferredName", d.getPreferredName());
        out.put("pronouns", d.getPronouns());
        out.put("dateOfBirth", d.getDateOfBirth());
        out.put("email", d.getEmail());
        out.put("phone", d.getPhone());
        out.put("address", List.of(String.valueOf(d.getAddressLine1()), String.valueOf(d.getAddressLine2()),
                String.valueOf(d.getCity()), String.valueOf(d.getRegion()), String.valueOf(d.getPostalCode()),
                String.valueOf(d.getCountry())));
        out.put("emergencyContact", List.of(String.valueOf(d.getEmergencyContactName()),
                String.valueOf(d.getEmergencyContactRelationship()), String.valueOf(d.getEmergencyContactPhone())));
        out.put("consents", List.of(d.isConsentEmail(), d.isConsentSms(), d.isConsentPhone(), d.isConsentPost()));
        out.put("status", d.getStatus());
    }

    /** Thrown by {@link #create} when the client may already be registered. */
    public static class PossibleDuplicateException extends BusinessException {
        private static final long serialVersionUID = 1L;
        private final List<String> chartNumbers;

        PossibleDuplicateException(List<Client> twins) {
            super(Kind.CONFLICT, "A client with the same name and date of birth is already registered: "
                    + twins.stream().map(c -> c.getChartNumber() + " " + c.getDisplayName())
                            .collect(Collectors.joining(", "))
                    + ". Open that record, or confirm that this is a different person.");
            this.chartNumbers = twins.stream().map(Client::getChartNumber).toList();
        }

        public List<String> chartNumbers() {
            return chartNumbers;
        }
    }
}
