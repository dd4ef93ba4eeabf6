done = False
from . import second
done = True
