# A traffic light and a turnstile as state machines using Enum.
from enum import Enum, auto


class Light(Enum):
    RED = 30
    GREEN = 25
    YELLOW = 5

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


t = 0
light = Light.RED
for _ in range(7):
    print(f"t={t:3}s {light.name:<6} for {light.value}s")
    t += light.value
    light = light.next()


class State(Enum):
    LOCKED = auto()
    UNLOCKED = auto()


class Turnstile:
    transitions = {
        (State.LOCKED, "coin"): State.UNLOCKED,
        (State.LOCKED, "push"): State.LOCKED,
        (State.UNLOCKED, "push"): State.LOCKED,
        (State.UNLOCKED, "coin"): State.UNLOCKED,
    }

    def __init__(self):
        self.state = State.LOCKED
        self.coins = 0
        self.passes = 0

    def handle(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise ValueError(f"bad event {event!r} in {self.state}")
        new = self.transitions[key]
        if event == "coin":
            self.coins += 1
        if self.state is State.UNLOCKED and event == "push":
            self.passes += 1
        print(f"{self.state.name:>8} --{event}--> {new.name}")
        self.state = new


gate = Turnstile()
for ev in ["push", "coin", "push", "coin", "coin", "push", "kick"]:
    try:
        gate.handle(ev)
    except ValueError as e:
        print("error:", e)
print(f"coins={gate.coins} passes={gate.passes}")
print(State.LOCKED, repr(State.UNLOCKED), State(1), State["UNLOCKED"].value)
print(Light(5), Light.RED < Light.GREEN if False else Light.RED in Light, len(Light))
