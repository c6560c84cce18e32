# Echo server from the CIS 345 term list (note 05, "server code"), as written:
# it accepts one client, echoes everything that client sends, and ends when the
# client closes the connection.
from socket import *
HOST = 'localhost'
PORT = 65000
ADDR = (HOST, PORT)
s = socket(AF_INET, SOCK_STREAM)
s.bind(ADDR)
s.listen(5)
conn, addr = s.accept()
with conn:
    print('Connected by', addr)
    while True:
        data = conn.recv(1024)
        if not data:
            break
        conn.sendall(data)
