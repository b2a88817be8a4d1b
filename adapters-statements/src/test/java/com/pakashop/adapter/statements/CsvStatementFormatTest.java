package com.pakashop.adapter.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.application.reconciliation.StatementFormat;
import com.pakashop.domain.reconciliation.StatementRow;
import com.pakashop.domain.reconciliation.TransferKind;
import com.pakashop.domain.reconciliation.TransferOutcome;
import com.pakashop.domain.shared.ValidationFailed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvStatementFormatTest {
    private static final String FLUTTERWAVE = "Transaction ID,Reference,Type,Status,Amount,Currency,Date,Narration\n";
    private static final String PAWAPAY = "transactionId_ignored,Transaction ID,Type,Status,Amount,Currency,Created At\n";

    @Test
    void aFlutterwaveLineWithQuotesAndLusakaTimeReads() {
        List<StatementRow> rows = read(ProviderStatements.flutterwave(), FLUTTERWAVE
                + "4471023,0193c1a2-aaaa-7000-8000-000000000001,TRANSFER,SUCCESSFUL,1234.5,zmw,2026-11-24 12:15:00,"
                + "\"Payout, \"\"November\"\"\"\n"
                + "4471024,,charge,pending,10,ZMW,2026-11-24T10:15:00+02:00,x\n");

        assertThat(rows).hasSize(2);
        StatementRow payout = rows.get(0);
        assertThat(payout.kind()).isEqualTo(TransferKind.PAYOUT);
        assertThat(payout.outcome()).isEqualTo(TransferOutcome.COMPLETED);
        assertThat(payout.amount()).isEqualTo(123_450);
        assertThat(payout.currency()).isEqualTo("ZMW");
        assertThat(payout.at()).isEqualTo(Instant.parse("2026-11-24T10:15:00Z"));
        assertThat(payout.ourReference()).contains("0193c1a2-aaaa-7000-8000-000000000001");
        assertThat(rows.get(1).ourReference()).isEmpty();
        assertThat(rows.get(1).outcome()).as("anything not final is pending").isEqualTo(TransferOutcome.PENDING);
        assertThat(rows.get(1).amount()).isEqualTo(1_000);
    }

    @Test
    void aByteOrderMarkCrlfBlankLinesAndSpacesAreToleratedAndLinesKeepTheirNumbers() {
        List<StatementRow> rows = read(ProviderStatements.pawaPay(), "\uFEFF" + PAWAPAY.replace("\n", "\r\n")
                + "x, dep-1 ,DEPOSIT,COMPLETED,5.00,ZMW,2026-11-24T10:15:00Z\r\n"
                + "\r\n"
                + "x,pay-2,payout,REJECTED,7,ZMW,2026-11-24T10:16:00Z");

        assertThat(rows).extracting(StatementRow::line).containsExactly(2L, 4L);
        assertThat(rows).extracting(StatementRow::providerId).containsExactly("dep-1", "pay-2");
        assertThat(rows.get(0).ourReference()).as("pawaPay's transaction id is ours").contains("dep-1");
        assertThat(rows.get(1).outcome()).isEqualTo(TransferOutcome.FAILED);
    }

    @Test
    void theMockReadsPawaPaysColumnsButIsNotReconciledDaily() {
        assertThat(ProviderStatements.mock().daily()).isFalse();
        assertThat(ProviderStatements.pawaPay().daily()).isTrue();
        assertThat(read(ProviderStatements.mock(), PAWAPAY + "x,p1,DEPOSIT,COMPLETED,1.00,ZMW,2026-11-24T10:15:00Z\n"))
                .singleElement().extracting(StatementRow::kind).isEqualTo(TransferKind.COLLECTION);
    }

    @Test
    void amountsAreReadExactlyOrRefused() {
        assertThat(Amounts.minorUnits(2, "0.05")).isEqualTo(5);
        assertThat(Amounts.minorUnits(2, "999999.99")).isEqualTo(99_999_999);
        for (String bad : List.of("-5.00", "1e3", ".50", "5.", "1 000.00", "12.345", "")) {
            assertThatThrownBy(() -> Amounts.minorUnits(7, bad)).as(bad).isInstanceOf(ValidationFailed.class)
                    .hasMessageContaining("line 7");
        }
    }

    @Test
    void anEmptyFileAndAnUnclosedQuoteAreRefused() {
        assertThatThrownBy(() -> read(ProviderStatements.pawaPay(), "")).hasMessageContaining("line 1: the statement is empty");
        assertThatThrownBy(() -> read(ProviderStatements.flutterwave(), FLUTTERWAVE
                + "1,r,CHARGE,SUCCESSFUL,1.00,ZMW,2026-11-24 12:15:00,\"open\n"
                + "2,r,CHARGE,SUCCESSFUL,1.00,ZMW,2026-11-24 12:15:00,x\n"))
                .hasMessageContaining("line 2: a quoted field is not closed");
    }

    @Test
    void aFieldSpanningLinesIsRefusedAtTheLineItStarts() {
        assertThatThrownBy(() -> read(ProviderStatements.flutterwave(), FLUTTERWAVE
                + "1,r,CHARGE,SUCCESSFUL,1.00,ZMW,2026-11-24 12:15:00,x\n"
                + "2,r,CHARGE,SUCCESSFUL,1.00,ZMW,2026-11-24 12:15:00,\"two\nlines\"\n"))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("line 3: a quoted field spans lines");
    }

    @Test
    void aCutShortLastLineIsToldApartFromACommaInAnUnquotedField() {
        String good = "x,p1,DEPOSIT,COMPLETED,1.00,ZMW,2026-11-24T10:15:00Z\n";
        assertThatThrownBy(() -> read(ProviderStatements.pawaPay(), PAWAPAY + good + "x,p2,DEPOSIT,COMPL"))
                .hasMessageContaining("line 3: the last line has 4 of 7 fields: was the file truncated?");
        assertThatThrownBy(() -> read(ProviderStatements.pawaPay(), PAWAPAY + "x,p2,DEPOSIT,COMPLETED,1,000.00,ZMW,"
                + "2026-11-24T10:15:00Z\n" + good))
                .hasMessageContaining("line 2: has 8 fields; the header has 7");
    }

    @Test
    void aHeaderWithoutOurColumnsOrWithOneTwiceIsRefused() {
        assertThatThrownBy(() -> read(ProviderStatements.pawaPay(), FLUTTERWAVE))
                .hasMessageContaining("line 1: this is not a PAWAPAY statement");
        assertThatThrownBy(() -> read(ProviderStatements.pawaPay(), "Type," + PAWAPAY))
                .hasMessageContaining("line 1: this is not a PAWAPAY statement");
    }

    @Test
    void fieldsThatDoNotReadNameTheirLine() {
        String start = PAWAPAY + "x,p1,DEPOSIT,COMPLETED,1.00,ZMW,2026-11-24T10:15:00Z\n";
        assertThatThrownBy(() -> read(ProviderStatements.pawaPay(), start + "x,,DEPOSIT,COMPLETED,1.00,ZMW,2026-11-24T10:15:00Z\n"))
                .hasMessageContaining("line 3: transaction id is empty");
        assertThatThrownBy(() -> read(ProviderStatements.pawaPay(), start + "x,p,GIFT,COMPLETED,1.00,ZMW,2026-11-24T10:15:00Z\n"))
                .hasMessageContaining("line 3: type 'GIFT' is not one of");
        assertThatThrownBy(() -> read(ProviderStatements.pawaPay(), start + "x,p,DEPOSIT,COMPLETED,1.00,KWACHA,2026-11-24T10:15:00Z\n"))
                .hasMessageContaining("line 3: currency 'KWACHA' is not a 3-letter code");
        assertThatThrownBy(() -> read(ProviderStatements.pawaPay(), start + "x,p,DEPOSIT,COMPLETED,1.00,ZMW,24/11/2026\n"))
                .hasMessageContaining("line 3: date '24/11/2026' is neither");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = (PAWAPAY + "x,caf\u00e9,DEPOSIT,COMPLETED,1.00,ZMW,2026-11-24T10:15:00Z\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ProviderStatements.pawaPay().read(new ByteArrayInputStream(latin1), row -> { }))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("the statement is not UTF-8 text");
    }

    private static List<StatementRow> read(StatementFormat format, String text) {
        List<StatementRow> rows = new ArrayList<>();
        long read = format.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rows::add);
        assertThat(read).isEqualTo(rows.size());
        return rows;
    }
}
