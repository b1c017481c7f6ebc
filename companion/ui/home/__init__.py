"""Home: the page a fan opens every day, and the first-run welcome."""
