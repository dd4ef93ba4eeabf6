"""Validation helpers; they read limits from _settings."""
import _settings as S


class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


def check_name(name):
    if not name or not name.replace(" ", "").isalpha():
        raise ValidationError("name", "letters and spaces only")
    if len(name) > S.MAX_NAME:
        raise ValidationError("name", f"at most {S.MAX_NAME} characters")
    return name.title()


def check_age(text):
    try:
        age = int(text)
    except ValueError:
        raise ValidationError("age", f"{text!r} is not a whole number") from None
    if age < S.MIN_AGE:
        raise ValidationError("age", f"must be at least {S.MIN_AGE}")
    return age


def check_country(code):
    code = code.strip().upper() or S.DEFAULTS["country"]
    if code not in S.COUNTRIES:
        raise ValidationError("country", f"choose one of {', '.join(S.COUNTRIES)}")
    return code
