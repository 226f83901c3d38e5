"""GUI face: the dock panel and its dialogs (thin: it runs the Processing algorithms)."""
