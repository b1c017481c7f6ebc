"""Budget: the ledger, budgets and their alerts, the spending lock, and reports."""
