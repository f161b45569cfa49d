"""The mentoring screens: the meeting editor, lesson observations, the log and the overviews."""
