"""The Budget page: ledger, budgets, the spending-lock panel and reports."""
