"""Built-in dates plugin (placeholder until its issue lands)."""
