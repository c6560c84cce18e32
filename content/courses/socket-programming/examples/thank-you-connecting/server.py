# Server from note 01 "Example Server Code": create a TCP socket, bind it to
# port 40674, listen with a backlog of 5, accept one client, send it a thank-you
# message and close the connection.
# Runs as described in the note; the steps are only written out as a program.
from socket import *

host = ''        # an empty string: listen on every interface
port = 40674

s = socket(AF_INET, SOCK_STREAM)
s.bind((host, port))   # the arguments of bind are one tuple
s.listen(5)

while True:
    c, addr = s.accept()                 # get the connection from the client
    print('Got connection from', addr)
    c.send(b'Thank you for connecting')  # send a message back
    c.close()                            # close the connection
