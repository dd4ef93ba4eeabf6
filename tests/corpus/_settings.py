"""Constants for mod_settings_validate.py."""
MIN_AGE = 13
MAX_NAME = 12
COUNTRIES = ("NL", "BE", "DE", "FR")
DEFAULTS = {"country": "NL", "newsletter": False}
