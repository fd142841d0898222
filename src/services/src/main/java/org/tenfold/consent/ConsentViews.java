package org.tenfold.consent;

import java.time.Instant;
import java.util.List;

/** What the consent service hands to screens and the API. */
public final class ConsentViews {

    private ConsentViews() {
    }

    /** A wording a client can be asked to agree to. */
    public record FormView(long id, ConsentKind kind, int version, String title, String wording) {
        static FormView of(ConsentForm f) {
            return new FormView(f.getId(), f.getKind(), f.getVersion(), f.getTitle(), f.getWording());
        }
    }

    /** One decision: kind, the exact version agreed to, what was decided, when, witnessed by whom. */
    public record RecordView(long id, long clientId, ConsentKind kind, int formVersion, ConsentDecision decision,
            Boolean byEmail, Boolean bySms, Instant recordedAt, String witness) {
        static RecordView of(ConsentRecord r) {
            return new RecordView(r.getId(), r.getClientId(), r.getKind(), r.getFormVersion(), r.getDecision(),
                    r.getByEmail(), r.getBySms(), r.getRecordedAt(), r.getWitness());
        }
    }

    /** For clinical staff: the current decision of each kind (latest row) and the whole history, oldest first. */
    public record ClientConsents(long clientId, List<RecordView> current, List<RecordView> history) {
    }

    /**
     * For front desk: whether a kind is on file. For TREATMENT, PRIVACY_AND_LIMITS and
     * ELECTRONIC_COMMUNICATION: given and not withdrawn. For PARTNER_SHARING: a choice was recorded
     * (never which one).
     */
    public record OnFile(ConsentKind kind, boolean onFile) {
    }
}
