from ..a import val as v2
from .. import a
