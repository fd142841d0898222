package org.tenfold.care;

/** Why a task was raised. */
public enum TaskKind {
    RISK_FOLLOW_UP,
    BREAK_GLASS_NOTICE
}
