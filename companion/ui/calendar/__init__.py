"""The Calendar page: month view, agenda, event and creator dialogs, reminders."""
