-- An omplacering between two policy areas is booked as a pair of TRANSFER entries with one transfer id: minus on the
-- area it leaves, plus on the area it goes to, in one transaction, so the pair sums to zero.
ALTER TABLE ledger_entry ADD COLUMN transfer_id uuid;
CREATE INDEX ledger_entry_transfer ON ledger_entry (transfer_id) WHERE transfer_id IS NOT NULL;
