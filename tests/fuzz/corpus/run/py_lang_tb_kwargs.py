# Uncaught TypeError from a call with a wrong keyword argument.
def connect(host, port=80, *, timeout=10):
    return f"{host}:{port} ({timeout}s)"


print(connect("example", timeout=5))
print(connect("example", 8080, tmeout=5))
