"""The PySide6 desktop interface over :mod:`companion.core`."""
