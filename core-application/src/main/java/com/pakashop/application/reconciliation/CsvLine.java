package com.pakashop.application.reconciliation;

import java.util.ArrayList;
import java.util.List;

/**
 * One CSV record (RFC 4180 quoting: a quoted field may hold commas and doubled quotes). A record
 * that spans lines is refused: statements put one transfer on a line.
 */
final class CsvLine {
    private CsvLine() {
    }

    static List<String> split(String line, long number) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw StatementRejected.at(number, "a quoted field is not closed (the line is cut short, or a field spans lines)");
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
