"""Official links: the curated list of purchase channels and the offline link checker."""
