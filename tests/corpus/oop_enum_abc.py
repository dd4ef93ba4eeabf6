# Enums with methods, Flag, and abstract base classes working together.
import abc
from enum import Enum, Flag, IntEnum, auto, unique


@unique
class Suit(Enum):
    CLUBS = "♣"
    DIAMONDS = "♦"
    HEARTS = "♥"
    SPADES = "♠"

    @property
    def colour(self):
        return "red" if self in (Suit.DIAMONDS, Suit.HEARTS) else "black"


class Rank(IntEnum):
    TWO = 2
    THREE = 3
    JACK = 11
    QUEEN = 12
    KING = 13
    ACE = 14


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


print([s.value for s in Suit], Suit.HEARTS.colour, Suit("♠").name)
print(Rank.ACE > Rank.KING, Rank.JACK + 1, sorted([Rank.ACE, Rank.TWO, Rank.QUEEN]))
rw = Perm.R | Perm.W
print(rw, Perm.W in rw, Perm.X in rw, bool(rw & Perm.X), Perm(7))
try:
    Suit("?")
except ValueError as e:
    print("ValueError:", e)


class Card(abc.ABC):
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    @abc.abstractmethod
    def points(self):
        """Points this card scores."""

    def __str__(self):
        return f"{self.rank.name.title()}{self.suit.value}"


class BlackjackCard(Card):
    def points(self):
        if self.rank is Rank.ACE:
            return 11
        return min(int(self.rank), 10)


class BridgeCard(Card):
    def points(self):
        return max(0, int(self.rank) - 10)


hand = [BlackjackCard(Rank.ACE, Suit.SPADES), BlackjackCard(Rank.KING, Suit.HEARTS)]
print(" ".join(map(str, hand)), sum(c.points() for c in hand))
bridge = [BridgeCard(r, s) for r in (Rank.ACE, Rank.QUEEN, Rank.THREE) for s in (Suit.CLUBS,)]
print([c.points() for c in bridge])
try:
    Card(Rank.TWO, Suit.CLUBS)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(hand[0], Card), Card.__abstractmethods__)
