#pragma once

#include "pagerequest.h"

#include "domain/backend.h"

#include <QString>
#include <QStringView>

class SessionSource;

// "Copy as curl": a request as a shell command a person can paste into a terminal. The key is
// never in it: the auth header refers to an environment variable instead (DESIGN.md section 6),
// e.g. -H "Authorization: TD1 $TD_API_KEY".

// `text` as one POSIX shell word in single quotes ('it'\''s').
QString shellQuoted(QStringView text);

// The environment variable the command reads the key from: CENTURY_API_KEY, TD_API_KEY,
// MOBILENEXT_TOKEN.
QString curlKeyVariable(Backend backend);

// The whole command, one option per line (joined with " \" line continuations). `source`
// provides the auth header's shape and the key variable; user info in the URL is dropped.
QString curlCommand(const PageRequest &request, const SessionSource &source);
