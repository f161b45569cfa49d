"""itepad: the teacher educator's desk for eTwinning for future teachers."""

__version__ = "0.1.0"
APP_NAME = "itepad"
