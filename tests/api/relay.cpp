// SPDX-License-Identifier: MIT
#include "relay.h"

#include <QHostAddress>
#include <QTcpSocket>

FakeResponse relayTo(quint16 port, const RecordedRequest &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return FakeResponse::ofAction(FakeResponse::Action::Drop);
    socket.write(request.method + ' ' + request.path
                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + "Authorization: "
                 + request.header("authorization") + "\r\nContent-Length: " + QByteArray::number(request.body.size())
                 + "\r\nConnection: close\r\n\r\n" + request.body);
    QByteArray raw;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
        raw += socket.readAll();
    raw += socket.readAll();
    const qsizetype split = raw.indexOf("\r\n\r\n");
    if (split < 0)
        return FakeResponse::ofAction(FakeResponse::Action::Drop);
    const QList<QByteArray> head = raw.left(split).split('\n');
    FakeResponse out = FakeResponse::json(head.value(0).split(' ').value(1).toInt(), raw.mid(split + 4));
    for (const QByteArray &line : head) {
        if (line.toLower().startsWith("content-type:"))
            out.contentType = line.mid(13).trimmed();
    }
    return out;
}
