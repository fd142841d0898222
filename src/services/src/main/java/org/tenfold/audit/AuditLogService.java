package org.tenfold.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.tenfold.platform.Page;
import org.tenfold.staff.Roles;

/**
 * The audit log, read by administrators: searched over the whole history, a page at a time, newest first,
 * or exported as CSV. Reading it is itself audited. Each filter has an index that starts with it and
 * goes on with the time, so a page is an index range read backwards whatever the table's size; the
 * pager's count stops at {@link #COUNT_CAP}.
 */
@Stateless
public class AuditLogService {

    /** Counting beyond this costs time and tells no one anything: the pager shows "more than". */
    public static final long COUNT_CAP = 10_000;
    private static final int EXPORT_CHUNK = 1000;

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AuditExports exports;

    @RolesAllowed(Roles.ADMIN)
    public Page<AuditEventView> search(AuditQuery query) {
        int size = Page.clampSize(query.size());
        int page = Page.clampPage(query.page());
        List<AuditEvent> items = select(query, null, page * size, size);
        long total = count(query);
        audit.record(AuditAction.AUDIT_VIEW, AuditOutcome.SUCCESS, null, null, query.clientId(),
                "page " + page + " of the audit log: " + query.describe());
        return new Page<>(items.stream().map(AuditEventView::of).toList(), total, page, size);
    }

    /** How many events match, up to {@link #COUNT_CAP} + 1 (more than the cap means "more than"). */
    @RolesAllowed(Roles.ADMIN)
    public long count(AuditQuery query) {
        Where where = where(query, null);
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM audit_event" + where.sql + " LIMIT "
                + (COUNT_CAP + 1) + ") matched");
        where.bind(q);
        return ((Number) q.getSingleResult()).longValue();
    }

    /**
     * Writes every matching event as CSV (RFC 4180, a header line, UTC times), newest first, reading a
     * thousand at a time. The export is audited before the first line goes out, in a transaction of its
     * own, so an export cut off half-way is still on record.
     *
     * @return the number of events written
     */
    @RolesAllowed(Roles.ADMIN)
    public long exportCsv(AuditQuery query, Writer out) {
        exports.recordExport(query);
        try {
            out.write("id,occurred_at,actor,action,outcome,entity_type,entity_id,client_id,source_address,detail\r\n");
            long written = 0;
            AuditEvent last = null;
            while (true) {
                List<AuditEvent> chunk = select(query, last, 0, EXPORT_CHUNK);
                for (AuditEvent e : chunk) {
                    out.write(String.join(",", String.valueOf(e.getId()), e.getOccurredAt().toString(),
                            csv(e.getActor()), e.getAction().name(), e.getOutcome().name(), csv(e.getEntityType()),
                            csv(e.getEntityId()), e.getClientId() == null ? "" : e.getClientId().toString(),
                            csv(e.getSourceAddress()), csv(e.getDetail())));
                    out.write("\r\n");
                }
                written += chunk.size();
                if (chunk.size() < EXPORT_CHUNK) {
                    out.flush();
                    return written;
                }
                last = chunk.get(chunk.size() - 1);
                em.clear(); // a long export must not keep every row it wrote
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of matching events, newest first; after {@code last} when given (keyset paging for exports). */
    private List<AuditEvent> select(AuditQuery query, AuditEvent last, int offset, int limit) {
        Where where = where(query, last);
        Query q = em.createNativeQuery("SELECT * FROM audit_event" + where.sql
                + " ORDER BY occurred_at DESC, id DESC LIMIT " + limit + " OFFSET " + offset, AuditEvent.class);
        where.bind(q);
        @SuppressWarnings("unchecked")
        List<AuditEvent> rows = q.getResultList();
        return rows;
    }

    /** The WHERE clause: fixed column names, every value a bound parameter. */
    private static Where where(AuditQuery query, AuditEvent after) {
        List<String> terms = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            terms.add("actor = ?");
            values.add(query.actor().strip());
        }
        if (query.action() != null) {
            terms.add("action = ?");
            values.add(query.action().name());
        }
        if (query.clientId() != null) {
            terms.add("client_id = ?");
            values.add(query.clientId());
        }
        if (query.outcome() != null) {
            terms.add("outcome = ?");
            values.add(query.outcome().name());
        }
        if (query.from() != null) {
            terms.add("occurred_at >= ?");
            values.add(LocalDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            terms.add("occurred_at < ?");
            values.add(LocalDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        if (after != null) {
            terms.add("(occurred_at < ? OR (occurred_at = ? AND id < ?))");
            LocalDateTime at = LocalDateTime.ofInstant(after.getOccurredAt(), ZoneOffset.UTC);
            values.add(at);
            values.add(at);
            values.add(after.getId());
        }
        return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), values);
    }

    private record Where(String sql, List<Object> values) {
        void bind(Query q) {
            for (int i = 0; i < values.size(); i++) {
                q.setParameter(i + 1, values.get(i));
            }
        }
    }

    /** A CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused for spreadsheets. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
