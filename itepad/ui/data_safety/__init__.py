"""Data safety in the app: backup and restore, the privacy dialog (retention, subject access,
erasure), and settling a student teacher's refused save."""
