package com.pakashop.adapter.statements;

import com.pakashop.application.reconciliation.StatementRejected;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The header names a provider's export uses for what we read. Headers are matched without regard
 * to case or order, and other columns are ignored; a provider without a separate reference column
 * (pawaPay: its transaction id is the id we gave it) has none.
 */
record Columns(String transactionId, Optional<String> reference, String type, String status, String amount,
               String currency, String time) {

    List<String> names() {
        List<String> names = new ArrayList<>(List.of(transactionId));
        reference.ifPresent(names::add);
        names.addAll(List.of(type, status, amount, currency, time));
        return names;
    }

    /** Where each of our columns sits in this header, or why the header will not do. */
    Positions locate(String provider, List<String> header) {
        List<String> found = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> wanted = names();
        int[] at = new int[wanted.size()];
        for (int i = 0; i < wanted.size(); i++) {
            at[i] = found.indexOf(wanted.get(i));
            if (at[i] < 0 || found.lastIndexOf(wanted.get(i)) != at[i]) {
                throw StatementRejected.at(1, "this is not a " + provider + " statement: its header must name each of "
                        + wanted + " once; it has " + header);
            }
        }
        int next = 1;
        Optional<Integer> referenceAt = reference.isPresent() ? Optional.of(at[next++]) : Optional.empty();
        return new Positions(header.size(), at[0], referenceAt, at[next], at[next + 1], at[next + 2], at[next + 3],
                at[next + 4]);
    }

    /** Field indexes in one statement's records, and how many fields each record must have. */
    record Positions(int width, int transactionId, Optional<Integer> reference, int type, int status, int amount,
                     int currency, int time) {
    }
}
