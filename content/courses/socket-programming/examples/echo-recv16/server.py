# TCP echo server described in note 02 (TCPEchoServer): bind, listen(1), accept a
# client, read its data 16 bytes at a time with recv(16) and send each chunk back
# with sendall(). An empty read means the client closed, so the server closes that
# connection (in a finally block) and waits for the next one.
# The note describes this program without printing its listing or port; it is
# written out here on localhost, port 10000.
import socket

# Create a TCP/IP socket
sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)

# Bind the socket to the port
server_address = ('localhost', 10000)
print('starting up on {} port {}'.format(*server_address))
sock.bind(server_address)

# Listen for incoming connections, one at a time
sock.listen(1)

while True:
    # Wait for a connection
    print('waiting for a connection')
    connection, client_address = sock.accept()
    try:
        print('connection from', client_address)

        # Receive the data in small chunks and retransmit it
        while True:
            data = connection.recv(16)
            print('received {!r}'.format(data))
            if data:
                print('sending data back to the client')
                connection.sendall(data)
            else:
                print('no data from', client_address)
                break
    finally:
        # Clean up the connection
        connection.close()
