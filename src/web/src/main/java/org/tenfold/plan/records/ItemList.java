package org.tenfold.plan.records;

import java.util.List;

/** A list answer of the step-record API: {@code {"items": [...]}}. */
public record ItemList<T>(List<T> items) {
}
