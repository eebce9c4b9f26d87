"""Signed-network analysis over time, counted in events: events and copies, camps, balance,
turning points (`kg analyze`). Reads Statements, never the store or argv itself."""
