/**
 * Cases, the clinical access rule, break-the-glass, flags, tasks and supervision.
 *
 * <p>For screens: {@link org.tenfold.care.CaseService} hands out {@link org.tenfold.care.CareViews}
 * records (a case with its members' names, counsellors and history; break-the-glass accesses; flags;
 * tasks) built inside the transaction, so a view renders them without further queries. Every
 * clinical method admits all staff roles and asks {@link org.tenfold.care.ClinicalAccess}, so a chart
 * tab, a view parameter or an AJAX post with someone else's id is refused (and audited) exactly as
 * the API is; a screen catches {@link org.tenfold.care.AccessRefusedException} like any
 * {@code BusinessException} and shows its message. The rule itself is {@link org.tenfold.care.AccessRule}.
 */
package org.tenfold.care;
