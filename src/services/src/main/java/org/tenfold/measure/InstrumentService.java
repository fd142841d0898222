package org.tenfold.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.measure.MeasureViews.InstrumentSummary;
import org.tenfold.platform.NotFoundException;
import org.tenfold.staff.Roles;

/**
 * The questionnaire catalogue: every version with its source and licence, each definition in full, and the import
 * of a clinic's own definition (an administrator's; a new instrument or a new version, never a changed one). No
 * client data: readable by every member of staff.
 */
@Stateless
public class InstrumentService {

    @Inject
    InstrumentCatalogue catalogue;

    @Inject
    ClinicalAccess access;

    @Inject
    AuditTrail audit;

    /** The newest version of each instrument, or every version. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<InstrumentSummary> list(boolean everyVersion) {
        Set<String> seen = new HashSet<>();
        return catalogue.all().stream().map(i -> summary(i, seen.add(i.getCode())))
                .filter(s -> everyVersion || s.latest()).toList();
    }

    /** The newest version's definition. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public InstrumentDefinition definition(String code) {
        return catalogue.latest(code).map(catalogue::definition)
                .orElseThrow(() -> new NotFoundException("Questionnaire", code));
    }

    /** One version's definition. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public InstrumentDefinition definition(String code, int version) {
        return catalogue.version(code, version).map(catalogue::definition)
                .orElseThrow(() -> new NotFoundException("Questionnaire " + code + " version", version));
    }

    /** Imports a definition (format tenfold-instrument/1): a new instrument, or a new version of one. */
    @RolesAllowed(Roles.ADMIN)
    public InstrumentSummary importDefinition(String text) {
        InstrumentCatalogue.Loaded loaded = catalogue.load(text, Instrument.Origin.IMPORTED, access.staff().getUsername());
        InstrumentDefinition d = InstrumentDefinitions.parse(text);
        Instrument stored = catalogue.version(d.code(), d.version()).orElseThrow();
        if (loaded == InstrumentCatalogue.Loaded.NEW) {
            audit.record(AuditAction.INSTRUMENT_LOAD, AuditOutcome.SUCCESS, "Instrument", stored.getId(), null,
                    d.code() + " version " + d.version() + " imported, SHA-256 " + stored.getDefinitionSha256());
        }
        return summary(stored, catalogue.latest(d.code()).map(l -> l.getId().equals(stored.getId())).orElse(true));
    }

    private InstrumentSummary summary(Instrument i, boolean latest) {
        InstrumentDefinition d = catalogue.definition(i);
        return new InstrumentSummary(i.getId(), i.getCode(), i.getDefinitionVersion(), i.getTitle(), i.getName(),
                i.getSource(), i.getLicence(), i.getOrigin(), d.items().size(), d.hasCriticalItems(), latest,
                i.getLoadedAt(), i.getDefinitionSha256());
    }
}
