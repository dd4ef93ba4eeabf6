# Observer pattern: a weather station notifying displays.


class Subject:
    def __init__(self):
        self._observers = []

    def attach(self, observer):
        if observer not in self._observers:
            self._observers.append(observer)

    def detach(self, observer):
        self._observers.remove(observer)

    def notify(self, **changes):
        for obs in self._observers:
            obs.update(self, **changes)


class WeatherStation(Subject):
    def __init__(self, name):
        super().__init__()
        self.name = name
        self._temp = None

    @property
    def temperature(self):
        return self._temp

    @temperature.setter
    def temperature(self, value):
        old, self._temp = self._temp, value
        if old != value:
            self.notify(temperature=value, previous=old)


class CurrentDisplay:
    def update(self, station, temperature, previous):
        print(f"[{station.name}] now {temperature:.1f} C")


class StatsDisplay:
    def __init__(self):
        self.readings = []

    def update(self, station, temperature, **_):
        self.readings.append(temperature)
        avg = sum(self.readings) / len(self.readings)
        print(f"  stats: min={min(self.readings)} max={max(self.readings)} avg={avg:.2f}")


class TrendDisplay:
    def update(self, station, temperature, previous):
        if previous is None:
            trend = "first reading"
        elif temperature > previous:
            trend = "rising"
        else:
            trend = "falling"
        print(f"  trend: {trend}")


station = WeatherStation("Roof")
current, stats, trend = CurrentDisplay(), StatsDisplay(), TrendDisplay()
for d in (current, stats, trend):
    station.attach(d)
station.attach(current)  # ignored: already attached

for t in (18.5, 19.0, 19.0, 17.25, 21.0):
    station.temperature = t

station.detach(trend)
station.temperature = 15.5
try:
    station.detach(trend)
except ValueError as e:
    print("ValueError:", e)
print(len(station._observers), "observers left")
