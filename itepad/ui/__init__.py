"""The desktop interface: Qt only; data comes from itepad.services through ui.worker."""
