"""Domain rules and storage. Never imports PySide6, so everything here runs without a screen."""
