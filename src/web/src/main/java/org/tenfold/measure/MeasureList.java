package org.tenfold.measure;

import java.util.List;

/** A list in an object, as every list of the API is ({@code {"items": [...]}}). */
public record MeasureList<T>(List<T> items) {
}
