package com.pakashop.shell.http;

import java.util.List;
import java.util.function.Function;

/** A page of a list, as every list in the API is shaped: {"items": [...], "nextCursor": "..."} (absent on the last page). */
record Page<T>(List<T> items, String nextCursor) {

    /** {@code found} as views; a full page's last row is where the next page starts. */
    static <S, T> Page<T> of(List<S> found, int limit, Function<S, T> view, Function<S, ?> cursor) {
        String next = found.size() == limit ? cursor.apply(found.get(found.size() - 1)).toString() : null;
        return new Page<>(found.stream().map(view).toList(), next);
    }
}
