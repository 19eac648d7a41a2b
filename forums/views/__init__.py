"""Public views of working groups: group pages, discussions, the question board, settings, feeds."""
