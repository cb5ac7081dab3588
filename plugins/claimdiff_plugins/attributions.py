"""Built-in attributions plugin (placeholder until its issue lands)."""
