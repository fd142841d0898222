package org.tenfold.care;

/** Why a task was raised. */
public enum TaskKind {
    RISK_FOLLOW_UP,
    BREAK_GLASS_NOTICE,
    /** A critical questionnaire answer: contact the client as soon as possible (due within hours, listed first). */
    URGENT_FOLLOW_UP
}
