package org.tenfold.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that is not a member's own record, with the reason (reference data, scheduling that
 * front desk handles, staff work items, records of the whole case). See {@link MemberRecord}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotMemberRecord {

    /** Why no partner can keep this from the other: what the rows are and who sees them. */
    String value();
}
