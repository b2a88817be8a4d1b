package com.pakashop.shell.cli;

import java.io.PrintWriter;
import java.util.List;

/** How tabular output is written: aligned columns for people, CSV or JSON (an array of objects) for tools. */
enum TabularFormat {
    TABLE, CSV, JSON;

    void write(PrintWriter out, List<String> headers, List<List<String>> rows) {
        switch (this) {
            case TABLE -> table(out, headers, rows);
            case CSV -> {
                out.println(String.join(",", headers.stream().map(TabularFormat::csv).toList()));
                rows.forEach(row -> out.println(String.join(",", row.stream().map(TabularFormat::csv).toList())));
            }
            case JSON -> json(out, headers, rows);
        }
        out.flush();
    }

    private static void table(PrintWriter out, List<String> headers, List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        out.println(line(headers, widths));
        rows.forEach(row -> out.println(line(row, widths)));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            text.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", cells.get(i)));
        }
        return text.toString().stripTrailing();
    }

    static String csv(String cell) {
        boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static void json(PrintWriter out, List<String> headers, List<List<String>> rows) {
        out.print("[");
        for (int r = 0; r < rows.size(); r++) {
            out.print(r == 0 ? "\n  {" : ",\n  {");
            for (int i = 0; i < headers.size(); i++) {
                out.print((i == 0 ? "" : ", ") + quoted(headers.get(i)) + ": " + quoted(rows.get(r).get(i)));
            }
            out.print("}");
        }
        out.println(rows.isEmpty() ? "]" : "\n]");
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }
}
