package org.tenfold.note;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tenfold.note.NoteViews.MySession;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/** "My sessions": the counsellor's held sessions of today and the last two weeks, with their notes' state. */
@Named
@RequestScoped
public class SessionsBacking {

    @Inject
    NoteQueries notes;

    private List<MySession> sessions;

    public List<MySession> getSessions() {
        if (sessions == null) {
            try {
                sessions = notes.mySessions();
            } catch (BusinessException e) {
                Screens.show(e);
                sessions = List.of();
            }
        }
        return sessions;
    }
}
