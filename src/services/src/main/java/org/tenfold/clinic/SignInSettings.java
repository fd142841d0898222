package org.tenfold.clinic;

/** How staff sign in: the second factor for everyone (administrators always), and days a device is remembered. */
public record SignInSettings(boolean secondFactorForEveryone, int rememberDeviceDays) {

    public static final int MAX_REMEMBER_DAYS = 30;
}
