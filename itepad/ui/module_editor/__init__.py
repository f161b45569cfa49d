"""The module editor and its tabs (opened from the Modules page)."""
