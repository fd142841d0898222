package org.tenfold.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.measure.MeasureViews.ChangeView;
import org.tenfold.measure.MeasureViews.ItemView;
import org.tenfold.measure.MeasureViews.MemberRef;
import org.tenfold.measure.MeasureViews.OptionView;
import org.tenfold.measure.MeasureViews.Point;
import org.tenfold.measure.MeasureViews.ResponseSummary;
import org.tenfold.measure.MeasureViews.ResponseView;
import org.tenfold.measure.MeasureViews.ScoreView;
import org.tenfold.measure.MeasureViews.Series;

/**
 * Reads the questionnaires of some clients in a few queries and applies {@link Scoring} to them: each response's
 * score, and for each submitted one its change from the member's baseline (their first complete response on that
 * instrument). A response that a submitted correction replaces no longer counts; the correction counts at the
 * time of the response it corrects. Who may see what is decided before a history is asked for.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MeasureHistory {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    InstrumentCatalogue catalogue;

    @Inject
    ClinicProfile clinic;

    /** Everything these clients answered, scored. */
    public History of(Collection<Long> clientIds) {
        List<MeasureResponse> responses = clientIds.isEmpty() ? List.of()
                : em.createQuery("SELECT r FROM MeasureResponse r WHERE r.clientId IN :ids ORDER BY r.createdAt, r.id",
                        MeasureResponse.class).setParameter("ids", clientIds).getResultList();
        return build(responses, clientIds);
    }

    private History build(List<MeasureResponse> responses, Collection<Long> clientIds) {
        Map<Long, List<MeasureAnswer>> answers = new HashMap<>();
        if (!responses.isEmpty()) {
            em.createNamedQuery("MeasureAnswer.findOfResponses", MeasureAnswer.class)
                    .setParameter("ids", responses.stream().map(MeasureResponse::getId).toList()).getResultList()
                    .forEach(a -> answers.computeIfAbsent(a.getResponseId(), k -> new ArrayList<>()).add(a));
        }
        Map<Long, Client> clients = clientIds.isEmpty() ? Map.of()
                : em.createQuery("SELECT c FROM Client c WHERE c.id IN :ids", Client.class).setParameter("ids", clientIds)
                        .getResultList().stream().collect(Collectors.toMap(Client::getId, c -> c));
        return new History(responses, answers, clients, catalogue, clinic.zone());
    }

    /** The scored questionnaires of some clients; see {@link MeasureHistory}. */
    public static final class History {
        private final List<MeasureResponse> responses;
        private final Map<Long, MeasureResponse> byId = new LinkedHashMap<>();
        private final Map<Long, List<MeasureAnswer>> answers;
        private final Map<Long, Client> clients;
        private final InstrumentCatalogue catalogue;
        private final ZoneId zone;
        private final Map<Long, Long> correctedBy = new HashMap<>();
        private final Map<Long, Scoring.Score> scores = new HashMap<>();
        private final Map<Long, ChangeView> changes = new HashMap<>();

        History(List<MeasureResponse> responses, Map<Long, List<MeasureAnswer>> answers, Map<Long, Client> clients,
                InstrumentCatalogue catalogue, ZoneId zone) {
            this.responses = responses;
            this.answers = answers;
            this.clients = clients;
            this.catalogue = catalogue;
            this.zone = zone;
            responses.forEach(r -> byId.put(r.getId(), r));
            for (MeasureResponse r : responses) {
                if (r.getCorrectsId() != null && r.isSubmitted()) {
                    correctedBy.put(r.getCorrectsId(), r.getId());
                }
                scores.put(r.getId(), Scoring.score(definition(r), values(r)));
            }
            Map<String, List<MeasureResponse>> counted = counted().stream()
                    .collect(Collectors.groupingBy(r -> r.getClientId() + "/" + code(r), LinkedHashMap::new,
                            Collectors.toList()));
            for (List<MeasureResponse> line : counted.values()) {
                MeasureResponse baseline = null;
                for (MeasureResponse r : line) {
                    Scoring.Score s = scores.get(r.getId());
                    if (!s.complete()) {
                        continue;
                    }
                    if (baseline == null) {
                        baseline = r;
                        continue;
                    }
                    double base = scores.get(baseline.getId()).total();
                    Scoring.Change c = Scoring.change(definition(r), base, s.total());
                    changes.put(r.getId(), new ChangeView(baseline.getId(), at(baseline), base, c.delta(), c.better(),
                            c.reliable(), c.clinical()));
                }
            }
        }

        public List<MeasureResponse> responses() {
            return responses;
        }

        public List<MeasureResponse> responses(Predicate<MeasureResponse> keep) {
            return responses.stream().filter(keep).toList();
        }

        public InstrumentDefinition definition(MeasureResponse r) {
            return catalogue.definition(r.getInstrumentId());
        }

        public String code(MeasureResponse r) {
            return definition(r).code();
        }

        /** The submitted responses that count (none a submitted correction replaces), in the order they were given. */
        public List<MeasureResponse> counted() {
            return responses.stream().filter(r -> r.isSubmitted() && !correctedBy.containsKey(r.getId()))
                    .sorted(Comparator.comparing(this::at).thenComparing(MeasureResponse::getId)).toList();
        }

        /** When a response counts: when it was sent in, or a correction when what it corrects was. */
        public Instant at(MeasureResponse r) {
            MeasureResponse original = r;
            for (int hops = 0; original.getCorrectsId() != null && byId.containsKey(original.getCorrectsId())
                    && hops < 50; hops++) {
                original = byId.get(original.getCorrectsId());
            }
            return original.getSubmittedAt() != null ? original.getSubmittedAt()
                    : r.getSubmittedAt() != null ? r.getSubmittedAt() : r.getCreatedAt();
        }

        public Map<Integer, Integer> values(MeasureResponse r) {
            Map<Integer, Integer> v = new HashMap<>();
            for (MeasureAnswer a : answers.getOrDefault(r.getId(), List.of())) {
                if (a.getValue() != null) {
                    v.put(a.getItemNumber(), a.getValue());
                }
            }
            return v;
        }

        public List<MeasureAnswer> answers(MeasureResponse r) {
            return answers.getOrDefault(r.getId(), List.of());
        }

        public Scoring.Score score(MeasureResponse r) {
            return scores.get(r.getId());
        }

        public MemberRef member(long clientId) {
            Client c = clients.get(clientId);
            return c == null ? new MemberRef(clientId, null, null)
                    : new MemberRef(clientId, c.getChartNumber(), c.getDisplayName());
        }

        /** The score; {@code withCritical} false says nothing of critical answers (for what clients receive). */
        public ScoreView scoreView(MeasureResponse r, boolean withCritical) {
            Scoring.Score s = scores.get(r.getId());
            return new ScoreView(s.complete(), s.total(), s.band(), s.clinical(), s.subscales(), s.subscalesClinical(),
                    s.missing(), withCritical && !s.critical().isEmpty(), changes.get(r.getId()));
        }

        public ResponseSummary summary(MeasureResponse r) {
            return summary(r, true);
        }

        public ResponseSummary summary(MeasureResponse r, boolean withCritical) {
            InstrumentDefinition d = definition(r);
            return new ResponseSummary(r.getId(), r.getCaseId(), member(r.getClientId()), d.code(), d.version(),
                    d.title(), r.getChannel(), r.getStatus(), r.getAssignmentId(), r.getDueAt(), r.getSubmittedAt(),
                    r.getSubmittedBy(), r.getCorrectsId(), correctedBy.get(r.getId()), answers(r).size(),
                    scoreView(r, withCritical), r.getCreatedAt());
        }

        /** The items with this response's answers; {@code withCritical} false leaves critical answers out. */
        public List<ItemView> items(MeasureResponse r, boolean withCritical) {
            InstrumentDefinition d = definition(r);
            Map<Integer, MeasureAnswer> given = answers(r).stream()
                    .collect(Collectors.toMap(MeasureAnswer::getItemNumber, a -> a, (a, b) -> b));
            List<ItemView> items = new ArrayList<>();
            for (InstrumentDefinition.Item i : d.items()) {
                MeasureAnswer a = given.get(i.number());
                boolean shown = withCritical || i.critical() == null;
                Integer value = a == null || !shown ? null : a.getValue();
                String label = value == null ? null : i.option(value).map(InstrumentDefinition.Option::label).orElse(null);
                items.add(new ItemView(i.number(), i.kind(), i.text(), i.stepCode(), i.required(),
                        i.options().stream().map(o -> new OptionView(o.value(), o.label())).toList(), value, label,
                        a == null ? null : a.getText(), value != null && i.critical() != null
                                && i.critical().positive(value)));
            }
            return items;
        }

        public ResponseView view(MeasureResponse r, java.time.Instant now) {
            return new ResponseView(summary(r), definition(r).instructions(), items(r, true), r.getComment(),
                    r.linkOpens(now), r.getLinkExpiresAt(), r.getLinkSentAt(), r.getOpenedAt(), r.getVersion());
        }

        /** A member's counted scores on an instrument (any version of its code), oldest first. */
        public Series series(long clientId, String code, Instant from, Instant to) {
            List<Point> points = new ArrayList<>();
            ChangeView latest = null;
            for (MeasureResponse r : counted()) {
                Scoring.Score s = scores.get(r.getId());
                Instant at = at(r);
                if (r.getClientId() != clientId || !code(r).equals(code) || !s.complete()
                        || (from != null && at.isBefore(from)) || (to != null && !at.isBefore(to))) {
                    continue;
                }
                points.add(new Point(r.getId(), at, LocalDate.ofInstant(at, zone), s.total(), s.band()));
                ChangeView change = changes.get(r.getId());
                latest = change != null ? change : latest;
            }
            return new Series(member(clientId), points, latest);
        }

        /** A member's answer to one item of an instrument over time (the check-in's rating of a step). */
        public Series itemSeries(long clientId, String code, int item) {
            List<Point> points = new ArrayList<>();
            for (MeasureResponse r : counted()) {
                if (r.getClientId() != clientId || !code(r).equals(code)) {
                    continue;
                }
                Integer v = values(r).get(item);
                if (v != null) {
                    Instant at = at(r);
                    points.add(new Point(r.getId(), at, LocalDate.ofInstant(at, zone), v, null));
                }
            }
            return new Series(member(clientId), points, null);
        }
    }
}
