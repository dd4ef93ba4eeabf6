class M(t=1
a