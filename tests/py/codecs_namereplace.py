# The "namereplace" error handler: \N{NAME} for characters with a name,
# backslash escapes for the others, in str.encode and codecs.
import codecs

print('a\u2022\u00e9\U0001f600\x80\ue000\uac00\u4e00'.encode('ascii', 'namereplace'))
print('caf\u00e9 \u2014 \u00bd'.encode('latin-1', 'namereplace'))
print(codecs.namereplace_errors(UnicodeEncodeError('ascii', '\u2022\x80', 0, 2, 'x')))
try:
    codecs.namereplace_errors(UnicodeDecodeError('ascii', b'\xff', 0, 1, 'x'))
except TypeError as e:
    print(e)
print(codecs.encode('\u03a3\u03c3', 'ascii', 'namereplace'))
