package org.tenfold.platform;

import java.util.List;

/** One page of a longer result: the rows, and how many there are in all. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 100;

    public Page {
        items = List.copyOf(items);
    }

    /** Keeps page and size inside sane bounds whatever a caller sends. */
    public static int clampSize(int size) {
        return size < 1 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static int clampPage(int page) {
        return Math.max(page, 0);
    }
}
