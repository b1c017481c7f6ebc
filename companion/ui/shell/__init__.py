"""The application shell: start-up, the main window, tray, notifications, settings."""
