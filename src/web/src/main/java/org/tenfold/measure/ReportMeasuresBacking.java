package org.tenfold.measure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tenfold.measure.MeasureViews.InstrumentSummary;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/** The reports screen's choice of questionnaires a draft report charts. */
@Named("reportMeasures")
@ViewScoped
public class ReportMeasuresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportMeasureService measures;

    @Inject
    InstrumentService instruments;

    private Long reportId;
    private List<String> chosen = new ArrayList<>();

    public void open(long id) {
        reportId = id;
        try {
            chosen = new ArrayList<>(measures.chosen(id));
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void save() {
        try {
            chosen = new ArrayList<>(measures.choose(reportId, chosen));
            Screens.info(chosen.isEmpty() ? "The report charts no questionnaires." : "The report charts "
                    + String.join(", ", chosen) + ".");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public List<InstrumentSummary> getInstruments() {
        return instruments.list(false);
    }

    public List<String> getChosen() { return chosen; }
    public void setChosen(List<String> chosen) { this.chosen = chosen; }
}
