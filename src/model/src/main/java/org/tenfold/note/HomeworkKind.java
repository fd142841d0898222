package org.tenfold.note;

/** Homework refers to a self-care plan or an education assignment of the case, or is free text. */
public enum HomeworkKind {
    SELF_CARE,
    EDUCATION,
    TEXT
}
