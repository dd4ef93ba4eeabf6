# Reading an INI configuration file with configparser.
import configparser

cfg = configparser.ConfigParser()
read = cfg.read("config.ini")
print(read, cfg.sections())
srv = cfg["server"]
print(srv["host"], srv.getint("port"), srv.getboolean("debug"), srv.getint("timeout"))
db = cfg["database"]
print(dict(db))
print([int(x) for x in db["pool sizes"].split(",")], db.getint("timeout"), db.get("missing", "fallback"))
print(cfg.getint("empty", "retries"), cfg.has_option("empty", "host"), "server" in cfg)
try:
    cfg.get("server", "password")
except configparser.NoOptionError as e:
    print("NoOptionError:", e)
try:
    cfg["nope"]
except KeyError as e:
    print("KeyError:", e)
cfg["server"]["port"] = "9090"
cfg.add_section("cache")
cfg.set("cache", "size", "64")
import io
buf = io.StringIO()
cfg.write(buf)
print(buf.getvalue())
