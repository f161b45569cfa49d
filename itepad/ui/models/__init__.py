"""Table models: one per table the pages show, each over a list of plain service rows."""
