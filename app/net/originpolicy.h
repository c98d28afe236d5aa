#pragma once

#include <QString>
#include <QUrl>

// Where a request may go (DESIGN.md section 6): https anywhere, plain http to this computer
// only (the demo server), and never to an origin other than the connection's own, so the key
// cannot leave with a redirect or a misbuilt URL.
namespace originpolicy {

// 127.0.0.0/8, ::1 (also as an IPv4-mapped address) and "localhost".
bool isLoopbackHost(const QString &host);
// scheme + host + port, with the scheme's default port filled in.
bool isSameOrigin(const QUrl &a, const QUrl &b);
// "https://example.org:443": for messages and as the per-host key.
QString originText(const QUrl &url);
// Empty when `url` may be sent to; otherwise why not (technical wording, for the detail).
QString refusal(const QUrl &url, const QUrl &origin);

} // namespace originpolicy
