#pragma once

#include "apiauth.h"
#include "apirequest.h"

#include <QNetworkRequest>
#include <QUrl>

namespace requestbuilder {

// The QNetworkRequest for one hop of `request` to `url` (the request's URL or a same-origin
// redirect target): our redirect handling (Qt's would forward the key to any host), HTTP/1.1
// only (Debian's Qt 6.4 carries unpatched HTTP/2 CVEs), no cache, the key and the extra
// headers. An extra header cannot replace the key's header. Pure, so a test can inspect it.
QNetworkRequest build(const ApiRequest &request, const QUrl &url, const ApiAuth &auth);

} // namespace requestbuilder
