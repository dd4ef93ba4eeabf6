# time: struct_time from gmtime / localtime, strftime and asctime of
# time tuples with CPython's range checks, mktime, strptime, and the
# argument errors.  The zone is set to UTC so local time is fixed.
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


st = time.gmtime(1700000000)
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday, st.tm_zone, st.tm_gmtoff)
print(len(st), st[0], st[-1], st[:3], tuple(st) == st, isinstance(st, tuple))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.__module__)
print(time.gmtime(0), time.gmtime(-1.5)[:6], time.gmtime(1700000000.9) == st)
print(time.localtime(1700000000) == st, time.mktime(st), time.mktime(time.localtime(86400)))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %w %y %p %I %%", st))
print(time.strftime("%Z %z", st), repr(time.strftime("", st)), time.strftime("%Y", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime(st), time.ctime(0), time.asctime((2024, 2, 0, 9, 5, 3, 3, 1, -5)))
print(time.strftime("%d.%m.%Y", time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0))))
print(time.strptime("2024-03-05 07:08", "%Y-%m-%d %H:%M"))
print(time.strptime("5 Mar 1999", "%d %b %Y")[:3])
t = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0, "ABC", 3600))
print(t, t.tm_zone, t.tm_gmtoff, time.struct_time(range(9)).tm_zone)
print(time.get_clock_info("monotonic").monotonic, time.get_clock_info("time").adjustable)
now = time.localtime()
print(type(now).__name__, now.tm_year > 2000, len(time.strftime("%Y-%m-%d")), len(time.asctime()) == 24)

attempt("gmtime(str)", lambda: time.gmtime("x"))
attempt("gmtime(nan)", lambda: time.gmtime(float("nan")))
attempt("gmtime(1e20)", lambda: time.gmtime(1e20))
attempt("gmtime(10**30)", lambda: time.gmtime(10 ** 30))
attempt("gmtime(1, 2)", lambda: time.gmtime(1, 2))
attempt("localtime(x=1)", lambda: time.localtime(x=1))
attempt("strftime()", lambda: time.strftime())
attempt("strftime(1)", lambda: time.strftime(1))
attempt("strftime 3 args", lambda: time.strftime("%Y", st, 1))
attempt("short tuple", lambda: time.strftime("%Y", (2024,)))
attempt("list", lambda: time.strftime("%Y", [2024, 1, 1, 0, 0, 0, 0, 1, 0]))
attempt("str item", lambda: time.strftime("%Y", (2024, "a", 1, 1, 1, 1, 1, 1, 1)))
attempt("float item", lambda: time.strftime("%Y", (2024, 1.5, 1, 1, 1, 1, 1, 1, 1)))
attempt("huge item", lambda: time.strftime("%Y", (2 ** 31, 1, 1, 1, 1, 1, 1, 1, 1)))
for i, v in [(1, 13), (2, 32), (3, 24), (4, 60), (5, 62), (6, -2), (7, 367)]:
    tup = [2024, 1, 1, 1, 1, 1, 1, 1, 1]
    tup[i] = v
    attempt("field %d = %d" % (i, v), lambda: time.strftime("%Y", tuple(tup)))
attempt("null in format", lambda: time.strftime("a\0b", st))
attempt("asctime 2 args", lambda: time.asctime(st, 1))
attempt("asctime bad day", lambda: time.asctime((2024, 1, 40, 1, 1, 1, 1, 1, 1)))
attempt("ctime 2 args", lambda: time.ctime(1, 2))
attempt("mktime()", lambda: time.mktime())
attempt("mktime(5)", lambda: time.mktime(5))
attempt("mktime short", lambda: time.mktime((2024,)))
attempt("struct_time short", lambda: time.struct_time((1, 2, 3)))
attempt("struct_time long", lambda: time.struct_time(range(12)))
attempt("struct_time(5)", lambda: time.struct_time(5))
attempt("strptime mismatch", lambda: time.strptime("x", "%Y"))
attempt("clock x", lambda: time.get_clock_info("x"))


def setyear():
    st.tm_year = 1


attempt("set tm_year", setyear)

# A zone with summer time, given as a POSIX TZ string (no tzdata needed).
os.environ["TZ"] = "EST+05EDT,M3.2.0,M11.1.0"
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
lt = time.localtime(1700000000)
print(lt, lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.strftime("%H:%M %Z %z", lt))
print(time.localtime(1690000000).tm_isdst, time.ctime(1690000000))

# struct_time copies and rebuilds from its __reduce__ (hidden fields too).
import copy
st = time.gmtime(0)
print(st.__reduce__())
c = copy.copy(st)
print(c == st, type(c).__name__, c.tm_zone, copy.deepcopy(st).tm_gmtoff)
print(time.struct_time((1, 2, 3, 4, 5, 6, 0, 8, 0), {"tm_zone": "Z", "junk": 1}).tm_zone)
attempt("dict arg", lambda: time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9), 5))
