"""Views of events, by concern: pages and registration (pages.py), calendars (calendar.py),
check-in and certificates (attendance.py). The organisers' admin views are in events/admin_views.py."""
