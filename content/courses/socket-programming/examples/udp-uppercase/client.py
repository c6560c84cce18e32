# UDP client from the lecture (note 04). One change to run here: the lecture's
# serverName = 'hostname' is a placeholder for the server machine's name;
# the server runs on this same machine, so it is 'localhost'.
from socket import *
serverName = 'localhost'   # lecture: 'hostname'
serverPort = 12000
clientSocket = socket(AF_INET, SOCK_DGRAM)
message = input('Input lowercase sentence:')
clientSocket.sendto(message.encode(), (serverName, serverPort))
modifiedMessage, serverAddress = clientSocket.recvfrom(2048)
print(modifiedMessage.decode())
