package org.tenfold.care;

/** Why a case was closed. */
public enum CloseReason {
    COMPLETED,
    WITHDREW,
    REFERRED_ON
}
