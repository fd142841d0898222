package org.tenfold.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.tenfold.staff.Roles;

/** Administrators run a dispatch pass on demand (operators, tests); each server also runs one periodically. */
@Stateless
public class ReminderService {

    @Inject
    ReminderDispatcher dispatcher;

    /** Sends what is due now; each claim and each message in its own transaction. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DispatchResult dispatchNow() {
        return dispatcher.dispatchOnce();
    }
}
