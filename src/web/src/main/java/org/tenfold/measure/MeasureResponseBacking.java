package org.tenfold.measure;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.tenfold.measure.MeasureViews.ItemView;
import org.tenfold.measure.MeasureViews.ResponseView;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Ids;
import org.tenfold.shell.Screens;

/**
 * One questionnaire response for the clinical staff who may read it: its answers, score, band and change; while
 * open, typed in from paper answer by answer (each saved as it is chosen), noted, sent in, or opened on a device in
 * the room with a one-time link; once sent in, corrected by a new response.
 */
@Named("measureResponse")
@ViewScoped
public class MeasureResponseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResponseService responses;

    private String responseId;
    private long id;
    private transient ResponseView view;
    private final Map<String, String> values = new HashMap<>();
    private String comment;
    private String linkUrl;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || faces.getResponseComplete()) {
            return;
        }
        OptionalLong parsed = Ids.parse(responseId);
        if (parsed.isEmpty()) {
            Screens.notFound();
            return;
        }
        id = parsed.getAsLong();
        try {
            show(responses.get(id));
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    private void show(ResponseView v) {
        view = v;
        values.clear();
        for (ItemView i : v.items()) {
            if (i.value() != null) {
                values.put(key(i.number()), String.valueOf(i.value()));
            } else if (i.answerText() != null) {
                values.put(key(i.number()), i.answerText());
            }
        }
        comment = v.comment();
    }

    public ResponseView getView() {
        if (view == null && id > 0) {
            try {
                show(responses.get(id));
            } catch (BusinessException e) {
                Screens.show(e);
            }
        }
        return view;
    }

    /** Saves the answer just chosen or typed. */
    public void save(int item) {
        ItemView i = getView().items().stream().filter(x -> x.number() == item).findFirst().orElse(null);
        if (i == null) {
            return;
        }
        String given = values.get(key(item));
        Integer value = null;
        String text = null;
        if (i.kind() == InstrumentDefinition.Kind.CHOICE) {
            value = given == null || given.isBlank() ? null : Integer.valueOf(given);
        } else {
            text = given;
        }
        try {
            show(responses.answer(id, item, value, text));
        } catch (BusinessException | NumberFormatException e) {
            if (e instanceof BusinessException b) {
                Screens.show(b);
            }
        }
    }

    public void saveComment() {
        try {
            show(responses.comment(id, comment));
            Screens.info("Note saved.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void submit() {
        try {
            show(responses.submit(id));
            Screens.info(view.summary().score().critical()
                    ? "Sent in. A critical answer raised the client's risk flag and an urgent task."
                    : "Sent in; it no longer changes.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    /** A correction, opened for its answers. */
    public void correct() throws IOException {
        try {
            ResponseView fix = responses.correct(id, comment);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/clients/measure.xhtml?responseId=" + fix.summary().id());
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    /** A one-time link for a device in the room, shown this once. */
    public void link() {
        try {
            MeasureViews.IssuedLink l = responses.link(id);
            linkUrl = MeasureApi.base((jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance()
                    .getExternalContext().getRequest()) + l.path();
            view = null;
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public String change() {
        return view == null ? "" : MeasureLabels.change(view.summary().score().change());
    }

    public String score() {
        return view == null ? "" : MeasureLabels.score(view.summary().score().total());
    }

    public boolean isOpen() {
        return getView() != null && getView().summary().status() == ResponseStatus.OPEN;
    }

    public String getResponseId() { return responseId; }
    public void setResponseId(String responseId) { this.responseId = responseId; }
    public Map<String, String> getValues() { return values; }

    /** The answers' keys on the page ("q3"): text keys, so no expression language turns a number into another. */
    public static String key(int item) {
        return AnswerPageBacking.key(item);
    }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getLinkUrl() { return linkUrl; }
}
