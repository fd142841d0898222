package org.tenfold.plan.records;

/** What kind of resource a catalogue item is. */
public enum EducationKind {
    BOOK,
    WORKSHOP,
    SUPPORT_GROUP,
    ARTICLE,
    VIDEO
}
