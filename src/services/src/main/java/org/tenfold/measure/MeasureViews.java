package org.tenfold.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tenfold.measure.InstrumentDefinition.Band;
import org.tenfold.measure.InstrumentDefinition.Cutoff;
import org.tenfold.measure.Scoring.Clinical;
import org.tenfold.measure.Scoring.Reliable;

/**
 * What the measure services hand to screens, the API, reports and exports: plain values built inside the
 * transaction. Scores come from {@link Scoring} only; critical answers are marked so that outputs for clients
 * can leave them out.
 */
public final class MeasureViews {

    private MeasureViews() {
    }

    /** A member of a case as these views name them. */
    public record MemberRef(long clientId, String chartNumber, String displayName) {
    }

    /** An instrument version in the catalogue, with where it comes from and its licence. */
    public record InstrumentSummary(long id, String code, int version, String title, String name, String source,
            String licence, Instrument.Origin origin, int items, boolean criticalItems, boolean latest,
            Instant loadedAt, String sha256) {
    }

    /** A questionnaire assigned to a member; {@code note} is for clinicians only. */
    public record AssignmentView(long id, long caseId, MemberRef member, String instrumentCode, String instrumentTitle,
            Schedule schedule, Integer leadHours, Integer intervalWeeks, LocalDate startsOn, Delivery delivery,
            String note, AssignmentStatus status, StopReason stopReason, String createdBy, Instant createdAt,
            Instant stoppedAt, long version) {
    }

    /** A response's change from the member's first scored response on the same instrument (the baseline). */
    public record ChangeView(long baselineResponseId, Instant baselineAt, double baseline, double delta, boolean better,
            Reliable reliable, Clinical clinical) {
    }

    /** A response's score; {@code critical} says a critical item was answered positively. */
    public record ScoreView(boolean complete, Double total, String band, Boolean clinical, Map<String, Double> subscales,
            Map<String, Boolean> subscalesClinical, List<Integer> missing, boolean critical, ChangeView change) {
    }

    /** A response in a list: whose, which questionnaire, how and when given, its score. */
    public record ResponseSummary(long id, long caseId, MemberRef member, String instrumentCode, int instrumentVersion,
            String instrumentTitle, Channel channel, ResponseStatus status, Long assignmentId, Instant dueAt,
            Instant submittedAt, String submittedBy, Long correctsId, Long correctedById, int answered,
            ScoreView score, Instant createdAt) {
    }

    /** An answer option. */
    public record OptionView(int value, String label) {
    }

    /** An item with its answer so far ({@code critical}: answered positively on a critical item). */
    public record ItemView(int number, InstrumentDefinition.Kind kind, String text, String stepCode, boolean required,
            List<OptionView> options, Integer value, String answerLabel, String answerText, boolean critical) {
    }

    /** A response in full, for the clinical staff who may read it; {@code version} goes back in If-Match. */
    public record ResponseView(ResponseSummary summary, String instructions, List<ItemView> items, String comment,
            boolean linkOpen, Instant linkExpiresAt, Instant linkSentAt, Instant openedAt, long version) {
    }

    /** A one-time link, shown once to the counsellor who made it. */
    public record IssuedLink(long responseId, String token, String path, Instant expiresAt) {
    }

    /** What front desk may know: a questionnaire is waiting for the client, since when; nothing else. */
    public record DueView(Instant dueAt, boolean started) {
    }

    /** One scored response on a chart. */
    public record Point(long responseId, Instant at, LocalDate day, double score, String band) {
    }

    /** One member's scores on one instrument over time. */
    public record Series(MemberRef member, List<Point> points, ChangeView latestChange) {
    }

    /**
     * One instrument over time for a client or a case: its range, bands and cut-off, and each member's series the
     * reader may see; {@code withheld} names members whose scores are not shown to this reader.
     */
    public record MeasureChart(String code, String title, String name, double min, double max, boolean higherIsBetter,
            List<Band> bands, Cutoff cutoff, Double reliableChange, List<Series> series, List<String> withheld) {
    }

    /** The counsellor's rating of a step in a signed note. */
    public record StepRating(LocalDate day, int rating) {
    }

    /** A step with the counsellor's ratings beside each member's own check-in rating of it. */
    public record StepCheckIn(String stepCode, int number, String title, List<StepRating> counsellor,
            List<Series> members) {
    }

    /** The step comparison of a case, and whose check-ins are not shown to this reader. */
    public record StepCheckIns(long caseId, List<StepCheckIn> steps, List<String> withheld) {
    }

    /** What the client's page shows: the questionnaire and the answers given so far. */
    public record AnswerPage(String title, String instructions, List<ItemView> items, Instant expiresAt) {
    }

    /**
     * A questionnaire of a signed-in client's own, as their portal lists it: waiting for answers until {@code until}
     * ({@code sentAt} null), or sent in at {@code sentAt}. {@code title} is the client's title (no clinical words).
     */
    public record OwnQuestionnaire(long responseId, long caseId, long clientId, String title, Instant dueAt,
            Instant until, int answered, int questions, Instant sentAt) {
    }

    /** A signed-in client's own questionnaire opened in their portal: whether it still takes answers, and the page. */
    public record OwnPage(long responseId, boolean open, boolean sent, AnswerPage page) {
    }

    /** What sending from the portal came to: the required questions still unanswered, or the client's thanks. */
    public record Sending(List<Integer> missing, Submitted submitted) {
    }

    /** What the client sees after sending: thanks, and where to get help now when an answer needs it. */
    public record Submitted(boolean needsHelp, String crisisText) {
    }

    /** A returned questionnaire on a counsellor's home page. */
    public record Returned(long responseId, long clientId, String chartNumber, String displayName,
            String instrumentTitle, Instant submittedAt, String band, boolean critical) {
    }
}
