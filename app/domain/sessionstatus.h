#pragma once

#include <QString>

// The dashboard's one status vocabulary (API-NOTES.md, last table). Each backend maps its
// own values onto it; the original value is always kept beside it (SessionRecord).
enum class SessionStatus : quint8 { Unknown, Live, Completed, Failed, Cancelled };

QString sessionStatusId(SessionStatus status);          // "live", "completed", ... (stable)
QString sessionStatusDisplayName(SessionStatus status); // translated
