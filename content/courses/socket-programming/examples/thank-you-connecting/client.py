# Client from note 01 "Example Client Code": create a TCP socket, connect to the
# server's port, receive up to 1024 bytes, print them and close.
# The note prints the raw bytes (print(s.recv(1024))); this version decodes them
# so the message reads as plain text.
from socket import *

host = 'localhost'   # the server runs on this same machine
port = 40674         # the port the server listens on

s = socket(AF_INET, SOCK_STREAM)
s.connect((host, port))
print(s.recv(1024).decode())
s.close()
