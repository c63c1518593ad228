-- An omplacering is booked only as a balanced pair (POST /years/{year}/transfers): every TRANSFER entry from now on
-- carries the transfer id its other side shares. NOT VALID: entries that were booked alone before V1.8 are kept as they
-- were booked (the ledger is append-only) and keep counting in their area's corrected budget.
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_transfer_in_pair
    CHECK (kind <> 'TRANSFER' OR transfer_id IS NOT NULL) NOT VALID;
