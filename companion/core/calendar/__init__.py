"""Calendar: creators, their live events, recurrence, reminders, and iCalendar in and out."""
