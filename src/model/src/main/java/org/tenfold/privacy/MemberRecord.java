package org.tenfold.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose rows each belong to one member of a case (or to the couple, or to a joint
 * session, as a whole): what one partner may keep from the other. Every output that carries such a
 * row decides through the services' one disclosure rule whether this reader, for this purpose, may see
 * it. Every entity is marked either so or {@link NotMemberRecord}; a unit test holds that, and the
 * privacy sentinel test plants text in every kind marked here, so a new kind cannot slip past both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MemberRecord {

    /** Whose row it is, in words: which field names the member, and what its absence means. */
    String owner();
}
