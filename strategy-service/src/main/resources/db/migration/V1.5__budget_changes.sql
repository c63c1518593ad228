-- The sequence of the last BudgetChanged applied to a committee's status; 0 until one is.
ALTER TABLE budget_status ADD COLUMN budget_sequence bigint NOT NULL DEFAULT 0;
