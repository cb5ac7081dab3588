"""Built-in numbers plugin (placeholder until its issue lands)."""
