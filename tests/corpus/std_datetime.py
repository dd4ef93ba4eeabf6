# datetime with fixed dates: arithmetic, formatting, parsing, timezones.
from datetime import date, datetime, time, timedelta, timezone

d = date(2026, 12, 7)
print(d, d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar())
print(d + timedelta(days=30), d - date(2026, 1, 1), (date(2027, 1, 1) - d).days)
print(d.replace(day=31), d.strftime("%d/%m/%y %a %b %j"), date.fromisoformat("2024-02-29"))
dt = datetime(2026, 12, 7, 14, 30, 5)
print(dt, dt.isoformat(), dt.date(), dt.time(), dt.strftime("%H:%M:%S %p %I"))
print(dt + timedelta(hours=10, minutes=45), dt - timedelta(weeks=1))
delta = datetime(2027, 1, 1) - dt
print(delta, delta.days, delta.seconds, delta.total_seconds())
print(timedelta(days=1, hours=25), timedelta(minutes=-5), timedelta(seconds=90) * 3, timedelta(hours=1) / timedelta(minutes=15))
p = datetime.strptime("2026-03-05 07:08:09", "%Y-%m-%d %H:%M:%S")
print(p, repr(p))
utc = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)
cet = timezone(timedelta(hours=2), "CEST")
print(utc, utc.astimezone(cet), utc.astimezone(cet).tzname(), utc.timestamp())
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromisoformat("2026-12-07T10:00:00+01:00"))
print(time(9, 30), time(23, 59, 59, 999999), time(7).isoformat())
birthdays = {"ana": date(1990, 12, 25), "ben": date(1985, 2, 28), "cy": date(2000, 7, 4)}
today = date(2026, 12, 7)
for name, b in sorted(birthdays.items(), key=lambda kv: kv[1]):
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    nxt = b.replace(year=today.year)
    if nxt < today:
        nxt = nxt.replace(year=today.year + 1)
    print(f"{name:<4} born {b:%d %B %Y}, age {age}, next birthday in {(nxt - today).days} days")
print(max(birthdays.values()), date.min, date.max, d < date(2027, 1, 1))
weeks = [d + timedelta(weeks=i) for i in range(4)]
print([w.isoformat() for w in weeks])
