"""The Bundles page: the catalog table, the planner panel and bundle dialogs."""
