import _counter_mod
from _counter_mod import bump

bump("_counter_user")
