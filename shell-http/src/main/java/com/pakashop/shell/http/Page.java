package com.pakashop.shell.http;

import java.util.List;

/** A page of a list, as every list in the API is shaped: {"items": [...], "nextCursor": "..."} (absent on the last page). */
record Page<T>(List<T> items, String nextCursor) {
}
