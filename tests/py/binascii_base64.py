import base64, binascii
data = b"pyscope \x00\xff memory"
e = base64.b64encode(data); print(e, base64.b64decode(e) == data)
print(base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_hex(b"abc", "-"))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc_hqx(b"abc", 0))
print(binascii.b2a_base64(b"ab"), binascii.b2a_base64(b"ab", newline=False), binascii.a2b_base64("YW Jj\n"))
for bad in ["YWJ", "YQ", "Y", "YWJjZA=", b"abc"]:
    try:
        print(base64.b64decode(bad))
    except Exception as ex:
        print(type(ex).__name__, ex)
for args in [("zz",), ("abc",)]:
    try:
        binascii.unhexlify(*args)
    except binascii.Error as ex:
        print("Error", ex, isinstance(ex, ValueError))
try:
    base64.b64decode("YW=Jj", validate=True)
except binascii.Error as ex:
    print(ex)
try:
    binascii.a2b_base64("é")
except ValueError as ex:
    print(ex)
try:
    binascii.b2a_base64("text")
except TypeError as ex:
    print(ex)
print(base64.b64encode(b"x" * 100))
print(base64.a85encode(b"hello"), base64.b85encode(b"hello"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc-d".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"b"))
for bad in [lambda: bytes.maketrans(b"ab", b"x"), lambda: b"x".translate(b"short"), lambda: bytes.maketrans("a", "b")]:
    try:
        bad()
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
