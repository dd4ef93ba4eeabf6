# sys.settrace / setprofile: None is accepted (doctest and unittest save
# gettrace() and put it back); pyscope does not run Python trace hooks.
import sys
print(sys.gettrace(), sys.getprofile())
sys.settrace(sys.gettrace())
sys.setprofile(None)
print("ok")
