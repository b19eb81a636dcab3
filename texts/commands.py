"""The headers of /help's sections. Each command's own menu line and help line stand in its
row of the command catalogue (`usecases/catalogue.py`)."""

HELP_MEMBER_HEADER = "Here is what you can do:"
HELP_ORGANISER_HEADER = "Organiser commands:"
HELP_COORDINATOR_HEADER = "Coordinator commands (also for organisers):"
HELP_ADMIN_HEADER = "Administrator commands:"
HELP_MORE = "Usage and details"
