"""The student teacher record window: overview, evidence, reflections, eTwinning projects."""
