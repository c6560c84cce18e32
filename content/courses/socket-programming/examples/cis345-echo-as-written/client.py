# Echo client from the CIS 345 term list (note 05, "Client"), as written, bug
# included: it creates and sends on `sock` but reads the reply from `s`, a name
# that does not exist in this program, so it stops with a NameError.
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
data = s.recv(1024)
print('Received', repr(data))
