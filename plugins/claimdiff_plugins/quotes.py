"""Built-in quotes plugin (placeholder until its issue lands)."""
