# logging to stdout with a formatter without timestamps.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.debug("hidden at INFO level")
log.info("starting with %d workers", 4)
log.warning("disk %s is %.1f%% full", "/data", 91.25)
db = logging.getLogger("app.db")
db.error("connection refused")
print(db.parent is log, db.getEffectiveLevel(), logging.getLevelName(logging.WARNING))

handler = logging.StreamHandler(sys.stdout)


class ShortTraceback(logging.Formatter):
    def formatException(self, ei):
        return f"  exception {ei[0].__name__}: {ei[1]}"


handler.setFormatter(ShortTraceback("[%(name)s] %(levelname)-8s %(funcName)s: %(message)s"))
audit = logging.getLogger("audit")
audit.addHandler(handler)
audit.propagate = False
audit.setLevel(logging.DEBUG)


def transfer(amount):
    audit.debug("transfer of %s requested", amount)
    if amount > 100:
        audit.critical("limit exceeded: %s", amount)
        return False
    return True


print(transfer(50), transfer(500))
try:
    1 / 0
except ZeroDivisionError:
    audit.exception("division failed")


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.getMessage()))


lh = ListHandler()
log.addHandler(lh)
log.setLevel(logging.WARNING)
log.info("filtered out")
log.warning("kept %s", "this")
print(lh.records)
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
print(logging.INFO, logging.ERROR, logging.getLogger() is logging.root)
