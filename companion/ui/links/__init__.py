"""The Official links page and the guarded way every link is opened."""
