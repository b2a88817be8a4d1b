package com.pakashop.application.reconciliation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The statement formats this installation reads, found by the provider name finance types in any case. */
public final class StatementFormats {
    private final List<StatementFormat> formats;

    public StatementFormats(List<StatementFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    public Optional<StatementFormat> of(String provider) {
        String wanted = provider == null ? "" : provider.strip();
        return formats.stream().filter(format -> format.provider().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The formats whose statements the daily run reconciles. */
    public List<StatementFormat> daily() {
        return formats.stream().filter(StatementFormat::daily).toList();
    }

    /** The names, lower case as finance types them: "pawapay, flutterwave or mock". */
    public String names() {
        List<String> names = formats.stream().map(format -> format.provider().toLowerCase(Locale.ROOT)).toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
