"""Reports and the dashboard: figures over the records the caller may see."""
