from . import first
seen = first.done
