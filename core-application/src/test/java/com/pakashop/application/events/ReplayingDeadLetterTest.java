package com.pakashop.application.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.domain.shared.FieldError;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplayingDeadLetterTest {

    @Test
    void aReplayWithoutAReasonIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new ReplayingDeadLetter.Replay(UUID.randomUUID(), "ops", "  "))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("reason"));
    }

    @Test
    void replayingSomethingThatIsNotDeadIsNotFound() {
        RecordingAuditLog audit = new RecordingAuditLog();
        ReplayingDeadLetter replaying = new ReplayingDeadLetter(new InMemoryDeliveries(),
                new RelayingOutboxEventsTest.DirectTransactions(), new Auditing(audit, new Ids(Clock.systemUTC()),
                Clock.systemUTC()), Clock.systemUTC());

        assertThatThrownBy(() -> replaying.replay(new ReplayingDeadLetter.Replay(UUID.randomUUID(), "ops", "provider fixed"),
                RequestContext.NONE)).isInstanceOf(NotFound.class);
        assertThat(audit.entries).as("nothing happened, so nothing is audited").isEmpty();
    }

    @Test
    void listingRefusesAPageLargerThanAHundred() {
        assertThatThrownBy(() -> new ListingDeadLetters(new InMemoryDeliveries()).list(java.util.Optional.empty(), 101))
                .isInstanceOf(ValidationFailed.class);
    }
}
