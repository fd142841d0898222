package org.tenfold.care;

import java.time.LocalDate;
import java.util.List;

/**
 * What opening a case needs: its kind, the primary (and optional second) counsellor, the members
 * with their roles (and optionally each one's own counsellor), and the opening date (default today).
 */
public class OpenCase {

    /** One member of the case to open. */
    public static class Member {
        public Long clientId;
        public CaseRole role;
        public Long ownCounsellorId;

        public Member() {
        }

        public Member(Long clientId, CaseRole role, Long ownCounsellorId) {
            this.clientId = clientId;
            this.role = role;
            this.ownCounsellorId = ownCounsellorId;
        }
    }

    public CaseKind kind;
    public Long primaryCounsellorId;
    public Long secondCounsellorId;
    public List<Member> members;
    public LocalDate openedOn;
}
