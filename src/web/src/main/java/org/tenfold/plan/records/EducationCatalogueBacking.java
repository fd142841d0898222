package org.tenfold.plan.records;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.tenfold.plan.records.StepRecordInputs.EducationItemInput;
import org.tenfold.plan.records.StepRecordViews.EducationItemView;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/**
 * The clinic's education catalogue (step 8): counsellors and administrators list, add, edit, retire
 * and reinstate books, workshops, support groups, articles and videos. Supervisors read it.
 */
@Named
@ViewScoped
public class EducationCatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("kind", "title", "provider", "link", "description");

    @Inject
    EducationService education;

    private List<EducationItemView> items;

    private Long itemId;
    private Long itemVersion;
    private boolean itemActive = true;
    private EducationKind kind = EducationKind.BOOK;
    private String title;
    private String provider;
    private String link;
    private String description;

    public List<EducationItemView> getItems() {
        if (items == null) {
            reload();
        }
        return items;
    }

    private void reload() {
        try {
            items = education.catalogue(true);
        } catch (BusinessException e) {
            items = List.of();
            Screens.show(e);
        }
    }

    public boolean isMayEdit() {
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        return ext.isUserInRole("ADMIN") || ext.isUserInRole("COUNSELLOR");
    }

    public void newItem() {
        itemId = null;
        itemVersion = null;
        itemActive = true;
        kind = EducationKind.BOOK;
        title = null;
        provider = null;
        link = null;
        description = null;
    }

    public void edit(EducationItemView i) {
        itemId = i.id();
        itemVersion = i.version();
        itemActive = i.active();
        kind = i.kind();
        title = i.title();
        provider = i.provider();
        link = i.link();
        description = i.description();
    }

    public void save() {
        EducationItemInput in = input(itemActive);
        try {
            EducationItemView saved = itemId == null ? education.addItem(in)
                    : education.updateItem(itemId, itemVersion, in);
            reload();
            Screens.info("“" + saved.title() + "” saved.");
            PrimeFaces.current().executeScript("PF('itemDialog').hide()");
            PrimeFaces.current().ajax().update("catalogue");
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.STALE) {
                reload();
                items.stream().filter(i -> i.id() == itemId).findFirst().ifPresent(i -> itemVersion = i.version());
                Screens.stale("this item", "list");
                PrimeFaces.current().ajax().update("catalogue");
            } else {
                Screens.show(e, f -> FIELDS.contains(f) ? "item:" + f : null);
            }
        }
    }

    /** Retires an item (no new assignments; existing ones keep it) or puts it back in use. */
    public void toggleActive(EducationItemView i) {
        edit(i);
        try {
            education.updateItem(i.id(), i.version(), input(!i.active()));
            reload();
            Screens.info("“" + i.title() + "” " + (i.active() ? "retired." : "back in use."));
        } catch (BusinessException e) {
            reload();
            Screens.show(e);
        }
    }

    private EducationItemInput input(boolean active) {
        EducationItemInput in = new EducationItemInput();
        in.kind = kind;
        in.title = title;
        in.provider = provider;
        in.link = link;
        in.description = description;
        in.active = active;
        return in;
    }

    public EducationKind[] getKinds() {
        return EducationKind.values();
    }

    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String s = value.name().replace('_', ' ').toLowerCase(Locale.ENGLISH);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public Long getItemId() { return itemId; }
    public EducationKind getKind() { return kind; }
    public void setKind(EducationKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
