package com.pakashop.adapter.statements;

import static com.pakashop.domain.shared.BusinessTime.LUSAKA;

import com.pakashop.application.reconciliation.StatementFormat;
import com.pakashop.application.reconciliation.StatementRejected;
import com.pakashop.domain.reconciliation.StatementRow;
import com.pakashop.domain.reconciliation.TransferKind;
import com.pakashop.domain.reconciliation.TransferOutcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A statement export in CSV (RFC 4180), read in UTF-8 one record at a time, so a million lines
 * need no more memory than one. Tolerated, as the exports do: a byte-order mark, blank lines, CRLF
 * line ends, spaces around fields, extra columns. Refused with the line number: a header without
 * our columns, a record with too few or too many fields (on the last line: the file was cut
 * short), a quoted field that spans lines or never closes, and any field that does not read.
 */
final class CsvStatementFormat implements StatementFormat {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true).setTrim(true).get();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int BOM = '\uFEFF';
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final String provider;
    private final boolean daily;
    private final Columns columns;
    private final Map<String, TransferKind> kinds;
    private final Map<String, TransferOutcome> outcomes;

    CsvStatementFormat(String provider, boolean daily, Columns columns, Map<String, TransferKind> kinds,
                       Map<String, TransferOutcome> outcomes) {
        this.provider = provider;
        this.daily = daily;
        this.columns = columns;
        this.kinds = Map.copyOf(kinds);
        this.outcomes = Map.copyOf(outcomes);
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public boolean daily() {
        return daily;
    }

    @Override
    public long read(InputStream statement, Consumer<StatementRow> rows) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(statement, StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16)) {
            skipByteOrderMark(reader);
            try (CSVParser parser = CSV.parse(reader)) {
                return read(parser, rows);
            }
        } catch (CharacterCodingException e) {
            throw notText();
        } catch (IOException e) {
            throw new UncheckedIOException("the statement could not be read", e);
        }
    }

    private long read(CSVParser parser, Consumer<StatementRow> rows) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!more(records, 1)) {
            throw StatementRejected.at(1, "the statement is empty: it has no header line");
        }
        Columns.Positions at = columns.locate(provider, records.next().toList());
        long endOfPrevious = parser.getCurrentLineNumber();
        long read = 0;
        while (more(records, endOfPrevious + 1)) {
            CSVRecord record = records.next();
            long end = parser.getCurrentLineNumber();
            long line = end - endOfPrevious == 1 ? end : end - lineBreaksIn(record);
            if (line != end) {
                throw StatementRejected.at(line, "a quoted field spans lines; a statement puts one transfer on a line");
            }
            if (record.size() != at.width()) {
                throw wrongWidth(line, record.size(), at.width(), !more(records, end + 1));
            }
            rows.accept(row(line, record, at));
            read++;
            endOfPrevious = end;
        }
        return read;
    }

    /** Whether another record follows; {@code line} is where it would start, for the message if it cannot be read. */
    private static boolean more(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notText();
            }
            throw StatementRejected.at(line, "a quoted field is not closed (the file is cut short, or a field spans lines)");
        }
    }

    private static long lineBreaksIn(CSVRecord record) {
        long breaks = 0;
        for (String field : record) {
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    private static RuntimeException wrongWidth(long line, int fields, int width, boolean last) {
        if (last && fields < width) {
            return StatementRejected.at(line, "the last line has " + fields + " of " + width
                    + " fields: was the file truncated?");
        }
        return StatementRejected.at(line, "has " + fields + " fields; the header has " + width
                + " (a comma inside an unquoted field?)");
    }

    private StatementRow row(long line, CSVRecord fields, Columns.Positions at) {
        String id = required(line, fields.get(at.transactionId()), "transaction id");
        Optional<String> reference = at.reference().isPresent()
                ? Optional.of(fields.get(at.reference().get())).filter(r -> !r.isBlank())
                : Optional.of(id);
        TransferKind kind = lookup(line, kinds, fields.get(at.type()), "type");
        TransferOutcome outcome = outcomes.getOrDefault(fields.get(at.status()).toUpperCase(Locale.ROOT),
                TransferOutcome.PENDING);
        long amount = Amounts.minorUnits(line, fields.get(at.amount()));
        String currency = required(line, fields.get(at.currency()), "currency").toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            throw StatementRejected.at(line, "currency '" + currency + "' is not a 3-letter code");
        }
        return new StatementRow(line, id, reference, kind, amount, currency, outcome, time(line, fields.get(at.time())));
    }

    private static String required(long line, String value, String column) {
        if (value.isBlank()) {
            throw StatementRejected.at(line, column + " is empty");
        }
        return value;
    }

    private static <T> T lookup(long line, Map<String, T> values, String value, String column) {
        T found = values.get(value.strip().toUpperCase(Locale.ROOT));
        if (found == null) {
            throw StatementRejected.at(line, column + " '" + value + "' is not one of " + values.keySet());
        }
        return found;
    }

    /** An ISO-8601 instant (2026-11-24T10:15:00Z, or with an offset), or a Lusaka local time (2026-11-24 12:15:00). */
    private static Instant time(long line, String value) {
        try {
            if (value.length() == 19 && value.charAt(10) == ' ') {
                return LocalDateTime.parse(value, LOCAL).atZone(LUSAKA).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw StatementRejected.at(line, "date '" + value + "' is neither 2026-11-24T10:15:00Z nor 2026-11-24 12:15:00");
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
    }

    private static RuntimeException notText() {
        return StatementRejected.at(0, "the statement is not UTF-8 text");
    }
}
