package org.tenfold.measure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tenfold.privacy.NotMemberRecord;

/**
 * One version of a questionnaire in the reference tables ({@code measure_instrument} with its items, options,
 * bands and subscales), made from a checked {@link InstrumentDefinition} and turned back into one for scoring.
 * Never changed once stored: a new wording is a new version, and responses keep the version they were given on.
 */
@NotMemberRecord("reference data: a questionnaire's definition, the same for every client")
@Entity
@Table(name = "measure_instrument")
@NamedQuery(name = "Instrument.findVersions",
        query = "SELECT i FROM Instrument i WHERE i.code = :code ORDER BY i.definitionVersion DESC")
@NamedQuery(name = "Instrument.findAll", query = "SELECT i FROM Instrument i ORDER BY i.code, i.definitionVersion DESC")
public class Instrument {

    /** Where a definition came from. */
    public enum Origin {
        /** Shipped with Tenfold, loaded at start. */
        BUNDLED,
        /** Imported by an administrator (a clinic's licensed instrument). */
        IMPORTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 40)
    private String code;

    @Column(name = "definition_version", nullable = false, updatable = false)
    private int definitionVersion;

    @Column(nullable = false, updatable = false, length = 200)
    private String title;

    @Column(name = "full_name", nullable = false, updatable = false, length = 300)
    private String name;

    @Column(name = "client_title", nullable = false, updatable = false, length = 200)
    private String clientTitle;

    @Column(nullable = false, updatable = false, length = 2000)
    private String instructions;

    @Column(nullable = false, updatable = false, length = 2000)
    private String source;

    @Column(nullable = false, updatable = false, length = 2000)
    private String licence;

    @Enumerated(EnumType.STRING)
    @Column(name = "score_method", nullable = false, updatable = false, length = 10)
    private InstrumentDefinition.Method method;

    @Column(name = "score_min", nullable = false, updatable = false)
    private double min;

    @Column(name = "score_max", nullable = false, updatable = false)
    private double max;

    @Column(name = "higher_is_better", nullable = false, updatable = false)
    private boolean higherIsBetter;

    @Column(name = "cutoff_value", updatable = false)
    private Double cutoffValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "cutoff_when", updatable = false, length = 12)
    private InstrumentDefinition.ClinicalWhen cutoffWhen;

    @Column(name = "cutoff_label", updatable = false, length = 300)
    private String cutoffLabel;

    @Column(name = "reliable_change", updatable = false)
    private Double reliableChange;

    @Column(name = "reliable_change_source", updatable = false, length = 1000)
    private String reliableChangeSource;

    @Column(name = "definition_sha256", nullable = false, updatable = false, length = 64)
    private String definitionSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Origin origin;

    @Column(name = "loaded_by", nullable = false, updatable = false, length = 64)
    private String loadedBy;

    @Column(name = "loaded_at", nullable = false, updatable = false)
    private Instant loadedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_item", joinColumns = @JoinColumn(name = "instrument_id"))
    private List<InstrumentItem> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_option", joinColumns = @JoinColumn(name = "instrument_id"))
    private List<InstrumentOption> options = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_band", joinColumns = @JoinColumn(name = "instrument_id"))
    private List<InstrumentBand> bands = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_subscale", joinColumns = @JoinColumn(name = "instrument_id"))
    private List<InstrumentSubscale> subscales = new ArrayList<>();

    @Version
    private long version;

    protected Instrument() {
    }

    public Instrument(InstrumentDefinition d, String definitionSha256, Origin origin, String by, Instant at) {
        code = d.code();
        definitionVersion = d.version();
        title = d.title();
        name = d.name();
        clientTitle = d.clientTitle();
        instructions = d.instructions();
        source = d.source();
        licence = d.licence();
        method = d.method();
        min = d.min();
        max = d.max();
        higherIsBetter = d.higherIsBetter();
        if (d.cutoff() != null) {
            cutoffValue = d.cutoff().value();
            cutoffWhen = d.cutoff().clinicalWhen();
            cutoffLabel = d.cutoff().label();
        }
        if (d.reliableChange() != null) {
            reliableChange = d.reliableChange().value();
            reliableChangeSource = d.reliableChange().source();
        }
        for (InstrumentDefinition.Item i : d.items()) {
            items.add(new InstrumentItem(i));
            for (int p = 0; p < i.options().size(); p++) {
                options.add(new InstrumentOption(i.number(), p, i.options().get(p)));
            }
        }
        for (int b = 0; b < d.bands().size(); b++) {
            bands.add(new InstrumentBand(b, d.bands().get(b)));
        }
        for (int s = 0; s < d.subscales().size(); s++) {
            subscales.add(new InstrumentSubscale(s, d.subscales().get(s)));
        }
        this.definitionSha256 = Objects.requireNonNull(definitionSha256);
        this.origin = Objects.requireNonNull(origin);
        this.loadedBy = Objects.requireNonNull(by);
        this.loadedAt = Objects.requireNonNull(at);
    }

    /** The definition this version was made from, rebuilt from its rows, for {@link Scoring}. */
    public InstrumentDefinition definition() {
        List<InstrumentDefinition.Item> its = items.stream().sorted(Comparator.comparingInt(InstrumentItem::getNumber))
                .map(i -> i.toItem(options.stream().filter(o -> o.getItemNumber() == i.getNumber())
                        .sorted(Comparator.comparingInt(InstrumentOption::getPosition))
                        .map(InstrumentOption::toOption).toList()))
                .toList();
        return new InstrumentDefinition(code, definitionVersion, title, name, clientTitle, instructions, source,
                licence, method, min, max, higherIsBetter, its,
                bands.stream().sorted(Comparator.comparingInt(InstrumentBand::getPosition))
                        .map(InstrumentBand::toBand).toList(),
                subscales.stream().sorted(Comparator.comparingInt(InstrumentSubscale::getPosition))
                        .map(InstrumentSubscale::toSubscale).toList(),
                cutoffValue == null ? null : new InstrumentDefinition.Cutoff(cutoffValue, cutoffWhen, cutoffLabel),
                reliableChange == null ? null
                        : new InstrumentDefinition.ReliableChange(reliableChange, reliableChangeSource));
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getDefinitionVersion() { return definitionVersion; }
    public String getTitle() { return title; }
    public String getName() { return name; }
    public String getClientTitle() { return clientTitle; }
    public String getSource() { return source; }
    public String getLicence() { return licence; }
    public String getDefinitionSha256() { return definitionSha256; }
    public Origin getOrigin() { return origin; }
    public String getLoadedBy() { return loadedBy; }
    public Instant getLoadedAt() { return loadedAt; }
    public long getVersion() { return version; }
}
