"""MXNet base services."""
