# logging: basicConfig with a format, the logger hierarchy and levels,
# handlers, formatters (%, {} and $ styles), filters, adapters, and
# exceptions logged with their traceback (stderr, as CPython prints it).
import io
import logging
import sys
import time

logging.getLogger("early").warning("before basicConfig: the last-resort handler")
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
app = logging.getLogger("app")
db = logging.getLogger("app.db")
print(db.parent is app, app.parent is logging.getLogger(), db.name, db.getEffectiveLevel())
app.debug("hidden: below INFO")
app.info("started %d workers", 3)
db.warning("slow query: %.1f s", 2.5)
db.setLevel(logging.ERROR)
db.warning("hidden: db is at ERROR")
db.error("connection lost")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName("ERROR"))
print(app.isEnabledFor(logging.DEBUG), db.isEnabledFor(logging.ERROR), app.hasHandlers())


def parse(text):
    raise ValueError("bad value: " + text)


try:
    parse("x")
except ValueError:
    app.exception("could not parse")

# A handler of our own, writing to a string, with each formatting style.
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s %(funcName)s:%(lineno)d %(message)s"))
audit = logging.getLogger("audit")
audit.addHandler(h)
audit.propagate = False


def record():
    audit.critical("payload %r", {"k": [1, 2]})


record()
h.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
audit.warning("braces")
h.setFormatter(logging.Formatter("$levelname/$message", style="$"))
audit.warning("dollars")


class NoSecrets(logging.Filter):
    def filter(self, rec):
        return "secret" not in rec.getMessage()


audit.addFilter(NoSecrets())
audit.warning("the secret is 42")
audit.warning("public")
adapter = logging.LoggerAdapter(audit, {"user": "ada"})
adapter.warning("via adapter")
print(buf.getvalue(), end="")

# asctime with a fixed record time, in UTC.
fmt = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
fmt.converter = time.gmtime
rec = logging.LogRecord("n", logging.INFO, "/x/y.py", 10, "hello %s", ("w",), None)
rec.created, rec.msecs = 1700000000.25, 250.0
print(fmt.format(rec), rec.filename, rec.module, rec.getMessage())
fmt2 = logging.Formatter("%(asctime)s|%(message)s", datefmt="%d/%m/%Y %H:%M")
fmt2.converter = time.gmtime
print(fmt2.format(rec))

logging.addLevelName(25, "NOTICE")
app.log(25, "custom level")
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.Formatter("%(message", validate=True)
except ValueError as e:
    print("ValueError:", e)
logging.disable(logging.CRITICAL)
app.critical("hidden: disabled")
logging.disable(logging.NOTSET)
app.critical("shown again")
sys.stderr.flush()
