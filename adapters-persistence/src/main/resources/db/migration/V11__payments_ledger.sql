-- Payments: one per attempt to collect for one or more orders. Our id is the provider's idempotency key.
CREATE TABLE payments (
    id                 uuid PRIMARY KEY,
    buyer_id           uuid        NOT NULL REFERENCES users (id),
    currency           text        NOT NULL,
    amount             bigint      NOT NULL CHECK (amount > 0),
    method             text        NOT NULL CHECK (method IN ('MTN_MOMO', 'AIRTEL_MONEY', 'ZAMTEL_KWACHA', 'CARD')),
    payer_phone        text,
    provider           text        NOT NULL,
    provider_reference text,
    redirect_url       text,
    status             text        NOT NULL,
    failure            text,
    refunded           bigint      NOT NULL DEFAULT 0 CHECK (refunded BETWEEN 0 AND amount),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            integer     NOT NULL DEFAULT 0,
    CHECK ((method = 'CARD') = (payer_phone IS NULL))
);
CREATE INDEX payments_waiting ON payments (created_at) WHERE status IN ('INITIATED', 'PENDING');

CREATE TABLE payment_orders (
    payment_id uuid   NOT NULL REFERENCES payments (id),
    order_id   uuid   NOT NULL REFERENCES orders (id),
    amount     bigint NOT NULL CHECK (amount > 0),
    PRIMARY KEY (payment_id, order_id)
);
CREATE INDEX payment_orders_order ON payment_orders (order_id, payment_id);

-- Every provider event, once: a duplicate delivery hits the primary key and changes nothing.
CREATE TABLE provider_events (
    provider    text        NOT NULL,
    event_id    text        NOT NULL,
    payment_id  uuid,
    outcome     text        NOT NULL,
    applied     text        NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (provider, event_id)
);
CREATE INDEX provider_events_payment ON provider_events (payment_id);

-- The ledger: entries and their postings, append-only, every entry summing to zero.
CREATE TABLE ledger_entries (
    id        uuid PRIMARY KEY,
    at        timestamptz NOT NULL,
    kind      text        NOT NULL,
    reference text        NOT NULL
);
CREATE INDEX ledger_entries_reference ON ledger_entries (reference);

CREATE TABLE ledger_postings (
    entry_id uuid    NOT NULL REFERENCES ledger_entries (id),
    position integer NOT NULL,
    account  text    NOT NULL,
    currency text    NOT NULL,
    amount   bigint  NOT NULL CHECK (amount <> 0),
    PRIMARY KEY (entry_id, position)
);
CREATE INDEX ledger_postings_account ON ledger_postings (account);

CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER ledger_postings_append_only BEFORE UPDATE OR DELETE ON ledger_postings
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();

-- Checked at commit, when all of an entry's postings are in: at least two, one currency, summing to zero.
CREATE FUNCTION ledger_entry_balances() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    lines      integer;
    currencies integer;
    total      numeric;
BEGIN
    SELECT count(*), count(DISTINCT currency), coalesce(sum(amount), 0)
      INTO lines, currencies, total
      FROM ledger_postings WHERE entry_id = NEW.entry_id;
    IF lines < 2 OR currencies <> 1 OR total <> 0 THEN
        RAISE EXCEPTION 'ledger entry % does not balance (% postings, % currencies, sum %)',
            NEW.entry_id, lines, currencies, total USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER ledger_postings_balance AFTER INSERT ON ledger_postings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_entry_balances();
