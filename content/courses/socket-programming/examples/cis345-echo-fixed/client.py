# Echo client from the CIS 345 term list (note 05, "Client"), corrected.
# The fix: the note's client reads the reply with s.recv(1024), but its socket is
# named `sock` (`s` is the server's name for its listening socket, in a different
# program), so it fails with NameError. Reading from `sock` works.
# One change to run here: HOST was '10.153.76.226' (a lab machine's address);
# the note's own commented-out alternative, 'localhost', is used instead.
from socket import *
#HOST = '10.153.76.226'
HOST = 'localhost'
PORT = 65000
ADDR = (HOST, PORT)
sock = socket(AF_INET, SOCK_STREAM)
sock.connect(ADDR)
sock.sendall(b' Hello world')
data = sock.recv(1024)   # was: data = s.recv(1024)
print('Received', repr(data))
