#include "pagerequest.h"

#include "net/apirequest.h"

ApiRequest toApiRequest(const PageRequest &page)
{
    ApiRequest request;
    request.verb = page.verb;
    request.url = page.url;
    request.body = page.jsonBody;
    if (!page.jsonBody.isEmpty())
        request.contentType = QByteArrayLiteral("application/json");
    request.headers = page.headers;
    request.isRead = true; // every page request only reads, POST /search included
    return request;
}
