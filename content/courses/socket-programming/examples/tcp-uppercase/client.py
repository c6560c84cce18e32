# TCP client from the lecture (note 04). One change to run here: the lecture's
# serverName = 'servername' is a placeholder for the server machine's name;
# the server runs on this same machine, so it is 'localhost'.
from socket import *
serverName = 'localhost'   # lecture: 'servername'
serverPort = 12000
clientSocket = socket(AF_INET, SOCK_STREAM)
clientSocket.connect((serverName, serverPort))
sentence = input('Input lowercase sentence:')
clientSocket.send(sentence.encode())
modifiedSentence = clientSocket.recv(1024)
print('From Server:', modifiedSentence.decode())
clientSocket.close()
