package org.tenfold.shell;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenfold.audit.AuditAction;
import org.tenfold.care.RefusalLog;

/**
 * Audits a refusal made by a role check (a resource's or a service's {@code @RolesAllowed}) for a signed-in
 * member of staff, as DENIED, like the access rule's own refusals: the API's mappers and the screens'
 * refusal handler both come here. A client named in the path ({@code /api/clients/12/...}) is named in the row.
 */
public final class RoleRefusals {

    private static final Pattern CLIENT = Pattern.compile("/api/clients/(\\d{1,18})(?:/|$)");

    private RoleRefusals() {
    }

    public static void audit(String method, String path) {
        String where = method + " " + path;
        Matcher m = CLIENT.matcher(path);
        List<Long> clients = m.find() ? List.of(Long.parseLong(m.group(1))) : List.of();
        CDI.current().select(RefusalLog.class).get().refused(AuditAction.ACCESS_DENIED, "Request",
                where.length() > 64 ? where.substring(0, 64) : where, clients,
                "refused by role: " + (where.length() > 900 ? where.substring(0, 900) : where));
    }
}
