Ì÷›{	·G# What runs when: slice deletion frees the last item first; at exit a
# collection runs while the globals are still alive (unreachable cycles
# go first), then the globals are released.
class T:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


s = [T("x1"), T("x2"), T("x3")]
del s[:]
print("after del s[:]")
s = [T("y1"), T("y2"), T("y3")]
s[0:2] = []
print("after s[0:2] = []")
s.clear()
print("after clear")
c = [T("in a cycle")]
c.append(c)
del c
print("end of program")
