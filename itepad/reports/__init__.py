"""Printed output on reportlab. Takes plain data (see data.py), never touches the database or Qt."""
