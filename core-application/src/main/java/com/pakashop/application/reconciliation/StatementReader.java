package com.pakashop.application.reconciliation;

import com.pakashop.domain.reconciliation.StatementRow;
import com.pakashop.domain.shared.ValidationFailed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a statement export line by line, in UTF-8. Tolerated, as the exports do: a byte-order
 * mark, blank lines, CRLF line ends, extra columns. Refused with the line number: a header without
 * our columns, a line with too few or too many fields (on the last line: the file was cut short),
 * and any field that does not read (see {@link StatementFormat} and {@link Amounts}).
 */
public final class StatementReader {
    private static final char BOM = '\uFEFF';

    private final StatementFormat format;

    public StatementReader(StatementFormat format) {
        this.format = format;
    }

    /** Hands each row to {@code rows}; returns how many lines were read after the header. */
    public long read(InputStream statement, Consumer<StatementRow> rows) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(statement, StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16)) {
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                throw StatementRejected.at(1, "the statement is empty: it has no header line");
            }
            if (header.charAt(0) == BOM) {
                header = header.substring(1);
            }
            List<String> columns = CsvLine.split(header, 1);
            int[] positions = format.positions(columns);
            long number = 1;
            long read = 0;
            String line = reader.readLine();
            while (line != null) {
                number++;
                String next = reader.readLine();
                if (!line.isBlank()) {
                    rows.accept(row(line, number, columns.size(), positions, next == null));
                    read++;
                }
                line = next;
            }
            return read;
        } catch (CharacterCodingException e) {
            throw StatementRejected.at(0, "the statement is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("the statement could not be read", e);
        }
    }

    private StatementRow row(String line, long number, int width, int[] positions, boolean last) {
        List<String> fields;
        try {
            fields = CsvLine.split(line, number);
        } catch (ValidationFailed e) {
            if (last) {
                throw StatementRejected.at(number, "the last line is cut short: was the file truncated?");
            }
            throw e;
        }
        if (fields.size() != width) {
            if (last && fields.size() < width) {
                throw StatementRejected.at(number, "the last line has " + fields.size() + " of " + width
                        + " fields: was the file truncated?");
            }
            throw StatementRejected.at(number, "has " + fields.size() + " fields; the header has " + width
                    + " (a comma inside an unquoted field?)");
        }
        return format.row(number, fields, positions);
    }
}
