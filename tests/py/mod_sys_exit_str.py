# sys.exit with a string: the message on stderr, exit status 1.
import sys
print('start')
sys.exit('bye: failure')
