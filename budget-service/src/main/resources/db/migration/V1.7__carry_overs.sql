-- Overførsel: the deviation of a policy area's year N (corrected budget − accounts) carried into year N+1 as a
-- supplementary appropriation citing the decision that grants it; carried_from_year names year N. At most one per
-- area and year.
ALTER TABLE ledger_entry ADD COLUMN carried_from_year integer;
CREATE UNIQUE INDEX ledger_entry_one_carry_over ON ledger_entry (policy_area_code, carried_from_year)
    WHERE carried_from_year IS NOT NULL;
