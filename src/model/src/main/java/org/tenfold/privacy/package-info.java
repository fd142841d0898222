/**
 * What one member of a couple may keep from the other: which entities are a member's own records
 * ({@link org.tenfold.privacy.MemberRecord}) and which are not ({@link org.tenfold.privacy.NotMemberRecord}).
 * The rule that applies it lives in the services ({@code org.tenfold.care.Disclosure}).
 */
package org.tenfold.privacy;
