"""Views of the practice library: the list and comparison, one case study, open data."""
