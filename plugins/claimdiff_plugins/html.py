"""Built-in html plugin (placeholder until its issue lands)."""
