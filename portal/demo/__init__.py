"""Demo content for the portal: texts in en, bg, uk and pl, organisations, users."""
