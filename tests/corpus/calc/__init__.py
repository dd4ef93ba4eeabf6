"""calc: a tiny calculator package."""
from .errors import CalcError, ParseError
from .evaluator import evaluate

__version__ = "0.3"
