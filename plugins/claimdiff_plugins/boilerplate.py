"""Built-in boilerplate plugin (placeholder until its issue lands)."""
