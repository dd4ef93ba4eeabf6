# str.encode / bytes.decode with encodings of the codec registry (Lib's
# encodings package): IDNA (stringprep, unicodedata.ucd_3_2_0, punycode),
# and CPython's errors for codecs that are not text encodings.
for host in ['münchen.de', 'bücher.example', 'ドメイン名例.jp', 'Ａ.com',
             'straße.de', 'xn--mnchen-3ya.de', 'ÉCOLE.fr', 'ﬁ.com']:
    enc = host.encode('idna')
    print(ascii(host), enc, ascii(enc.decode('idna')))
print(b'xn--mnchen-3ya'.decode('punycode'), 'münchen'.encode('punycode'))
print('bücher'.encode(encoding='punycode'), b'bcher-kva'.decode('punycode', 'strict'))
for f in [lambda: 'a'.encode('rot13'), lambda: b'a'.decode('hex'),
          lambda: b'a'.decode('nope'), lambda: 'a'.encode('nope'),
          lambda: 'a'.encode('base64'), lambda: b'YQ=='.decode('base64')]:
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)
