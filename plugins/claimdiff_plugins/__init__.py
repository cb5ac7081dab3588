"""claimdiff's built-in plugins, loaded through the claimdiff entry-point group."""
