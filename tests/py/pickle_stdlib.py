# Lib modules over hashlib and pickle: uuid3/uuid5 (md5, sha1), secrets,
# and pickle / deepcopy of namedtuples, dataclasses, enums, fractions,
# decimals, datetimes and the collections types.
import uuid, secrets, pickle, collections, dataclasses, enum, fractions, decimal, datetime, copy
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'x'))
print(len(secrets.token_hex(8)), secrets.compare_digest(b'a', b'a'))
P = collections.namedtuple('P', 'x y')
@dataclasses.dataclass
class D:
    a: int
    b: list
class Color(enum.Enum):
    RED = 1
class Flag(enum.IntFlag):
    A = 1
    B = 2
vals = [P(1, 2), D(1, [2]), Color.RED, Flag.A | Flag.B, fractions.Fraction(1, 3), decimal.Decimal('1.25'),
        datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5), datetime.timedelta(days=3, seconds=5),
        collections.OrderedDict(a=1, b=2), collections.Counter('abcab'), collections.deque([1, 2, 3], maxlen=4),
        collections.defaultdict(int, {'x': 1})]
for proto in (0, 2, 4, 5):
    for v in vals:
        try:
            b = pickle.loads(pickle.dumps(v, proto))
            if b != v or type(b) is not type(v):
                print(proto, repr(v), 'DIFF', repr(b))
        except Exception as e:
            print(proto, repr(v), type(e).__name__, e)
for v in vals:
    assert copy.deepcopy(v) == v, v
print(pickle.loads(pickle.dumps(collections.deque([1], maxlen=4))).maxlen)
print('done')
